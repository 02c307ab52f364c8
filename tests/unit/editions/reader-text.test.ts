/**
 * One definition of what a reader sees: the converter converts exactly the texts reader-text.ts
 * lists as converted, leaves the kept ones as written, and the font subsetter draws all of them.
 */
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../../src/editions/convert/convert-html.ts';
import { converterFor } from '../../../src/editions/convert/converters.ts';
import { readerTexts } from '../../../src/editions/reader-text.ts';
import { pageCharacters } from '../../../src/fonts/page-text.ts';

const page = `<html><head><title>软件与网络</title>
<meta name="description" content="一份关于软件的报道"><meta name="viewport" content="width=device-width">
<style>.x::after { content: "样式" }</style></head>
<body><h1 aria-description="标题说明">软件</h1>
<p>网络<code>打印机</code><span data-no-convert>原样软件</span></p>
<img alt="图表说明" src="a.png"><a href="/zh-tw/网络/">链接</a>
<script>const hidden = "脚本";</script>
<script type="application/json">{"label":"数据软件"}</script></body></html>`;

describe('the text a reader sees', () => {
  const texts = readerTexts(page);
  const seen = texts.map((t) => t.text.trim()).filter(Boolean);

  it('lists texts, read-aloud attributes, shown meta and JSON islands, and never code', () => {
    expect(seen).toEqual(
      expect.arrayContaining(['软件与网络', '一份关于软件的报道', '标题说明', '图表说明']),
    );
    expect(seen.some((t) => t.includes('数据软件'))).toBe(true);
    expect(seen.join('')).not.toMatch(/样式|脚本|width=device-width/);
  });

  it('marks code and [data-no-convert] as kept', () => {
    const kept = texts.filter((t) => t.kept).map((t) => t.text);
    expect(kept).toEqual(['打印机', '原样软件']);
  });

  it('is what the converter converts: every converted text changes, every kept one stays', () => {
    const after = readerTexts(convertHtml(page, converterFor('zh-tw'), 'zh-tw'));
    const convertedBefore = texts.filter((t) => !t.kept && /[软网络图标数链]/.test(t.text));
    for (const t of convertedBefore) expect(after.map((a) => a.text)).not.toContain(t.text);
    expect(after.filter((t) => t.kept).map((t) => t.text)).toEqual(['打印机', '原样软件']);
    expect(after.map((t) => t.text).join('')).toContain('軟體');
  });

  it('is what the fonts draw, with the link a printed page shows', () => {
    const chars = pageCharacters(page);
    for (const c of '软件打印机原样标题说明网') expect(chars.has(c), c).toBe(true);
    expect(chars.has('脚'), 'a script is code, not text').toBe(false);
    expect(chars.has('链') && chars.has('接')).toBe(true);
  });
});
