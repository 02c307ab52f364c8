/**
 * Which fonts a book PDF may embed besides the edition's own: another edition's typeface drawing
 * only characters the edition's typeface lacks (伟 on a Hong Kong page, in a Simplified example),
 * never text the edition's own typeface draws, and no other font at all.
 */
import { describe, expect, it } from 'vitest';
import { foreignFontProblems } from '../../../scripts/book/book-check.ts';

const own = [
  { name: 'NotoSerifHK-Regular', embedded: true, chars: '幻方與螢火' },
  { name: 'NotoSansHK-Regular', embedded: true, chars: '目錄' },
];

describe('foreignFontProblems', () => {
  it('accepts the Simplified face drawing a character Hong Kong’s face lacks', () => {
    const fonts = [...own, { name: 'NotoSansSC-Regular', embedded: true, chars: '伟' }];
    expect(foreignFontProblems('hk.pdf', 'zh-hk', fonts)).toEqual([]);
  });

  it('refuses the Simplified face drawing text Hong Kong’s face has', () => {
    const fonts = [...own, { name: 'NotoSansSC-Regular', embedded: true, chars: '伟目' }];
    expect(foreignFontProblems('hk.pdf', 'zh-hk', fonts)).toEqual([
      'hk.pdf: NotoSansSC-Regular draws "目", which NotoSansHK has',
    ]);
  });

  it('refuses a font that is no typeface of the book', () => {
    const fonts = [...own, { name: 'DejaVuSans', embedded: true, chars: 'A' }];
    expect(foreignFontProblems('hk.pdf', 'zh-hk', fonts)).toEqual([
      'hk.pdf: a font not of the edition: DejaVuSans',
    ]);
  });
});
