/**
 * Everything the book of one edition is made from, gathered once: its parts read from the built
 * pages (editor's note, chapters, sources, corrections), its words in the edition's script, its
 * typefaces and the site's stylesheets. Used by the book PDF and the EPUB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { editions, getEdition, type EditionId } from '../../src/editions/editions.ts';
import { converterFor } from '../../src/editions/converters.ts';
import { faceStacks, facePath } from '../../src/fonts/typefaces.ts';
import {
  PUBLISHED,
  SITE_BYLINE,
  SITE_DESCRIPTION,
  SITE_TITLE,
  UPDATED,
} from '../../src/config/site.ts';
import { formatDate } from '../../src/utils/format-number.ts';
import { extractPart, type BookPart } from './extract-page.ts';
import { publicAddress } from './public-address.ts';

/** What a part is in the book: the editor's note, a chapter, or back matter. */
export type PartKind = 'note' | 'chapter' | 'back';

/** A part of the book with its kind. */
export interface BookFramePart extends BookPart {
  kind: PartKind;
}

/** One font file the book declares. */
export interface BookFace {
  family: string;
  weight: number;
  /** The file on disk. */
  path: string;
  /** Its address inside the rendered book. */
  url: string;
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
  const faces = faceStacks(edition).map((stack) => {
    const path = facePath(stack.faces[0]!);
    return {
      family: stack.family,
      weight: stack.weight,
      path,
      url: `${FONT_PREFIX}${path.split('/').pop()}`,
    };
  });
  const own = getEdition(edition);
  return {
    edition,
    lang: own.lang,
    title: convert(SITE_TITLE),
    description: convert(SITE_DESCRIPTION),
    byline: convert(SITE_BYLINE),
    editionName: own.name,
    otherEditions: editions.filter((e) => e.id !== edition).map((e) => convert(e.name)),
    typefaces: [...new Set(faceStacks(edition).map((s) => s.faces[0]!.name))],
    published: convert(formatDate(PUBLISHED)),
    publishedIso: PUBLISHED,
    updated: UPDATED !== PUBLISHED ? convert(formatDate(UPDATED)) : undefined,
    madeOn: convert(formatDate(new Date().toISOString().slice(0, 10))),
    address: publicAddress(process.env.SITE_URL, process.env.BASE_PATH, edition),
    convert,
    parts,
    faces,
    sansFamily: faceStacks(edition).find((s) => s.role === 'sans')!.family,
    stylesheets: parts[1]!.stylesheets,
    css: readFileSync(new URL('./book.css', import.meta.url), 'utf8'),
  };
}
