/**
 * Puts each edition's not-found page where hosts look for it: Astro writes the route
 * `[edition]/404` to <edition>/404/index.html; this moves it to <edition>/404.html, next to the
 * root 404.html (hosts that serve the nearest 404.html answer an unknown address under /zh-tw/
 * in Traditional script). Every address in the page is absolute, so moving it changes nothing else.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { editions } from '../editions/editions.ts';

/** The integration: after the build, each <edition>/404/index.html becomes <edition>/404.html. */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'story-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const e of editions) {
          const built = join(root, e.id, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`not-found page missing: ${built}`);
          renameSync(built, join(root, e.id, '404.html'));
          rmdirSync(join(root, e.id, '404'));
        }
      },
    },
  };
}
