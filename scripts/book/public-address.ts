/**
 * The story's public address as the book's colophon prints it: only when the publisher gave one
 * (SITE_URL) and it is not a loopback or local address, which would mean nothing to a reader.
 */

/** Whether `host` is a loopback or unspecified address (localhost, 127.x, ::1, 0.0.0.0). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127\./.test(h) ||
    h === '::1' ||
    h === '0.0.0.0'
  );
}

/** The edition's public address, or undefined when SITE_URL is unset, malformed or loopback. */
export function publicAddress(
  siteUrl: string | undefined,
  basePath: string | undefined,
  edition: string,
): string | undefined {
  if (!siteUrl) return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return undefined;
  }
  if (isLoopback(url.hostname)) return undefined;
  const base = `/${(basePath ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');
  return new URL(`${base}${edition}/`, url.origin).href;
}
