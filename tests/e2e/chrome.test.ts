/**
 * The chrome of the publication, in a real Chromium: the header's title is never cut off; the
 * cover headline breaks only between its phrases at every width from 320 to 1440 px; footer
 * links are set apart with room around the middle dot; each edition has a 404 page in its own
 * script with the way back, and the root 404 leads into all three.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';
import { SITE_SHORT_TITLE, SITE_TITLE, SITE_TITLE_PHRASES } from '../../src/config/site.ts';
import { converterFor } from '../../src/editions/convert/converters.ts';

const site = useSite('dist');
const editions = ['zh-cn', 'zh-tw', 'zh-hk'] as const;
/** The masthead as the zh-TW edition prints it, whole and short. */
const [fullTitle, shortTitle] = [SITE_TITLE, SITE_SHORT_TITLE].map((t) =>
  converterFor('zh-tw').convert(t),
);

describe('the header', () => {
  it.each([320, 360, 414, 768, 1440])(
    'at %i px the title shows whole words, never an ellipsis or a clipped word',
    async (width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 740 } });
      await page.goto(`${site.server.url}zh-tw/huanfang/`);
      const title = page.locator('.site-title');
      const shown = await title.evaluate((a) => {
        const visible = [...a.children].filter(
          (c) => (c as HTMLElement).getBoundingClientRect().width > 1,
        );
        const box = a.getBoundingClientRect();
        const tools = document.querySelector('.header-tools')!.getBoundingClientRect();
        return {
          text: visible.map((c) => c.textContent).join(''),
          overflow: a.scrollWidth > Math.ceil(box.width) + 1 || box.right > tools.left,
          ellipsis: getComputedStyle(a).textOverflow,
        };
      });
      expect(shown.overflow).toBe(false);
      expect(shown.ellipsis).not.toBe('ellipsis');
      expect([shortTitle, fullTitle]).toContain(shown.text);
      if (width >= 768) expect(shown.text).toBe(fullTitle);
      // the link's name is the whole title at every width
      expect(await title.evaluate((a, t) => a.textContent!.includes(t), fullTitle!)).toBe(true);
      await page.close();
    },
  );
});

describe('the cover headline', () => {
  it.each(editions)(
    'in %s breaks only between its phrases and never overflows, at every width from 320 to 1440 px',
    async (edition) => {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 740 } });
      await page.goto(`${site.server.url}${edition}/`);
      const seen = new Set<string>();
      for (let width = 320; width <= 1440; width += 40) {
        await page.setViewportSize({ width, height: 740 });
        const lines = await page.locator('h1.cover-title').evaluate((h1) => {
          // each character's line, from its rendered box
          const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
          const out: { char: string; top: number; phrase: number }[] = [];
          const phrases = [...h1.querySelectorAll('.phrase')];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let i = 0; i < text.length; i++) {
              if (text[i] === ' ') continue;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              out.push({
                char: text[i]!,
                top: Math.round(range.getBoundingClientRect().top),
                phrase: phrases.indexOf(node.parentElement!),
              });
            }
          }
          return { out, overflow: h1.scrollWidth > h1.clientWidth + 1 };
        });
        expect(lines.overflow, `${width} px`).toBe(false);
        for (let i = 1; i < lines.out.length; i++) {
          const [a, b] = [lines.out[i - 1]!, lines.out[i]!];
          if (b.top > a.top + 4)
            expect(
              b.phrase,
              `${width} px: a line breaks inside a phrase, before ${b.char}`,
            ).not.toBe(a.phrase);
        }
        const layout = lines.out
          .map((c, i) => (i && c.top > lines.out[i - 1]!.top + 4 ? '/' : '') + c.char)
          .join('');
        seen.add(layout);
      }
      // a headline of several phrases reflows across widths (the check above saw more than one
      // layout); one of a single phrase is set on one line at every width
      if (SITE_TITLE_PHRASES.length > 1) expect(seen.size).toBeGreaterThan(1);
      else expect([...seen].every((layout) => !layout.includes('/'))).toBe(true);
      await page.close();
    },
  );
});

describe('the footer', () => {
  it('sets its links apart with a middle dot and room on both sides', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-hk/shock/`);
    const gaps = await page
      .locator('.site-footer .link-row a')
      .evaluateAll((as) =>
        as
          .slice(1)
          .map((a, i) => a.getBoundingClientRect().left - as[i]!.getBoundingClientRect().right),
      );
    expect(gaps.length).toBe(3);
    // the dot and the room around it: at least the dot's own width plus half an em each side
    for (const gap of gaps) expect(gap).toBeGreaterThan(16);
    expect(
      await page
        .locator('.site-footer .link-row li')
        .nth(1)
        .evaluate((li) => getComputedStyle(li, '::before').content),
    ).toBe('"·"');
    await page.close();
  });
});

describe('not found', () => {
  it.each([
    ['zh-cn', '找不到这一页', '回到封面'],
    ['zh-tw', '找不到這一頁', '回到封面'],
    ['zh-hk', '找不到這一頁', '回到封面'],
  ])(
    'an unknown address in %s answers 404 with its page in that script and the way back',
    async (edition, heading, back) => {
      expect(existsSync(`dist/${edition}/404.html`)).toBe(true);
      const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      const response = await page.goto(`${site.server.url}${edition}/no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await page.textContent('h1')).toBe(heading);
      expect(await page.getAttribute('html', 'lang')).toBe(
        { 'zh-cn': 'zh-CN', 'zh-tw': 'zh-TW', 'zh-hk': 'zh-HK' }[edition],
      );
      expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
      expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
      const home = page.locator('.not-found-home a');
      expect(await home.textContent()).toContain(back);
      expect(await home.getAttribute('href')).toBe(`/${edition}/`);
      const chapters = await page
        .locator('.not-found-chapters a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(chapters.length).toBeGreaterThanOrEqual(5);
      // every link on the page answers, the edition switcher's included (it leads to the covers)
      const links = await page.$$eval('a[href]', (as) =>
        as
          .map((a) => new URL((a as HTMLAnchorElement).href))
          .filter((u) => u.origin === location.origin && u.pathname !== location.pathname)
          .map((u) => u.href),
      );
      expect(links).toEqual(expect.arrayContaining(chapters));
      for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
      await page.close();
    },
  );

  it('the root 404 leads into each edition, each in its own script', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    const blocks = await page.locator('.not-found-edition').evaluateAll((sections) =>
      sections.map((s) => ({
        lang: s.getAttribute('lang'),
        heading: s.querySelector('h1, h2')!.textContent,
        href: s.querySelector('.not-found-home a')!.getAttribute('href'),
      })),
    );
    expect(blocks).toEqual([
      { lang: 'zh-CN', heading: '找不到这一页', href: '/zh-cn/' },
      { lang: 'zh-TW', heading: '找不到這一頁', href: '/zh-tw/' },
      { lang: 'zh-HK', heading: '找不到這一頁', href: '/zh-hk/' },
    ]);
    await page.close();
  });
});
