/**
 * robots.txt: everything may be crawled; points to the sitemap.
 */
import type { APIRoute } from 'astro';
import { withBase } from '../utils/urls.ts';

/** The robots.txt document. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap.xml'), site).href}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
