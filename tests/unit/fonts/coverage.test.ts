import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMissing, fontCodePoints, missingGlyphs } from '../../../src/fonts/coverage.ts';
import { facePath, faceStacks } from '../../../src/fonts/typefaces.ts';

describe('typeface coverage', () => {
  const hk = faceStacks('zh-hk').find((s) => s.role === 'serif' && s.weight === 400)!;
  const covered = fontCodePoints(readFileSync(facePath(hk.faces[0]!)));

  it('reads the characters a carried typeface draws', () => {
    for (const char of '說著裏英偉達「」，。AZ09')
      expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    expect(covered.has('𓀀'.codePointAt(0)!)).toBe(false);
  });

  it('names each missing character, its code point and the pages that use it', () => {
    const pages = new Map([
      ['zh-hk/huanfang/index.html', new Set(['說', '𓀀'])],
      ['zh-hk/index.html', new Set(['𓀀'])],
    ]);
    const message = describeMissing('The zh-hk serif typeface', missingGlyphs(pages, covered));
    expect(message).toContain('The zh-hk serif typeface has no glyph for 1 character(s)');
    expect(message).toContain('"𓀀" (U+13000) on zh-hk/huanfang/index.html, zh-hk/index.html');
    expect(message).not.toContain('說');
  });

  it('has each edition read its own glyph standard first', () => {
    expect(faceStacks('zh-cn')[0]!.faces.map((f) => f.stem)).toEqual([
      'noto-serif-sc-400',
      'noto-serif-tc-400',
      'noto-serif-hk-400',
    ]);
    expect(faceStacks('zh-tw')[0]!.faces[0]!.stem).toBe('noto-serif-tc-400');
    expect(faceStacks('zh-hk').map((s) => `${s.family} ${s.weight}`)).toEqual([
      'Noto Serif HK Print 400',
      'Noto Serif HK Print 700',
      'Noto Sans HK Print 400',
      'Noto Sans HK Print 700',
    ]);
  });
});
