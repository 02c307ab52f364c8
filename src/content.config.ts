/**
 * Content collections, MDX written in Simplified Chinese and checked by the same MDX check: the
 * chapters (content/chapters/) and the editorial pages that are not chapters (content/pages/, e.g.
 * the method that opens the sources page). A malformed frontmatter field stops the build naming the
 * file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './story/chapter-schema.ts';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** The collections of the story. */
export const collections = { chapters, pages };
