import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakLines, fontMeasure, type Measure } from '../../../src/share-card/text-measure.ts';
import { facePath, faceStacks } from '../../../src/fonts/typefaces.ts';

/** Every character one em wide. */
const em: Measure = (text, size) => [...text].length * size;

describe('breaking a title into lines', () => {
  it('fills lines up to the width', () => {
    expect(breakLines('一二三四五六七八九十', 400, 100, em)).toEqual([
      '一二三四',
      '五六七八',
      '九十',
    ]);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = breakLines('一二三四，五六七八。', 400, 100, em);
    expect(lines.every((line) => !/^[，。]/.test(line))).toBe(true);
    expect(lines[0]).toBe('一二三四，');
  });

  it('keeps a Latin word whole and prefers a break after a full-width colon', () => {
    expect(breakLines('DeepSeek：一家基金', 800, 100, em)).toEqual(['DeepSeek：', '一家基金']);
  });

  it('measures with the typeface that draws the text: a Han character is one em, Latin narrower', () => {
    const stack = faceStacks('zh-tw').find((s) => s.role === 'serif' && s.weight === 700)!;
    const measure = fontMeasure(readFileSync(facePath(stack.faces[0]!)));
    expect(measure('震盪', 50)).toBeCloseTo(100, 0);
    expect(measure('iii', 50)).toBeLessThan(60);
  });
});
