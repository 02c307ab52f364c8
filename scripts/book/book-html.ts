/**
 * The book as one HTML document, ready for Chromium to print: cover, contents (with page numbers
 * once they are known), the editor's note, the five chapters (each on a right-hand page, with
 * running heads of the book's and the chapter's title), the sources as endnotes, the corrections
 * and a colophon. Pure: parts and words in, HTML out. Every word of the book's own is written in
 * Simplified Chinese and passed through `convert`, the edition's converter.
 */
import type { BookFrame } from './book-frame.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** The book's own words (Simplified, converted per edition), for the typefaces to cover. */
export const BOOK_WORDS = [
  '版本说明',
  '本书版本',
  '同一故事另有',
  '两种文字版本',
  '字体',
  '发布',
  '更新',
  '本书生成于',
  '网络版',
  '长篇特稿',
  '目录',
  '，直排',
  '（直排）',
  '：。；、·（）',
];

/** Where each part starts in the printed book (1-based page numbers), by slug. */
export type PageNumbers = Record<string, number>;

/** The entries of the contents: the parts in book order and the colophon. */
export function contentsEntries(frame: BookFrame): { slug: string; title: string }[] {
  return [
    ...frame.parts.map((p) => ({ slug: p.slug, title: p.title })),
    { slug: 'colophon', title: frame.convert('版本说明') },
  ];
}

/** The @font-face rules of the book: the edition's own typefaces, and fallbacks limited to the characters they draw. */
function fontFaces(frame: BookFrame): string {
  return frame.faces
    .map(
      (f) =>
        `@font-face { font-family: ${cssString(f.family)}; font-weight: ${f.weight}; font-display: block; src: url(${cssString(f.url)}) format("woff2");${f.unicodeRange ? ` unicode-range: ${f.unicodeRange};` : ''} }`,
    )
    .join('\n');
}

/** The book's page rules: cover without numbers, running heads per part. */
function pageRules(frame: BookFrame): string {
  const head = `font-family: ${cssString(frame.sansFamily)}, sans-serif; font-size: 8.5pt; color: #555;`;
  const rules = [
    `@page { size: A4; margin: 22mm 20mm 24mm; @top-center { content: none; } @bottom-center { content: counter(page); ${head} } }`,
    `@page cover { margin: 0; @bottom-center { content: none; } }`,
    `@page blank { @bottom-center { content: none; } }`,
  ];
  for (const [i, part] of frame.parts.entries()) {
    rules.push(
      `@page part-${i}:left { @top-left { content: ${cssString(frame.title)}; ${head} } }`,
      `@page part-${i}:right { @top-right { content: ${cssString(part.title)}; ${head} } }`,
    );
  }
  return rules.join('\n');
}

/** The cover's title, its line broken after the colon (the name, then what it is). */
function coverTitle(title: string): string {
  const at = title.indexOf('：');
  return at < 0
    ? escape(title)
    : `<span>${escape(title.slice(0, at + 1))}</span><span>${escape(title.slice(at + 1))}</span>`;
}

/** The book's HTML; `numbers` fills in the contents (a first pass leaves them blank), `blanks` names the parts a blank page goes before (so that a chapter opens on a right-hand page). */
export function bookHtml(
  frame: BookFrame,
  numbers: PageNumbers = {},
  blanks: ReadonlySet<string> = new Set(),
): string {
  const t = frame.convert;
  const contents = contentsEntries(frame)
    .map(
      (e) =>
        `<li><a href="#${e.slug}--part">${escape(e.title)}</a><span class="book-page-number">${numbers[e.slug] ?? ''}</span></li>`,
    )
    .join('');
  const parts = frame.parts
    .map(
      (p, i) =>
        `${blanks.has(p.slug) ? '<div class="book-blank" style="page: blank"></div>' : ''}<section class="book-part book-part-${p.kind}" id="${p.slug}--part" style="page: part-${i}"><div class="article">${p.html}</div></section>`,
    )
    .join('\n');
  const colophon = [
    `<h2 id="colophon--title">${escape(t('版本说明'))}</h2>`,
    `<p>${escape(frame.title)}</p>`,
    `<p>${escape(frame.byline)}</p>`,
    `<p>${escape(t('本书版本'))}：${escape(frame.editionName)}。${escape(t('同一故事另有'))}${frame.otherEditions.map(escape).join('、')}${escape(t('两种文字版本'))}。</p>`,
    `<p>${escape(t('字体'))}：${frame.typefaces.map(escape).join('、')}（SIL Open Font License）。</p>`,
    `<p>${escape(t('发布'))}：${escape(frame.published)}${frame.updated ? `；${escape(t('更新'))}：${escape(frame.updated)}` : ''}。${escape(t('本书生成于'))} ${escape(frame.madeOn)}。</p>`,
    frame.address
      ? `<p>${escape(t('网络版'))}：<a href="${escape(frame.address)}">${escape(frame.address)}</a></p>`
      : '',
  ].join('\n');
  return `<!doctype html>
<html lang="${frame.lang}" data-edition="${frame.edition}" class="book-html">
<head>
<meta charset="utf-8" />
<title>${escape(frame.title)}</title>
<meta name="author" content="${escape(frame.byline)}" />
${frame.stylesheets.map((href) => `<link rel="stylesheet" href="${escape(href)}" />`).join('\n')}
<style>
${fontFaces(frame)}
${pageRules(frame)}
${frame.css}
</style>
</head>
<body class="book">
<section class="book-cover" style="page: cover">
  <p class="book-cover-kicker">${escape(t('长篇特稿'))}</p>
  <h1 class="book-cover-title">${coverTitle(frame.title)}</h1>
  <p class="book-cover-description">${escape(frame.description)}</p>
  <p class="book-cover-byline">${escape(frame.byline)}</p>
  <p class="book-cover-edition">${escape(frame.editionName)} · ${escape(frame.published)}</p>
</section>
<nav class="book-contents" aria-labelledby="contents--title">
  <h2 id="contents--title">${escape(t('目录'))}</h2>
  <ol>${contents}</ol>
</nav>
${parts}
<section class="book-colophon" id="colophon--part">
${colophon}
</section>
</body>
</html>
`;
}
