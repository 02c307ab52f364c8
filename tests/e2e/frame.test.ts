/**
 * The story's frame: citations resolve to source entries, every source is cited or listed
 * as background, the corrections page lists every correction the registry records, and
 * every page exists in all three editions.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './site.ts';
import { factStore } from '../../src/data/registry.ts';

const { corrections, facts, sources } = factStore();

const site = useSite('dist');
let page: Page;
beforeAll(async () => {
  page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
});

const editions = ['zh-cn', 'zh-tw', 'zh-hk'];
/** Pages of an edition in dist/: "" for the cover, then every folder with an index.html. */
const pagesOf = (edition: string) =>
  [
    '',
    ...readdirSync(join('dist', edition)).filter((d) =>
      existsSync(join('dist', edition, d, 'index.html')),
    ),
  ].sort();
const chapters = () => pagesOf('zh-cn').filter((p) => p && !['sources', 'corrections'].includes(p));

describe('pages', () => {
  it('every page exists in all three editions', () => {
    const pages = pagesOf('zh-cn');
    expect(pages).toEqual(expect.arrayContaining(['', 'sources', 'corrections', 'method']));
    expect(chapters().length).toBeGreaterThanOrEqual(2);
    for (const edition of editions) expect(pagesOf(edition)).toEqual(pages);
  });
});

describe('citations and sources', () => {
  it.each(editions)(
    'every citation and figure in %s links to an endnote of its chapter, whose sources are entries of the sources page',
    async (edition) => {
      await page.goto(`${site.server.url}${edition}/sources/`);
      const entries = new Set(await page.$$eval('[data-source]', (els) => els.map((e) => e.id)));
      for (const chapter of chapters()) {
        await page.goto(`${site.server.url}${edition}/${chapter}/`);
        const marks = await page.$$eval('article a[data-note]', (as) =>
          as.map((a) => {
            const url = new URL((a as HTMLAnchorElement).href);
            const note = document.getElementById(decodeURIComponent(url.hash.slice(1)));
            return {
              path: url.pathname,
              endnote: note?.closest('.chapter-sources') ? note.dataset.source : undefined,
              sources: a.getAttribute('data-note')!.split(' '),
            };
          }),
        );
        expect(marks.length, chapter).toBeGreaterThan(0);
        for (const mark of marks) {
          expect(mark.path, chapter).toBe(`/${edition}/${chapter}/`);
          expect(mark.endnote, `${chapter}: endnote of ${mark.sources[0]}`).toBe(mark.sources[0]);
          for (const id of mark.sources) expect(entries.has(id), `${chapter} → ${id}`).toBe(true);
        }
      }
    },
  );

  it('every source entry is cited by a chapter or listed as background', async () => {
    const cited = new Set<string>();
    for (const chapter of chapters()) {
      await page.goto(`${site.server.url}zh-cn/${chapter}/`);
      for (const ids of await page.$$eval('sup.cite a[data-note]', (as) =>
        as.map((a) => a.getAttribute('data-note')!),
      ))
        for (const id of ids.split(' ')) cited.add(id);
      for (const id of await page.$$eval('a[data-fact]', (as) =>
        as.map((a) => a.getAttribute('data-fact')!),
      )) {
        for (const s of facts.find((f) => f.id === id)!.sources) cited.add(s);
      }
    }
    await page.goto(`${site.server.url}zh-cn/sources/`);
    const listed = await page.$$eval('[data-source]', (els) =>
      els.map((e) => ({ id: e.id, background: e.hasAttribute('data-background') })),
    );
    expect(listed.length).toBeGreaterThan(5);
    // the five articles the story was first checked against are listed with the rest
    const articles = sources.filter((s) => s.kind === 'seed').map((s) => s.id);
    expect(articles).toHaveLength(5);
    for (const id of articles) expect(listed.map((s) => s.id)).toContain(id);
    for (const { id, background } of listed) {
      expect(
        cited.has(id),
        background
          ? `${id} is cited but listed as background`
          : `${id} is listed as cited but no chapter cites it`,
      ).toBe(!background);
    }
  });
});

