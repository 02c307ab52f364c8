/**
 * URL helpers that respect the base path the site is built for. Pure; safe in client code.
 */
import { editions, type EditionId } from './editions.ts';

/**
 * Joins the base path and a site-relative path: ("/stories/", "zh-cn/x/") → "/stories/zh-cn/x/".
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The edition a pathname belongs to, or undefined (cover, 404, assets). */
export function editionFromPath(pathname: string, base: string): EditionId | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(b)) return undefined;
  const first = pathname.slice(b.length).split('/')[0];
  return editions.find((e) => e.id === first)?.id;
}

/**
 * The path of a page inside an edition: ("zh-tw", "huanfang") → "zh-tw/huanfang/"; "" is the
 * edition's cover.
 */
export function editionPath(edition: EditionId, page: string): string {
  return page ? `${edition}/${page.replace(/^\/+|\/+$/g, '')}/` : `${edition}/`;
}

/** The same page in another edition: swaps the edition segment of a pathname. */
export function switchEditionPath(pathname: string, base: string, target: EditionId): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const parts = rest.split('/');
  if (editions.some((e) => e.id === parts[0])) parts[0] = target;
  else parts.unshift(target);
  return b + parts.join('/');
}
