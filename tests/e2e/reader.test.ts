/**
 * What long-form readers expect, in a real Chromium: contents, chapter navigation, reading
 * progress and time, deep links to sections, back to top, search, dark mode, and meta tags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_SITE, SUB_PATH, useSite } from './site.ts';

const site = useSite('dist');

describe('navigation', () => {
  it('a chapter has contents, reading time, previous/next chapter and back to top', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}zh-tw/huanfang/`);
    const toc = page.locator('nav.toc');
    expect(await toc.locator('h2').textContent()).toBe('本章目錄');
    const entries = await toc
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const headings = await page
      .locator('article .section-heading > h2')
      .evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(entries).toEqual(headings);
    expect(await page.locator('.chapter-meta').textContent()).toMatch(/閱讀約 \d+ 分鐘/);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/zh-tw/method/');
    await toc.locator('summary').click(); // on a phone the contents is one closed line
    await toc.locator('a').nth(2).click();
    await page.waitForURL(/#/);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const top = await page
      .locator(`[id="${target}"]`)
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(150);
    await page.click('a.back-to-top');
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(400);
    await page.close();
  });

  it('the progress bar follows the reading position', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    const scale = () =>
      page
        .locator('[data-progress]')
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() =>
      window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2),
    );
    await page.waitForTimeout(100);
    expect(await scale()).toBeGreaterThan(0.4);
    expect(await scale()).toBeLessThan(0.6);
    await page.close();
  });

  it('every section heading has a link that copies its address', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.server.url).origin,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh-hk/huanfang/`);
    const sections = await page.locator('article .section-heading > h2[id]').count();
    expect(await page.locator('article .section-heading > a.heading-anchor').count()).toBe(
      sections,
    );
    const anchor = page.locator('article .section-heading > a.heading-anchor').nth(1);
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    // shown on hover and keyboard focus only, not beside every heading
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe('0');
    await anchor.locator('xpath=..').hover();
    await page.waitForFunction(
      (a) => getComputedStyle(a!).opacity === '1',
      await anchor.elementHandle(),
    );
    const href = await anchor.evaluate((a) => (a as HTMLAnchorElement).href);
    await anchor.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    expect(await page.locator('[data-copied]').isVisible()).toBe(true);
    expect(await page.locator('[data-copied]').textContent()).toBe('已複製本節連結'); // Hong Kong papers write 連結 (glossary: 链接)
    await context.close();
  });

  it('works from the keyboard: skip link, then the switcher', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.close();
  });
});

describe('search', () => {
  it('loads nothing until opened, then finds words in the edition', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.server.url}zh-tw/huanfang/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
    await page.click('[data-search-open]');
    await page.fill('[data-search-input]', '螢火');
    await page.waitForSelector('[data-search-results] li a');
    const links = await page
      .locator('[data-search-results] li a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/zh-tw/huanfang/');
    expect(links.every((l) => l.startsWith('/zh-tw/'))).toBe(true);
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(true);
    await page.fill('[data-search-input]', '龘龘龘');
    await page.waitForSelector('[data-search-empty]:not([hidden])');
    expect(await page.locator('[data-search-empty]').textContent()).toBe('沒有找到結果。');
    await page.close();
  });
});

describe('dark mode', () => {
  it('follows the system without JavaScript, and chart labels keep their contrast', async () => {
    const context = await site.browser.newContext({
      colorScheme: 'dark',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    const [bg, label] = await page.evaluate(() => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const body = getComputedStyle(document.body).backgroundColor;
      const text = document.querySelector('svg.chart text.label');
      return [lum(body), lum(getComputedStyle(text!).fill)];
    });
    expect(bg).toBeLessThan(0.05);
    expect((label + 0.05) / (bg + 0.05)).toBeGreaterThan(4.5);
    await context.close();
  });
});

describe('meta', () => {
  it('title, description, Open Graph, Twitter, canonical and JSON-LD are in the edition', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-tw/huanfang/`);
    const meta = (sel: string) => page.getAttribute(sel, 'content');
    expect(await page.title()).toBe('幻方與螢火 · 窄路快車');
    expect(await meta('meta[property="og:title"]')).toBe('幻方與螢火');
    expect(await meta('meta[property="og:locale"]')).toBe('zh_TW');
    expect(await meta('meta[name="twitter:title"]')).toBe('幻方與螢火');
    expect(await meta('meta[name="description"]')).toContain('螢火');
    // a build without a public address (no SITE_URL): a relative canonical, no Open Graph address
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe('/zh-tw/huanfang/');
    expect(await page.locator('meta[property="og:url"], meta[property="og:image"]').count()).toBe(
      0,
    );
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? '{}');
    expect(ld['@type']).toBe('Article');
    expect(ld.headline).toBe('幻方與螢火');
    expect(ld.inLanguage).toBe('zh-TW');
    await page.close();
  });

  it('with a public address, the sitemap lists every page of every edition there and robots.txt points to it', () => {
    const sitemap = readFileSync('dist-sub/sitemap.xml', 'utf8');
    for (const edition of ['zh-cn', 'zh-tw', 'zh-hk']) {
      for (const page of ['', 'huanfang/', 'method/', 'sources/'])
        expect(sitemap).toContain(`<loc>${PUBLIC_SITE}${SUB_PATH}${edition}/${page}</loc>`);
    }
    expect(readFileSync('dist-sub/robots.txt', 'utf8')).toContain(
      `Sitemap: ${PUBLIC_SITE}${SUB_PATH}sitemap.xml`,
    );
  });

  it('without one, there is no sitemap (it needs absolute URLs) and robots.txt names none', () => {
    expect(existsSync('dist/sitemap.xml')).toBe(false);
    expect(readFileSync('dist/robots.txt', 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});
