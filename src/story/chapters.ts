/**
 * The chapters of the story in reading order, with their URL slugs.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

/** A chapter entry. */
export type Chapter = CollectionEntry<'chapters'>;

/**
 * The URL slug of a chapter: its file name without the leading order number ("01-huanfang" →
 * "huanfang").
 */
export function chapterSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}

/** All chapters, sorted by `order`; throws when two chapters share an order. */
export async function getChapters(): Promise<Chapter[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  chapters.forEach((c, i) => {
    const prev = chapters[i - 1];
    if (prev && prev.data.order === c.data.order) {
      throw new Error(
        `content/chapters/${c.id}.mdx: field "order": ${c.data.order} is also the order of ${prev.id}.mdx`,
      );
    }
  });
  return chapters;
}
