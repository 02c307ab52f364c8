/**
 * The annotation layer as a reader meets it, in a real Chromium: figures read as plain text (no
 * underline), no citation or status mark starts a line and no figure breaks across two (measured
 * on the rendered lines of every chapter, in three editions, on a 360 px phone and a 1440 px
 * desktop), neighbouring citations are one mark in ascending order, and a note opens in place
 * with JavaScript and leads to the source without it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './site.ts';
import { chapterTargets } from '../../scripts/chapter-pdfs.ts';

const site = useSite('dist');
const editions = ['zh-cn', 'zh-tw', 'zh-hk'] as const;
const chapters = chapterTargets('dist')
  .filter((t) => t.edition === 'zh-cn')
  .map((t) => t.slug);

/** Marks that start a line and figures broken across lines on the page as laid out now. */
function lineStarts(page: Page) {
  return page.evaluate(() => {
    const block = (el: Element) => el.closest('p, li, td, th, figcaption, blockquote, .step, dd')!;
    /** The rect of the last visible character before `el` inside its block. */
    const previousChar = (el: Element): DOMRect | undefined => {
      const walker = document.createTreeWalker(block(el), NodeFilter.SHOW_TEXT);
      let last: DOMRect | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (
          el.contains(node) ||
          !(el.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)
        )
          continue;
        const text = node.textContent ?? '';
        for (let i = text.length - 1; i >= 0; i--) {
          if (/[\s\u2060]/.test(text[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width > 0) last = rect;
          break;
        }
      }
      return last;
    };
    const starts: string[] = [];
    const marks = document.querySelectorAll(
      'article sup.cite, article .fact-mark, article .fact-fix',
    );
    for (const mark of marks) {
      const rect = mark.getClientRects()[0];
      if (!rect || rect.width === 0) continue; // not shown at this width (a hidden chart layout)
      const before = previousChar(mark);
      if (before && rect.top + rect.height / 2 > before.bottom)
        starts.push(`${mark.textContent} after “${block(mark).textContent!.slice(0, 20)}…”`);
    }
    const broken = [...document.querySelectorAll('article .figure')]
      .filter((f) => f.getClientRects().length > 1)
      .map((f) => f.textContent!);
    return { marks: marks.length, starts, broken };
  });
}

describe('figures and citations in running text', () => {
  it('there are chapters with figures and citations to measure', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(6);
  });

  for (const width of [360, 1440]) {
    it.each(editions)(
      `no citation or status mark starts a line and no figure breaks, at ${width} px, in %s`,
      async (edition) => {
        const context = await site.browser.newContext({
          viewport: { width, height: 900 },
          javaScriptEnabled: false,
        });
        const page = await context.newPage();
        let marks = 0;
        for (const chapter of chapters) {
          await page.goto(`${site.server.url}${edition}/${chapter}/`);
          const found = await lineStarts(page);
          marks += found.marks;
          expect(found.starts, `${chapter}: marks that start a line`).toEqual([]);
          expect(found.broken, `${chapter}: figures broken across lines`).toEqual([]);
        }
        expect(marks).toBeGreaterThan(100);
        await context.close();
      },
    );
  }

  it('a figure reads as plain text: the colour and weight of its sentence, no underline until hover', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-tw/launch/`);
    const fact = page.locator('article > p a.fact').first();
    const style = () =>
      fact.evaluate((a) => {
        const own = getComputedStyle(a);
        const text = getComputedStyle(a.closest('p')!);
        return {
          sameColour: own.color === text.color,
          underline: own.textDecorationLine,
        };
      });
    expect(await style()).toEqual({ sameColour: true, underline: 'none' });
    await fact.hover();
    expect((await style()).underline).toBe('underline');
    await page.close();
  });

  it('neighbouring citations are one mark, numbers ascending, runs joined by an en dash', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    const groups = await page.$$eval('article sup.cite', (sups) =>
      sups.map((s) => s.textContent!.replace('\u2060', '')),
    );
    expect(groups.length).toBeGreaterThan(10);
    for (const group of groups) {
      expect(group).toMatch(/^\[\d+(–\d+)?(,\d+(–\d+)?)*\]$/);
      const firsts = group
        .slice(1, -1)
        .split(',')
        .map((run) => Number(run.split('–')[0]));
      expect(firsts, group).toEqual([...firsts].sort((a, b) => a - b));
    }
    // no two marks side by side anywhere
    expect(
      await page.$$eval(
        'article sup.cite + sup.cite',
        (pairs) =>
          pairs.filter((s) => !s.previousSibling || s.previousSibling.nodeType !== 3).length,
      ),
    ).toBe(0);
    await page.close();
  });
});

describe('a note opens in place', () => {
  it.each([
    ['a citation', 'zh-tw', 'article > p sup.cite a'],
    ['a figure', 'zh-hk', 'article > p a.fact'],
  ])(
    '%s, with JavaScript: its source, date and the full list, beside it; Escape closes it',
    async (_, edition, selector) => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${site.server.url}${edition}/shock/`);
      const mark = page.locator(selector).first();
      await mark.scrollIntoViewIfNeeded();
      const sources = (await mark.getAttribute('data-note'))!.split(' ');
      const url = page.url();
      await mark.click();
      const note = page.locator('.source-note');
      await note.waitFor();
      expect(page.url()).toBe(url); // no jump
      const endnote = page.locator(`li[data-source="${sources[0]}"]`);
      const title = (await endnote.locator('.source-title').textContent())!;
      expect(await note.textContent()).toContain(title);
      expect(await note.textContent()).toMatch(/\d{4}年/);
      expect(await note.locator('.source-note-more').getAttribute('href')).toBe(
        `/${edition}/sources/#${sources[0]}`,
      );
      const [at, box] = [await mark.boundingBox(), await note.boundingBox()];
      // in place: just below the mark (or just above it, near the bottom of the screen)
      const below = box!.y - (at!.y + at!.height);
      const above = at!.y - (box!.y + box!.height);
      expect(Math.max(below, above)).toBeGreaterThanOrEqual(0);
      expect(Math.max(below, above)).toBeLessThan(20);
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await mark.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await note.count()).toBe(0);
      expect(await mark.evaluate((a) => a === document.activeElement)).toBe(true);
      await page.close();
    },
  );

  it('without JavaScript, a citation leads to its source among the endnotes', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh-cn/shock/`);
    const mark = page.locator('article > p sup.cite a').first();
    const source = (await mark.getAttribute('data-note'))!.split(' ')[0]!;
    await mark.click();
    await page.waitForURL(new RegExp(`#source-${source}$`));
    const endnote = page.locator(':target');
    expect(await endnote.getAttribute('data-source')).toBe(source);
    expect(await endnote.isVisible()).toBe(true);
    const box = (await endnote.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(740);
    expect(await endnote.locator('a.source-url').count()).toBeLessThanOrEqual(1);
    await context.close();
  });
});
