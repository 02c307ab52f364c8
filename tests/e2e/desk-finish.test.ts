/**
 * The graphics desk's finish, as a reader sees it: the cover's front door (hero graphic for the
 * screen it is on, byline, dates, chapter cards with key figures), chapter openers, the header,
 * Chinese text setting (no justified narrow blocks), the printed page's title block and
 * endnotes, and no figure with a doubled 约 on any page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite('dist');

describe('the cover', () => {
  it.each([
    [360, 'hero-phone', 'hero-wide'],
    [1440, 'hero-wide', 'hero-phone'],
  ])(
    'at %i px shows the hero drawn for that width, a byline, dates and chapter cards with key figures',
    async (width, shown, hidden) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}zh-hk/`);
      expect(await page.locator(`.cover-hero svg.${shown}`).isVisible()).toBe(true);
      expect(await page.locator(`.cover-hero svg.${hidden}`).isVisible()).toBe(false);
      const hero = await page.locator(`.cover-hero svg.${shown}`).boundingBox();
      expect(hero!.width).toBeGreaterThan(Math.min(width - 40, 600));
      // the hero's labels are set for the screen: at least 12 px on a phone, at most 26 px on a desktop
      const sizes = await page
        .locator(`svg.${shown} text`)
        .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      expect(await page.locator(`svg.${shown} text`).allTextContents()).toEqual(
        expect.arrayContaining(['英偉達一天蒸發的市值', '約5890億美元', '557.6萬美元']),
      );
      expect(await page.locator('.cover .byline').textContent()).toMatch(/撰文/);
      expect(await page.locator('.cover .dateline time').first().getAttribute('datetime')).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
      expect(await page.locator('.cover .dateline').textContent()).toMatch(/全文閱讀約 \d+ 分鐘/);
      const cards = page.locator('.chapter-card');
      expect(await cards.count()).toBe(5);
      for (const figure of await page.locator('.chapter-card .key-figure strong').allTextContents())
        expect(figure).toMatch(/\d/);
      expect(await cards.first().locator('a').getAttribute('href')).toBe('/zh-hk/huanfang/');
      await page.close();
    },
  );
});

describe('chapter openers and the header', () => {
  it('a phone gets a display title, dek, date line, closed one-line contents and a slim header with a text switcher', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-tw/shock/`);
    expect(
      await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height),
    ).toBeLessThanOrEqual(45);
    // 简｜台｜港: each edition named in its own script, as text between separators
    expect(
      await page
        .locator('.edition-switcher a')
        .evaluateAll((as) => as.map((a) => a.firstChild?.textContent)),
    ).toEqual(['简', '台', '港']);
    expect(
      await page
        .locator('.edition-switcher li + li')
        .evaluateAll((lis) => lis.map((li) => getComputedStyle(li, '::before').content)),
    ).toEqual(['"｜"', '"｜"']);
    expect(
      await page
        .locator('.edition-switcher a')
        .evaluateAll((as) => as.map((a) => getComputedStyle(a).borderTopWidth)),
    ).toEqual(['0px', '0px', '0px']);
    const current = page.locator('.edition-switcher a[aria-current="true"]');
    expect(await current.textContent()).toMatch(/^台/); // the Taiwan house glyph, as 台灣 beside it
    expect(await current.evaluate((a) => getComputedStyle(a).fontWeight)).toBe('700');
    expect(
      await page
        .locator('h1.display-title')
        .evaluate((h) => parseFloat(getComputedStyle(h).fontSize)),
    ).toBeGreaterThanOrEqual(36);
    expect(await page.locator('.dateline').textContent()).toMatch(/發布/);
    expect(
      await page.locator('details[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    const toc = await page.locator('.toc').boundingBox();
    expect(toc!.height).toBeLessThan(60);
    expect(await page.locator('.toc').evaluate((t) => getComputedStyle(t).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    await page.close();
  });

  it('a desktop opens the contents', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.server.url}zh-cn/shock/`);
    expect(
      await page.locator('details[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await page.locator('.toc a').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('Chinese text setting', () => {
  /** text-align of every visible block of a kind, with its width in characters of its font size. */
  const alignments = (selector: string) =>
    `Array.from(document.querySelectorAll(${JSON.stringify(selector)})).filter((el) => el.getClientRects().length).map((el) => { const s = getComputedStyle(el); return { align: s.textAlign, chars: el.getBoundingClientRect().width / parseFloat(s.fontSize) }; })`;

  it('nothing narrower than about 30 characters is justified, on a phone or a desktop', async () => {
    for (const width of [360, 1440]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}zh-cn/stargate/`);
      const blocks = (await page.evaluate(
        alignments('article p, article li, figcaption, blockquote p, .step p'),
      )) as { align: string; chars: number }[];
      expect(blocks.length).toBeGreaterThan(20);
      const justified = blocks.filter((b) => b.align === 'justify');
      expect(
        justified.every((b) => b.chars >= 30),
        `${width}px: ${JSON.stringify(justified.filter((b) => b.chars < 30).slice(0, 3))}`,
      ).toBe(true);
      if (width === 1440) expect(justified.length).toBeGreaterThan(10);
      await page.close();
    }
  });
});

describe('the printed page', () => {
  it('opens with a title block (story, edition, date; the address only with a public one), prints no contents box and each address once', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.server.url}zh-hk/huanfang/`);
    const masthead = page.locator('.print-masthead');
    expect(await masthead.isVisible()).toBe(true);
    expect(await masthead.textContent()).toContain('繁體中文（香港）');
    // a build without a public address prints none (never the local one it is served from);
    // a release build prints its public one (tests/e2e/release.test.ts)
    expect(await masthead.textContent()).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(await masthead.locator('.print-address').count()).toBe(0);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    const linkAfter = await page
      .locator('article a[href^="http"]')
      .evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
    expect(linkAfter.every((c) => c === 'none' || c === 'normal')).toBe(true);
    expect(
      await page
        .locator('article blockquote')
        .first()
        .evaluate((b) => getComputedStyle(b).breakInside),
    ).toBe('avoid');
    expect(
      await page
        .locator('article td')
        .first()
        .evaluate((td) => getComputedStyle(td).wordBreak),
    ).toBe('keep-all');
    await page.close();
  });
});

describe('约 never doubles', () => {
  it('no page of any edition writes a hedge word before a figure that carries its own 约', () => {
    const pages = readdirSync('dist', { recursive: true, withFileTypes: true }).filter(
      (d) => d.isFile() && d.name === 'index.html',
    );
    expect(pages.length).toBeGreaterThan(25);
    for (const file of pages) {
      const text = readFileSync(join(file.parentPath, file.name), 'utf8').replace(/<[^>]+>/g, '');
      expect(text, file.parentPath).not.toMatch(/(约|約|大约|大約|接近|将近|將近|近)(约|約)\d/);
    }
  });
});
