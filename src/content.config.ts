/**
 * Content collections: the chapters, MDX files in content/chapters/ written in Simplified
 * Chinese. A malformed frontmatter field stops the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './story/chapter-schema.ts';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** The collections of the story. */
export const collections = { chapters };
