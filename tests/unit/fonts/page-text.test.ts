import { describe, expect, it } from 'vitest';
import { pageCharacters } from '../../../src/fonts/page-text.ts';

describe('the characters a page shows', () => {
  const html = `<!doctype html><html lang="zh-HK"><head><title>幻方</title><style>body{font:x} /* ☃ */</style>
    <script type="module" src="a.js"></script><script>const 隱 = 1;</script>
    <script type="application/json">{"label":"萤火"}</script></head>
    <body><p>說&amp;著</p><img alt="圖" src="x.png"><svg><text>裏</text></svg><a href="https://x.org/é">連</a></body></html>`;
  const chars = pageCharacters(html);

  it('takes text, SVG labels, JSON islands and shown attributes', () => {
    for (const char of ['幻', '方', '說', '&', '著', '圖', '裏', '萤', '火', '連', 'é'])
      expect(chars, char).toContain(char);
  });

  it('leaves out style rules, script code and invisible characters', () => {
    expect(chars).not.toContain('隱');
    expect(chars).not.toContain('☃');
    expect(chars).not.toContain('\n');
  });

  it('lists each character once, in code point order', () => {
    const list = [...chars];
    expect(list).toEqual([...new Set(list)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!));
  });
});
