/**
 * Which pages a build has. Every dist/<edition>/<slug>/index.html whose edition directory is
 * named zh-* is a page of that edition; it is a chapter page when its HTML has the chapter
 * template's markers: an `<article>` whose class is exactly `article` and a
 * `<nav class="chapter-nav">` (only src/pages/[edition]/[chapter].astro renders both; the sources
 * and corrections pages use `class="article sources"` / `"article corrections"` and have no
 * chapter navigation, and the cover and 404 pages have neither, so they are left out without
 * being named). Chapters are ordered as a reader meets them:
 * by following each page's rel="next" link from the one page that has no rel="prev" link.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The editions in the order the site lists them; other zh-* directories follow alphabetically. */
export const EDITION_ORDER = ['zh-cn', 'zh-tw', 'zh-hk'];

/** A chapter page of one edition. */
export interface ChapterPage {
  edition: string;
  slug: string;
  /** URL path under the site's base, e.g. /zh-cn/huanfang/ */
  path: string;
  /** the HTML file, relative to the build directory */
  file: string;
  hasScrolly: boolean;
}

/** True when a page's HTML is a chapter page (see the module comment). */
export function isChapterHtml(html: string): boolean {
  return (
    /<article\s+class="article"[\s>]/.test(html) && /<nav\s+class="chapter-nav"[\s>]/.test(html)
  );
}

/** True when a chapter page holds at least one scrolly. */
export function hasScrolly(html: string): boolean {
  return /\sdata-scrolly[\s=>]/.test(html);
}

/** The slug a page's rel="next" / rel="prev" link points to, if it has one. */
export function linkedSlug(html: string, rel: 'next' | 'prev'): string | undefined {
  for (const m of html.matchAll(/<a\b[^>]*>/g)) {
    const tag = m[0];
    if (!new RegExp(`\\srel="[^"]*\\b${rel}\\b`).test(tag)) continue;
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    const parts = href?.split(/[?#]/)[0]?.split('/').filter(Boolean);
    return parts?.[parts.length - 1];
  }
  return undefined;
}

/** Orders slugs by their next links, starting from the slugs nothing links to; unreached slugs follow alphabetically. */
export function readingOrder(pages: { slug: string; next?: string }[]): string[] {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const targets = new Set(
    pages.map((p) => p.next).filter((s): s is string => !!s && bySlug.has(s)),
  );
  const order: string[] = [];
  const starts = pages
    .map((p) => p.slug)
    .filter((s) => !targets.has(s))
    .sort();
  for (const start of starts) {
    let slug: string | undefined = start;
    while (slug && bySlug.has(slug) && !order.includes(slug)) {
      order.push(slug);
      slug = bySlug.get(slug)?.next;
    }
  }
  for (const slug of [...bySlug.keys()].sort()) if (!order.includes(slug)) order.push(slug);
  return order;
}

/** Sorts edition ids as the site lists them. */
export function sortEditions(ids: string[]): string[] {
  const rank = (id: string): number =>
    EDITION_ORDER.includes(id) ? EDITION_ORDER.indexOf(id) : EDITION_ORDER.length;
  return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

async function walkHtml(dir: string, root: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walkHtml(full, root, out);
    else if (entry.name.endsWith('.html')) out.push(relative(root, full).split(sep).join('/'));
  }
}

/** Every HTML file of a build, relative to it, sorted. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  await walkHtml(dir, dir, out);
  return out.sort();
}

/** The URL path of an HTML file of a build under `base` (index.html files by their directory). */
export function urlPathOf(file: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every chapter page of every edition in a build: editions in site order, chapters in reading order. */
export async function discoverChapters(dir: string, base = '/'): Promise<ChapterPage[]> {
  const editions = sortEditions(
    (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && /^zh-/.test(e.name))
      .map((e) => e.name),
  );
  const pages: ChapterPage[] = [];
  for (const edition of editions) {
    const found: (ChapterPage & { next?: string })[] = [];
    for (const entry of await readdir(join(dir, edition), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const file = `${edition}/${entry.name}/index.html`;
      const html = await readFile(join(dir, file), 'utf8').catch(() => '');
      if (!isChapterHtml(html)) continue;
      found.push({
        edition,
        slug: entry.name,
        path: urlPathOf(file, base),
        file,
        hasScrolly: hasScrolly(html),
        next: linkedSlug(html, 'next'),
      });
    }
    const order = readingOrder(found);
    found.sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
    pages.push(...found.map(({ next: _next, ...page }) => page));
  }
  return pages;
}
