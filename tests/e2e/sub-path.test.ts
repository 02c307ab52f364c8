/**
 * The build made for a sub-path works when served there: every link and asset stays
 * under the sub-path and resolves.
 */
import { describe, expect, it } from 'vitest';
import { useSite, SUB_PATH } from './site.ts';

const site = useSite('dist-sub', SUB_PATH);

describe('served under a sub-path', () => {
  it('loads the cover, an edition and a chapter with every request under the sub-path and answered', async () => {
    const page = await site.browser.newPage();
    const failures: string[] = [];
    const outside: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:'))
        outside.push(r.url());
    });
    await page.goto(`${site.server.url}?choose`);
    await page.click('a[data-edition="zh-tw"]');
    await page.waitForURL(`${site.server.url}zh-tw/`);
    await page.click('.chapter-card a >> nth=0');
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname.startsWith(`${SUB_PATH}zh-tw/`)).toBe(true);
    const links = await page.$$eval('a[href]', (as) =>
      as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith(location.origin)),
    );
    for (const link of links) {
      expect(new URL(link).pathname.startsWith(SUB_PATH), link).toBe(true);
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
    }
    expect(failures).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('hashes asset names', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-cn/`);
    const assets = await page.$$eval('link[rel="stylesheet"], script[src]', (els) =>
      els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets)
      expect(asset).toMatch(new RegExp(`^${SUB_PATH}_astro/.+\\.[A-Za-z0-9_-]{8}\\.(css|js)$`));
    await page.close();
  });
});
