/**
 * The addresses pages link to, under the base path the site is built for (Astro's `base`), read
 * once here: components ask for `href(edition, page)` or `pathWithBase(file)` and never read
 * `import.meta.env.BASE_URL` or join it by hand (Starlight's utils/base.ts). For Astro pages,
 * endpoints and components; scripts and tests pass a base to `withBase` (urls.ts) instead.
 */
import type { EditionId } from './editions.ts';
import { editionFromPath, editionPath, withBase } from './urls.ts';

/** The base path the site is built for: "/" or "/stories/deepseek/". */
export const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** A site-relative path under the base: ("favicon.svg") → "/stories/deepseek/favicon.svg". */
export function pathWithBase(path: string): string {
  return withBase(BASE, path);
}

/**
 * The address of a page of an edition, with an optional fragment: ("zh-tw", "sources", "x") →
 * "/zh-tw/sources/#x"; the page "" is the edition's cover.
 */
export function href(edition: EditionId, page = '', fragment?: string): string {
  return pathWithBase(editionPath(edition, page)) + (fragment ? `#${fragment}` : '');
}

/** The edition of the page at `pathname`; zh-CN for a page outside every edition (the cover). */
export function editionOfPath(pathname: string): EditionId {
  return editionFromPath(pathname, BASE) ?? 'zh-cn';
}
