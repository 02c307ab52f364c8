/**
 * robots.txt: everything may be crawled; points to the sitemap when the build has a public
 * address (a sitemap needs absolute URLs, so a build without SITE_URL has none).
 */
import type { APIRoute } from 'astro';
import { pathWithBase } from '../editions/site-href.ts';

/** The robots.txt document. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site && new URL(pathWithBase('sitemap.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
