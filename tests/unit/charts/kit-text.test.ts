/**
 * The kit's text measures (src/charts/kit/text.ts): line breaking as a phone reader sees it.
 */
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/charts/kit/text.ts';

describe('wrapText', () => {
  it('breaks after a comma or before a bracket, else where the line is full', () => {
    expect(wrapText('持有成本/资本开支，相当于V3最终训练的约8.97万倍', 12.5, 304)).toEqual(['持有成本/资本开支，', '相当于V3最终训练的约8.97万倍']);
    expect(wrapText('短句', 12.5, 304)).toEqual(['短句']);
    expect(wrapText('一二三四五六七八九十', 13, 65)).toEqual(['一二三四五', '六七八九十']);
  });
});
