/**
 * An EPUB 3 of one edition: a file per part (editor's note, chapters, sources, corrections) and a
 * colophon, the navigation document with chapters and their sections, the cover image, the
 * package's language, a stable identifier (the same book always has the same one), and for the
 * vertical editions (直排) right-to-left page progression with vertical text. Zipped with fflate,
 * the mimetype first and stored. Pure: the frame and the cover in, the EPUB's bytes out.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import type { BookFrame } from './book-frame.ts';
import { idsOf, partXhtml, sourceTexts } from './xhtml.ts';

/** The language tag of an edition's EPUB (script subtag, and region for the Traditional ones). */
export const EPUB_LANG: Record<string, string> = {
  'zh-cn': 'zh-Hans',
  'zh-tw': 'zh-Hant-TW',
  'zh-hk': 'zh-Hant-HK',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The book's stable identifier: a name-based UUID of the edition and orientation. */
export function bookIdentifier(edition: string, vertical: boolean): string {
  const hex = createHash('sha1')
    .update(`deepseek-story/book/${edition}/${vertical ? 'vertical' : 'horizontal'}`)
    .digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const xhtml = (lang: string, title: string, body: string, bodyClass = '') =>
  `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head><meta charset="utf-8"/><title>${escape(title)}</title><link rel="stylesheet" href="style.css"/></head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>
`;

/** How an EPUB is made: vertical or not, the build's time (ISO, seconds), and how to read an image of the site. */
export interface EpubOptions {
  vertical: boolean;
  modified: string;
  /** The bytes of a site image by its path in the site (e.g. images/three-editions.svg). */
  readImage: (path: string) => Uint8Array;
}

const mediaTypes: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** The EPUB of `frame`; `cover` is a PNG. */
export function epubBytes(
  frame: BookFrame,
  cover: Uint8Array,
  { vertical, modified, readImage }: EpubOptions,
): Uint8Array {
  const lang = EPUB_LANG[frame.edition]!;
  const t = frame.convert;
  const files = frame.parts.map((p, i) => ({
    ...p,
    file: `${String(i + 1).padStart(2, '0')}-${p.slug}.xhtml`,
  }));
  const fileOfId = new Map<string, string>();
  for (const f of files) for (const id of idsOf(f.html)) fileOfId.set(id, f.file);
  const sources = files.find((f) => f.slug === 'sources');
  const sourceText = sourceTexts(sources?.html ?? '');
  const images = new Set<string>();
  const content = files.map((f) => {
    const { body, images: shown } = partXhtml(f.html, { fileOfId, sourceText, vertical });
    shown.forEach((i) => images.add(i));
    const type =
      f.kind === 'chapter'
        ? 'chapter'
        : f.kind === 'note'
          ? 'preface'
          : f.slug === 'sources'
            ? 'endnotes'
            : 'appendix';
    return {
      name: `OEBPS/${f.file}`,
      text: xhtml(
        lang,
        f.title,
        `<section epub:type="${type}" class="part part-${f.kind}">${body}</section>`,
      ),
    };
  });
  const colophon = [
    `<h1>${escape(t('版本说明'))}</h1>`,
    `<p>${escape(frame.title)}</p>`,
    `<p>${escape(frame.byline)}</p>`,
    `<p>${escape(t('本书版本'))}：${escape(frame.editionName)}${vertical ? escape(t('，直排')) : ''}。</p>`,
    `<p>${escape(t('发布'))}：${escape(frame.published)}。</p>`,
    frame.address
      ? `<p>${escape(t('网络版'))}：<a href="${escape(frame.address)}">${escape(frame.address)}</a></p>`
      : '',
  ].join('\n');
  content.push({
    name: 'OEBPS/colophon.xhtml',
    text: xhtml(lang, t('版本说明'), `<section epub:type="colophon">${colophon}</section>`),
  });
  const coverPage = xhtml(
    lang,
    frame.title,
    `<section epub:type="cover"><img src="cover.png" alt="${escape(frame.title)}"/></section>`,
    'cover',
  );
  const navItems = files
    .map(
      (f) =>
        `<li><a href="${f.file}">${escape(f.title)}</a>${
          f.sections.length
            ? `<ol>${f.sections.map((s) => `<li><a href="${f.file}#${escape(s.id)}">${escape(s.title)}</a></li>`).join('')}</ol>`
            : ''
        }</li>`,
    )
    .join('\n');
  const nav = xhtml(
    lang,
    t('目录'),
    `<nav epub:type="toc" id="toc"><h1>${escape(t('目录'))}</h1><ol>
${navItems}
<li><a href="colophon.xhtml">${escape(t('版本说明'))}</a></li>
</ol></nav>
<nav epub:type="landmarks" hidden=""><ol><li><a epub:type="cover" href="cover.xhtml">${escape(frame.title)}</a></li><li><a epub:type="bodymatter" href="${files.find((f) => f.kind === 'chapter')!.file}">${escape(files.find((f) => f.kind === 'chapter')!.title)}</a></li></ol></nav>`,
  );
  const manifest = [
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`,
    `<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>`,
    `<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>`,
    `<item id="style" href="style.css" media-type="text/css"/>`,
    ...content.map((c, i) => {
      const svg = c.text.includes('<svg') ? ' properties="svg"' : '';
      return `<item id="part-${i + 1}" href="${c.name.slice(6)}" media-type="application/xhtml+xml"${svg}/>`;
    }),
  ];
  for (const [i, image] of [...images].entries()) {
    const type = mediaTypes[image.split('.').pop()!.toLowerCase()];
    if (!type)
      throw new Error(`book ${frame.edition}: image ${image} is of a type an EPUB cannot carry`);
    manifest.push(`<item id="image-${i + 1}" href="${escape(image)}" media-type="${type}"/>`);
  }
  const spine = [
    `<itemref idref="cover" linear="yes"/>`,
    `<itemref idref="nav"/>`,
    ...content.map((_, i) => `<itemref idref="part-${i + 1}"/>`),
  ];
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${bookIdentifier(frame.edition, vertical)}</dc:identifier>
<dc:title>${escape(frame.title)}${vertical ? escape(t('（直排）')) : ''}</dc:title>
<dc:creator>${escape(frame.byline)}</dc:creator>
<dc:language>${lang}</dc:language>
<dc:date>${frame.publishedIso}</dc:date>
<dc:description>${escape(frame.description)}</dc:description>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine${vertical ? ' page-progression-direction="rtl"' : ''}>
${spine.join('\n')}
</spine>
</package>
`;
  const css =
    readFileSync(new URL('./epub.css', import.meta.url), 'utf8') +
    (vertical ? readFileSync(new URL('./epub-vertical.css', import.meta.url), 'utf8') : '');
  const container = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
`;
  const entries: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(container),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/nav.xhtml': strToU8(nav),
    'OEBPS/cover.xhtml': strToU8(coverPage),
    'OEBPS/cover.png': [cover, { level: 0 }],
    'OEBPS/style.css': strToU8(css),
  };
  for (const c of content) entries[c.name] = strToU8(c.text);
  for (const image of images) entries[`OEBPS/${image}`] = readImage(image);
  return zipSync(entries, { level: 9 });
}
