/**
 * Frontmatter of a chapter (content/chapters/*.mdx) and of an editorial page (content/pages/*.mdx).
 */
import { z } from 'astro/zod';

/** A chapter's frontmatter: title, order and summary are required. */
export const chapterSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty'),
    order: z.number().int().nonnegative('order must be a whole number, 0 or more'),
    summary: z
      .string()
      .trim()
      .min(10, 'summary must say what the chapter is about (at least 10 characters)'),
    kicker: z.string().optional(),
    /**
     * The fact the chapter's card on the cover shows as its key figure (an id from
     * content/data/facts/).
     */
    keyFact: z.string().trim().min(1, 'keyFact must name a fact id').optional(),
    /** Description for search engines and link previews; defaults to the summary. */
    description: z.string().optional(),
  })
  .strict();

/** Parsed chapter frontmatter. */
export type ChapterData = z.infer<typeof chapterSchema>;

/** An editorial page's frontmatter (content/pages/*.mdx): its title. */
export const pageSchema = z
  .object({ title: z.string().trim().min(1, 'title must not be empty') })
  .strict();
