/**
 * Every page of an edition, as paths inside the edition: "" (cover), chapter slugs and the
 * story's frame pages. The sitemap and the hosting tests use it.
 */
import { getChapters, chapterSlug } from './chapters.ts';

/** The frame pages every edition has besides its chapters. */
export const framePages = ['sources', 'corrections'] as const;

/** Paths of one edition's pages, without the edition prefix ("" is the cover). */
export async function editionPagePaths(): Promise<string[]> {
  const chapters = await getChapters();
  return ['', ...chapters.map((c) => chapterSlug(c.id)), ...framePages];
}

/**
 * The title of the page on what the widely shared articles got wrong (its URL stays /corrections/).
 */
export const CLAIMS_PAGE_TITLE = '流传说法核对';
