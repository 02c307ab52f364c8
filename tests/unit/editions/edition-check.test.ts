import { describe, expect, it } from 'vitest';
import { checkEditionPage, readableTexts } from '../../../src/editions/check/edition-check.ts';
import { loadGlossary } from '../../../src/editions/convert/glossary.ts';

const glossary = loadGlossary();
const kinds = (html: string, edition: 'zh-tw' | 'zh-hk') =>
  checkEditionPage(html, edition, glossary).map((p) => `${p.kind} ${p.found}`);

describe('the built-page check', () => {
  it("finds the other region's exclusive form, in text and in attributes", () => {
    expect(kinds('<p>輝達的晶片</p>', 'zh-hk')).toEqual(['foreign-form 輝達']);
    expect(kinds('<img alt="英偉達">', 'zh-tw')).toEqual(['foreign-form 英偉達']);
    expect(kinds('<p>英偉達的晶片</p>', 'zh-hk')).toEqual([]);
  });
  it('finds a CJK quotation mark between Latin letters', () => {
    expect(kinds('<p>can』t</p>', 'zh-tw')).toEqual(['quote-in-word n』t']);
    expect(kinds('<p>can’t「好」</p>', 'zh-tw')).toEqual([]);
  });
  it('finds a Simplified-only character, but not in kept text or code', () => {
    expect(kinds('<p>这个</p>', 'zh-tw')).toEqual(['simplified 这', 'simplified 个']);
    expect(kinds('<p><span data-no-convert>这个</span><code>这</code>這個</p>', 'zh-tw')).toEqual(
      [],
    );
  });
  it('reads meta descriptions and JSON islands, not scripts', () => {
    expect(
      readableTexts(
        '<meta name="description" content="甲"><script type="application/ld+json">{"a":"乙"}</script><script>var 丙</script>',
      ),
    ).toEqual(['甲', '{"a":"乙"}']);
  });
});
