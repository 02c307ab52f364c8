/**
 * Build-time: indexes the finished pages with Pagefind (one index per edition, split by the
 * pages' lang; Chinese text is segmented into words) and writes it to dist/pagefind/; then
 * writes each edition's query table (pagefind/query-<edition>.json: the story's words and the
 * glossary's terms in every script and region, mapped to the edition's forms), so that a query
 * in any script finds the passage. Readers' browsers load both only when they open search.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { editions } from '../editions/editions.ts';
import { loadGlossary } from '../editions/convert/glossary.ts';
import { buildSearchVariants } from '../editions/search/search-variants.ts';
import { pageWords, storyForms } from '../editions/search/story-words.ts';

/** Where an edition's query table is written, relative to the site's root. */
export const queryTablePath = (edition: string) => `pagefind/query-${edition}.json`;

/** The Astro integration that writes the search index after the build. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'story-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          excludeSelectors: ['svg', '.chart-data', '.edition-switcher', 'script'],
        });
        if (!index) throw new Error(`search index: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages for search`);
        await pagefind.close();

        const glossary = loadGlossary();
        const tables = buildSearchVariants(
          storyForms(pageWords(join(out, 'zh-cn'), glossary), glossary),
        );
        for (const { id } of editions) {
          const table = tables[id];
          writeFileSync(join(out, queryTablePath(id)), JSON.stringify(table));
          logger.info(
            `query table ${id}: ${Object.keys(table.words).length} words, ${Object.keys(table.chars).length} characters`,
          );
        }
      },
    },
  };
}
