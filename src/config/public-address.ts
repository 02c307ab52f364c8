/**
 * The site's public address, from SITE_URL. A build for local reading has none: then every
 * place that needs an absolute URL (Open Graph, the sitemap, a printed address, a share card's
 * foot) leaves it out, and nothing shows a loopback address. The release build refuses to
 * start without a public one. Pure; read by astro.config.mjs and scripts/release.ts.
 */

/** Host names that only ever mean "this machine". */
const LOOPBACK =
  /^(localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(?:\.\d{1,3}){3}\]|\[0:0:0:0:0:0:0:1\])$/i;

/** Whether a host name (as URL.hostname gives it) is a loopback or unspecified address. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/** Why SITE_URL is not a public address, or undefined when it is one. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  if (!value || !value.trim()) return 'SITE_URL is not set';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `SITE_URL "${value}" is not an absolute URL (for example https://example.org)`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL "${value}" must start with https:// (or http://)`;
  if (isLoopbackHost(url.hostname))
    return `SITE_URL "${value}" is a loopback address, which only this machine can open`;
  if (url.pathname !== '/' || url.search || url.hash)
    return `SITE_URL "${value}" must be an origin only; put the sub-path in BASE_PATH (for example BASE_PATH=${url.pathname})`;
  return undefined;
}

/**
 * The public origin SITE_URL names ("https://example.org"), or undefined when it names none (unset,
 * malformed or loopback).
 */
export function publicSite(value: string | undefined): string | undefined {
  return siteUrlProblem(value) ? undefined : new URL(value!.trim()).origin;
}

/**
 * BASE_PATH as the site is built for: "" or unset → "/", "stories/deepseek" → "/stories/deepseek/".
 */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The absolute URL of a root-relative `path` on the public site, or undefined when there is no
 * public address.
 */
export function publicUrl(path: string, site: URL | string | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}