describe('corrections', () => {
  it.each(editions)(
    'the %s corrections page lists every correction in the registry, with the seed text and the right value',
    async (edition) => {
      await page.goto(`${site.server.url}${edition}/corrections/`);
      const listed = await page.$$eval('[data-correction]', (els) =>
        els.map((e) => e.getAttribute('data-correction')),
      );
      const figures = facts.filter((f) => f.correction).map((f) => f.id);
      const statements = corrections.filter((c) => c.kind === 'error').map((c) => c.id);
      const conflicts = corrections.filter((c) => c.kind === 'conflict').map((c) => c.id);
      expect(figures.length).toBeGreaterThan(0);
      expect(listed).toEqual([...figures, ...statements, ...conflicts]);
      if (edition === 'zh-cn') {
        for (const title of ['说错的数字', '说错的人名、出处与说法', '说法之间的矛盾'])
          expect(await page.locator('h2', { hasText: title }).count()).toBe(1);
      }
      const first = page.locator('[data-correction]').first();
      expect(await first.locator('dd').count()).toBeGreaterThanOrEqual(3);
      // its first link goes to the widely shared article that said it
      const href = (await first.locator('dd a').first().getAttribute('href'))!;
      expect(href.startsWith(`/${edition}/sources/#`)).toBe(true);
      const articles = sources.filter((s) => s.kind === 'seed').map((s) => s.id);
      expect(articles).toContain(href.split('#')[1]);
    },
  );

  it('lists the 550万 rounding and the 5万/6万 estimate, each with the article’s words and the right reading', async () => {
    await page.goto(`${site.server.url}zh-cn/corrections/`);
    const cost = page.locator('#fix-v3-training-cost');
    expect(await cost.textContent()).toContain('550万美元');
    expect(await cost.locator('strong').textContent()).toBe('557.6万美元');
    const gpus = await page.locator('#fix-semianalysis-gpus').textContent();
    for (const part of ['5万张GPU', '约5万张', '6万张']) expect(gpus).toContain(part);
  });

  it('keeps the check off the reading line: no ※ in any chapter, and every chart note links to the page on circulating claims', async () => {
    const entries = new Set([
      ...facts.filter((f) => f.correction).map((f) => `fix-${f.id}`),
      ...corrections.map((c) => `fix-${c.id}`),
    ]);
    let notes = 0;
    for (const chapter of chapters()) {
      await page.goto(`${site.server.url}zh-cn/${chapter}/`);
      const prose = await page.$eval('article', (el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('table').forEach((t) => t.remove());
        return copy.textContent ?? '';
      });
      expect(prose, `${chapter}: ※ belongs to no reading line`).not.toContain('※');
      expect(prose, `${chapter}: 已更正 belongs in data tables, not in the text`).not.toContain(
        '已更正',
      );
      const figures = await page.$$eval('.figure-source', (els) =>
        els.map((f) => f.querySelector('.figure-claims')?.getAttribute('href') ?? ''),
      );
      for (const href of figures) {
        notes += 1;
        expect(href).toMatch(/^\/zh-cn\/corrections\//);
        const anchor = href.split('#')[1];
        if (anchor) expect(entries.has(anchor), href).toBe(true);
      }
    }
    expect(notes).toBeGreaterThan(0);
  });
  it('reaches the page on circulating claims from the sources page, under its reader-facing title', async () => {
    await page.goto(`${site.server.url}zh-cn/sources/`);
    const link = page.locator('article a[href="/zh-cn/corrections/"]').first();
    expect(await link.textContent()).toBe('流传说法核对');
    await page.goto(`${site.server.url}zh-cn/corrections/`);
    expect(await page.locator('h1').textContent()).toBe('流传说法核对');
  });
});
