import { describe, expect, it } from 'vitest';
import { fontFaceCss } from '../../../src/fonts/font-face-css.ts';

describe('@font-face rules', () => {
  const css = fontFaceCss([
    { family: 'Noto Serif HK Print', weight: 400, fileName: 'noto-serif-hk-400.abc.woff2' },
    {
      family: 'Noto Serif HK Print',
      weight: 400,
      fileName: 'noto-serif-sc-400-for-zh-hk.def.woff2',
      unicodeRange: 'U+7B80',
    },
  ]);

  it('declares each file under its family and weight, blocking rather than showing a stand-in face', () => {
    expect(css).toContain(
      '@font-face{font-family:"Noto Serif HK Print";font-style:normal;font-weight:400;font-display:block;src:url("./noto-serif-hk-400.abc.woff2") format("woff2")}',
    );
  });

  it('limits a fallback face to the characters it draws, declared after the own face', () => {
    expect(css).toMatch(
      /noto-serif-hk-400[\s\S]*noto-serif-sc-400-for-zh-hk\.def\.woff2"\) format\("woff2"\);unicode-range:U\+7B80\}/,
    );
  });
});
