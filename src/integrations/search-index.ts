/**
 * Build-time: indexes the finished pages with Pagefind (one index per edition, split by the
 * pages' lang; Chinese text is segmented into words) and writes it to dist/pagefind/.
 * Readers' browsers load it only when they open search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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
      },
    },
  };
}
