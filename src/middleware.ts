/**
 * Renders the Traditional editions: every page under /zh-tw/ and /zh-hk/ is rendered from
 * the Simplified source and converted here, at build time (pages are prerendered, so this
 * code and opencc-js never reach a browser).
 */
import { defineMiddleware } from 'astro:middleware';
import { convertHtml } from './editions/convert/convert-html.ts';
import { converterFor } from './editions/convert/converters.ts';
import { BASE } from './editions/site-href.ts';
import { editionFromPath } from './editions/urls.ts';

/** Converts HTML responses of Traditional edition pages. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const edition = editionFromPath(context.url.pathname, BASE);
  if (!edition || edition === 'zh-cn') return response;
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(convertHtml(html, converterFor(edition), edition), {
    status: response.status,
    headers,
  });
});
