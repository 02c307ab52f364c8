import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../../src/editions/convert/convert-html.ts';
import { converterFor } from '../../../src/editions/convert/converters.ts';

const tw = (html: string) => convertHtml(html, converterFor('zh-tw'), 'zh-tw');

describe('HTML conversion', () => {
  it('converts title, description and Open Graph, but not URLs', () => {
    const out = tw(
      '<html><head><title>头发</title><meta name="description" content="英伟达"><meta property="og:title" content="芯片"><meta property="og:url" content="https://example.org/发"></head><body></body></html>',
    );
    expect(out).toContain('<title>頭髮</title>');
    expect(out).toContain('content="輝達"');
    expect(out).toContain('content="晶片"');
    expect(out).toContain('content="https://example.org/发"');
  });
  it('converts a block as a whole across inline markup', () => {
    expect(tw('<p>他的头<em>发</em>很长</p>')).toBe('<p>他的頭<em>髮</em>很長</p>');
  });
  it('converts alt, title and aria-label attributes, and keeps href', () => {
    const out = tw(
      '<a href="/zh-cn/发/" title="链接" aria-label="芯片"><img alt="头发" src="a.png"></a>',
    );
    expect(out).toBe(
      '<a href="/zh-cn/发/" title="連結" aria-label="晶片"><img alt="頭髮" src="a.png"></a>',
    );
  });
  it('converts SVG text and keeps SVG attribute case', () => {
    const out = tw('<svg viewBox="0 0 10 10"><text x="1">萤火一号</text></svg>');
    expect(out).toBe('<svg viewBox="0 0 10 10"><text x="1">螢火一號</text></svg>');
  });
  it('converts the strings of JSON islands and leaves scripts and code alone', () => {
    const out = tw(
      '<script type="application/ld+json">{"headline":"头发","url":"https://a/b"}</script><script>const a = "头发";</script><code>头发</code>',
    );
    expect(out).toContain('{"headline":"頭髮","url":"https://a/b"}');
    expect(out).toContain('const a = "头发";');
    expect(out).toContain('<code>头发</code>');
  });
  it('honours the escape hatches: no-convert (marked for the site check) and pinned phrases', () => {
    expect(
      tw(
        '<p>都说<span data-no-convert>头发</span>和<span data-pin-zh-tw="程式" data-pin-zh-hk="程序">程序</span></p>',
      ),
    ).toBe('<p>都說<span data-no-convert>头发</span>和<span>程式</span></p>');
    expect(
      convertHtml('<span data-pin-zh-tw="程式">程序</span>', converterFor('zh-hk'), 'zh-hk'),
    ).toBe('<span>程序</span>');
  });
  it('writes the marked sense of a word, and names an unknown one', () => {
    expect(tw('<p>用<span data-sense="program">程序</span>完成法律程序</p>')).toBe(
      '<p>用<span>程式</span>完成法律程序</p>',
    );
    expect(
      convertHtml('<p><span data-sense="program">程序</span></p>', converterFor('zh-hk'), 'zh-hk'),
    ).toBe('<p><span>程式</span></p>');
    expect(() => tw('<span data-sense="nonsense">程序</span>')).toThrow(
      /no sense "nonsense" for "程序"/,
    );
  });
  it('keeps English apostrophes inside a quotation', () => {
    expect(tw('<p>他说：“We can’t <em>do</em> that.”</p>')).toBe(
      '<p>他說：「We can’t <em>do</em> that.」</p>',
    );
  });
  it('turns curly quotes into corner brackets and keeps entities safe', () => {
    expect(tw('<p>“他说‘好’” &amp; &lt;b&gt;</p>')).toBe('<p>「他說『好』」 &amp; &lt;b&gt;</p>');
  });
});
