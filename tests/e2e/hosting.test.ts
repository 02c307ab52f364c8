/**
 * Hosting: the build made for a sub-path, served there with the site's own _headers, is
 * crawled page by page in Chromium. Any 404, request to another origin, console error or
 * Content-Security-Policy violation fails the test.
 */
import { describe, expect, it } from 'vitest';
import { useSite, SUB_PATH } from './site.ts';
import { parseHeaders, headersFor } from '../../scripts/serve.mjs';
import { readFileSync } from 'node:fs';

const site = useSite('dist-sub', SUB_PATH);

describe('the _headers file', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  it('caches hashed assets for ever and HTML briefly', () => {
    expect(headersFor(rules, '/_astro/Scrolly.abc123.js')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor(rules, '/zh-cn/huanfang/')['cache-control']).toBe(
      'public, max-age=300, must-revalidate',
    );
  });
  it('sets a Content-Security-Policy without unsafe-inline or unsafe-eval', () => {
    const csp = headersFor(rules, '/zh-cn/')['content-security-policy']!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});

describe('crawling every page under the sub-path', () => {
  it('finds no 404, no other origin, no console error and no CSP violation', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const origin = new URL(site.server.url).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()} on ${page.url()}`);
    });
    page.on('pageerror', (e) => problems.push(`error: ${e} on ${page.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:'))
        problems.push(`other origin: ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    const queue = [
      `${site.server.url}?choose`,
      `${site.server.url}zh-cn/`,
      `${site.server.url}zh-tw/`,
      `${site.server.url}zh-hk/`,
    ];
    const seen = new Set<string>();
    while (queue.length) {
      const url = queue.shift()!;
      const key = url.split('#')[0]!;
      if (seen.has(key)) continue;
      seen.add(key);
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy'], url).toContain("default-src 'self'");
      const links = await page.$$eval('a[href]', (as) =>
        as.map((a) => (a as HTMLAnchorElement).href),
      );
      for (const link of links) {
        const u = new URL(link);
        if (u.origin !== origin) continue;
        expect(u.pathname.startsWith(SUB_PATH), `${link} on ${url}`).toBe(true);
        if (!seen.has(link.split('#')[0]!) && !/\.(xml|txt|svg|pdf)$/.test(u.pathname))
          queue.push(link);
      }
    }
    expect(problems).toEqual([]);
    for (const edition of ['zh-cn', 'zh-tw', 'zh-hk']) {
      for (const path of ['', 'huanfang/', 'method/', 'sources/'])
        expect(seen.has(`${site.server.url}${edition}/${path}`), `${edition}/${path}`).toBe(true);
    }
    await context.close();
  });

  it('search works under the sub-path with the CSP in force', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await page.click('[data-search-open]');
    await page.fill('[data-search-input]', '萤火');
    await page.waitForSelector('[data-search-results] li a');
    const first = await page
      .locator('[data-search-results] li a')
      .first()
      .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(first.startsWith(`${SUB_PATH}zh-cn/`)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
