/**
 * Everything the book of one edition is made from, gathered once: its parts read from the built
 * pages (editor's note, chapters, sources, corrections), its words in the edition's script, its
 * typefaces and the site's stylesheets. Used by the book PDF and the EPUB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { editions, getEdition, type EditionId } from '../../src/editions/editions.ts';
import { converterFor } from '../../src/editions/convert/converters.ts';
import { faceStacks } from '../../src/fonts/typefaces.ts';
import { contentHash, subsetToWoff2 } from '../../src/fonts/subset.ts';
import { readFace, describeMissing } from '../../src/fonts/coverage.ts';
import { isInvisible } from '../../src/fonts/page-text.ts';
import { planFaces, unicodeRange } from '../../src/fonts/face-plan.ts';
import {
  PUBLISHED,
  SITE_BYLINE,
  SITE_DESCRIPTION,
  SITE_TITLE,
  UPDATED,
} from '../../src/config/site.ts';
import { formatDate } from '../../src/utils/format-number.ts';
import { extractPart, type BookPart } from './extract-page.ts';
import { normaliseBase, publicSite, publicUrl } from '../../src/config/public-address.ts';
import { BOOK_WORDS } from './book-html.ts';

/** What a part is in the book: the editor's note, a chapter, or back matter. */
export type PartKind = 'note' | 'chapter' | 'back';

/** A part of the book with its kind. */
export interface BookFramePart extends BookPart {
  kind: PartKind;
}

/** One font file the book declares. */
export interface BookFace {
  family: string;
  /** The typeface's name, e.g. "Noto Serif HK". */
  name: string;
  weight: number;
  /** The font (WOFF2, subset to the book's characters). */
  bytes: Uint8Array;
  /** Its address inside the rendered book. */
  url: string;
  /** For a fallback face (another edition's typeface): the characters it draws, as a CSS unicode-range. */
  unicodeRange?: string;
}

/** The book of one edition, before it is laid out. */
export interface BookFrame {
  edition: EditionId;
  lang: string;
  title: string;
  description: string;
  byline: string;
  editionName: string;
  otherEditions: string[];
  typefaces: string[];
  published: string;
  /** The publication date, ISO. */
  publishedIso: string;
  updated?: string;
  madeOn: string;
  address?: string;
  convert: (text: string) => string;
  parts: BookFramePart[];
  faces: BookFace[];
  sansFamily: string;
  stylesheets: string[];
  css: string;
}

/** The address prefix the rendered book's fonts are served under (see book-pdf.ts). */
export const FONT_PREFIX = '/__book-fonts/';

/** The slugs of the chapters in reading order, read from the edition's built cover. */
export function chapterSlugs(dist: string, edition: EditionId): string[] {
  const cover = readFileSync(join(dist, edition, 'index.html'), 'utf8');
  const slugs = [...cover.matchAll(/<li class="chapter-card"><a href="[^"]*\/([^/"]+)\/"/g)].map(
    (m) => m[1]!,
  );
  if (slugs.length === 0) throw new Error(`${join(dist, edition, 'index.html')}: no chapter cards`);
  return slugs;
}

/** Characters CSS may draw beyond the book's text (page numbers, counters, quotation marks): kept where a face has them. */
const GENERATED = (() => {
  let chars = '';
  for (let c = 0x20; c < 0x7f; c++) chars += String.fromCharCode(c);
  for (let c = 0x2010; c < 0x2060; c++) chars += String.fromCharCode(c);
  for (let c = 0x3000; c < 0x3040; c++) chars += String.fromCharCode(c);
  for (let c = 0xff01; c < 0xff5f; c++) chars += String.fromCharCode(c);
  return chars + '·×';
})();

/**
 * The faces the book of `edition` declares for `text`, as the site's print stylesheet does: per
 * stack the edition's own typeface for everything it draws, and another edition's typeface only for
 * the characters it lacks (a Simplified example on the sources page), limited to them by a
 * unicode-range. Each face is subset to its characters, which also keeps a PDF's text right: a
 * whole Noto file maps some glyphs to radicals (⻔ for 门), which a PDF would then give as the text.
 * Throws naming the characters no carried typeface draws.
 */
export async function bookFaces(edition: EditionId, text: string): Promise<BookFace[]> {
  const chars = [...new Set(text)].filter((c) => /\S/.test(c) && !isInvisible(c));
  const faces: BookFace[] = [];
  for (const stack of faceStacks(edition)) {
    const candidates = stack.faces.map((face) => ({ face, covers: readFace(face).covers }));
    const { assigned, missing } = planFaces(chars, candidates);
    if (missing.length)
      throw new Error(
        `book ${edition}: ${describeMissing(stack.family, [{ char: missing.join(''), pages: ['the book'] }])}`,
      );
    for (const [i, { face, covers }] of candidates.entries()) {
      const drawn = assigned.find((a) => a.face === face)?.chars ?? [];
      if (i > 0 && drawn.length === 0) continue;
      const extra = i === 0 ? [...GENERATED].filter((c) => covers.has(c.codePointAt(0)!)) : [];
      const bytes = await subsetToWoff2(readFace(face).bytes, [...drawn, ...extra].join(''));
      faces.push({
        family: stack.family,
        name: face.name,
        weight: stack.weight,
        bytes,
        url: `${FONT_PREFIX}${face.stem}-${contentHash(bytes)}.woff2`,
        ...(i > 0 ? { unicodeRange: unicodeRange(drawn) } : {}),
      });
    }
  }
  return faces;
}

/** Reads the built pages of `edition` (served at `siteUrl`) and gathers its book. */
export async function bookFrame(
  browser: Browser,
  siteUrl: string,
  dist: string,
  edition: EditionId,
): Promise<BookFrame> {
  const convert = (text: string) => converterFor(edition).convert(text);
  const plan: [string, PartKind][] = [
    ['method', 'note'],
    ...chapterSlugs(dist, edition).map((s): [string, PartKind] => [s, 'chapter']),
    ['sources', 'back'],
    ['corrections', 'back'],
  ];
  const parts: BookFramePart[] = [];
  for (const [slug, kind] of plan)
    parts.push({ ...(await extractPart(browser, `${siteUrl}${edition}/${slug}/`, slug)), kind });
  const own = getEdition(edition);
  const words = {
    title: convert(SITE_TITLE),
    description: convert(SITE_DESCRIPTION),
    byline: convert(SITE_BYLINE),
    otherEditions: editions.filter((e) => e.id !== edition).map((e) => convert(e.name)),
    published: convert(formatDate(PUBLISHED)),
    updated: UPDATED !== PUBLISHED ? convert(formatDate(UPDATED)) : undefined,
    madeOn: convert(formatDate(new Date().toISOString().slice(0, 10))),
  };
  const text = [
    ...parts.map((p) => p.html.replace(/<[^>]*>/g, '')),
    ...Object.values(words).flat(),
    own.name,
    ...BOOK_WORDS.map(convert),
  ].join('');
  const faces = await bookFaces(edition, text);
  return {
    edition,
    lang: own.lang,
    ...words,
    editionName: own.name,
    typefaces: [...new Set(faces.map((f) => f.name))],
    publishedIso: PUBLISHED,
    address: publicUrl(
      `${normaliseBase(process.env.BASE_PATH)}${edition}/`,
      publicSite(process.env.SITE_URL),
    ),
    convert,
    parts,
    faces,
    sansFamily: faceStacks(edition).find((s) => s.role === 'sans')!.family,
    stylesheets: parts[1]!.stylesheets,
    css: readFileSync(new URL('./book.css', import.meta.url), 'utf8'),
  };
}
