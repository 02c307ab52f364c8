/**
 * The three editions in a real Chromium: language, script, place-keeping switcher,
 * remembered choice, no opencc in the browser, no JavaScript needed to read.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite('dist');

const expected = {
  'zh-cn': {
    lang: 'zh-CN',
    h1: '编者按',
    word: '头<em>发</em>',
    table: '英伟达的芯片',
    quote: '小作坊对巨型工程',
  },
  'zh-tw': {
    lang: 'zh-TW',
    h1: '編者按',
    word: '頭<em>髮</em>',
    table: '輝達的晶片',
    quote: '小作坊對巨型工程',
  },
  'zh-hk': {
    lang: 'zh-HK',
    h1: '編者按',
    word: '頭<em>髮</em>',
    table: '英偉達的晶片',
    quote: '小作坊對巨型工程',
  },
} as const;

describe.each(Object.entries(expected))('edition %s', (edition, want) => {
  it('has its lang, its script in body, title, meta and alt text, and hreflang alternates', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${edition}/method/`);
    expect(await page.getAttribute('html', 'lang')).toBe(want.lang);
    expect(await page.textContent('h1')).toBe(want.h1);
    expect(await page.title()).toContain(want.h1);
    expect(await page.textContent('article')).toContain(want.quote);
    const description = await page.getAttribute('meta[name="description"]', 'content');
    const ogTitle = await page.getAttribute('meta[property="og:title"]', 'content');
    expect(ogTitle).toBe(want.h1);
    if (edition !== 'zh-cn') expect(description).toContain('兩個模型');
    // The note on how the editions are made sits on the sources page.
    await page.goto(`${site.server.url}${edition}/sources/`);
    expect(await page.innerHTML('article')).toContain(want.word);
    expect(await page.textContent('table')).toContain(want.table);
    if (edition !== 'zh-cn')
      expect(await page.getAttribute('figure img', 'alt')).toContain('個方框');
    const alternates = await page.$$eval('link[rel="alternate"]', (links) =>
      links.map((l) => l.getAttribute('hreflang')),
    );
    expect(alternates).toEqual(['zh-CN', 'zh-TW', 'zh-HK', 'x-default']);
    await page.close();
  });
});

describe('switching edition', () => {
  it('keeps the section the reader is at', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.server.url}zh-cn/sources/`);
    const heading = page.locator('h2#数字怎样核对');
    await heading.evaluate((el) =>
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 50),
    );
    await page.click('.edition-switcher a[data-edition="zh-tw"]');
    await page.waitForURL(/\/zh-tw\/sources\//);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#数字怎样核对');
    expect(await page.locator('h2#数字怎样核对').textContent()).toBe('數字怎樣核對');
    const top = await page
      .locator('h2#数字怎样核对')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  it('remembers the choice: the cover sends a returning reader to it', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}`);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.click('a[data-edition="zh-hk"]');
    await page.waitForURL(/\/zh-hk\/$/);
    await page.goto(`${site.server.url}`);
    await page.waitForURL(/\/zh-hk\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-HK');
    await page.goto(`${site.server.url}?choose`);
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});

describe('what the browser loads', () => {
  it('requests no opencc code or dictionary, and little JavaScript', async () => {
    const page = await site.browser.newPage();
    const scripts: { url: string; body: string }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push({ url: response.url(), body: await response.text() });
    });
    for (const edition of ['zh-cn', 'zh-tw', 'zh-hk']) {
      await page.goto(`${site.server.url}${edition}/method/`, { waitUntil: 'networkidle' });
    }
    expect(scripts.length).toBeGreaterThan(0);
    for (const { url, body } of scripts) {
      expect(url).not.toMatch(/opencc/i);
      expect(body).not.toMatch(/opencc|STPhrases|TWPhrases/i);
      expect(body).not.toContain('丁丁當');
    }
    await page.close();
  });

  it('shows every text without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh-tw/method/`);
    expect(await page.textContent('h1')).toBe(expected['zh-tw'].h1);
    expect(
      await page.locator('.edition-switcher a[data-edition="zh-hk"]').getAttribute('href'),
    ).toBe('/zh-hk/method/');
    expect(await page.locator('article p').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('serves the 404 page for a missing address', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.url}zh-cn/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('找不到这一页');
    await page.close();
  });
});
