/**
 * The kit's text measures (src/charts/kit/text.ts): line breaking as a phone reader sees it.
 */
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/charts/kit/text.ts';

describe('wrapText', () => {
  it('breaks after a comma or before a bracket, else where the line is full', () => {
    expect(wrapText('持有成本/资本开支，相当于V3最终训练的约8.97万倍', 12.5, 304)).toEqual([
      '持有成本/资本开支，',
      '相当于V3最终训练的约8.97万倍',
    ]);
    expect(wrapText('短句', 12.5, 304)).toEqual(['短句']);
    expect(wrapText('一二三四五六七八九十', 13, 65)).toEqual(['一二三四五', '六七八九十']);
  });
});

describe('textWidth', () => {
  it('measures CJK on whole-pixel advances, as a browser sets it, and Latin at 0.62 em', () => {
    expect(textWidth('英伟达', 12.5)).toBe(39);
    expect(textWidth('英伟达', 14)).toBe(42);
    expect(textWidth('H800', 12.5)).toBeCloseTo(31, 6);
    expect(textWidth('−17%', 10)).toBeCloseTo(24.8, 6);
  });
});
