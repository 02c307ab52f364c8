/**
 * sitemap.xml: every page of every edition, each with its alternates in the other editions.
 * A sitemap lists absolute URLs only, so a build without a public address (SITE_URL) has none.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../editions/editions.ts';
import { editionPagePaths } from '../story/site-pages.ts';
import { href } from '../editions/site-href.ts';

/** One sitemap.xml, only when the build knows its public address. */
export const getStaticPaths: GetStaticPaths = () =>
  import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];

/** The sitemap document. */
export const GET: APIRoute = async ({ site }) => {
  const url = (edition: (typeof editions)[number]['id'], page: string) =>
    new URL(href(edition, page), site).href;
  const entries = (await editionPagePaths()).flatMap((page) =>
    editions.map((e) => {
      const alternates = editions
        .map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${url(a.id, page)}"/>`)
        .join('');
      return `<url><loc>${url(e.id, page)}</loc>${alternates}</url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
