/**
 * Accessibility (axe) and a clean console while scrolling, at phone, tablet and desktop sizes.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chaptersWithCharts, useSite } from './site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = useSite('dist');

/** A page that lets the test inject axe despite the site's Content-Security-Policy. */
async function axePage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await site.browser.newContext({ viewport, bypassCSP: true });
  return context.newPage();
}

/** axe violations on the page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return results;
}

const chapterSlugs = chaptersWithCharts().map((c) => c.slug);
const editions = ['zh-cn', 'zh-tw', 'zh-hk'];
/** Every chapter in every edition, plus the frame pages. */
const pages = [
  '',
  ...editions.flatMap((e) => [`${e}/`, ...chapterSlugs.map((s) => `${e}/${s}/`)]),
  'zh-tw/method/',
  'zh-hk/sources/',
  'zh-cn/corrections/',
];

describe('accessibility', () => {
  it.each(pages)('axe finds no violations on /%s', async (path) => {
    const page = await axePage({ width: 1440, height: 900 });
    await page.goto(`${site.server.url}${path}?choose`);
    const step = page.locator('.step').nth(1);
    if (await step.count()) await step.scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
  it('axe finds no violations on a phone, mid-scrolly', async () => {
    const page = await axePage({ width: 360, height: 740 });
    await page.goto(`${site.server.url}zh-tw/huanfang/#gpu-units-4`);
    await page.waitForTimeout(800);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('no console errors while scrolling', () => {
  it.each([
    [360, 740],
    [768, 1024],
    [1440, 900],
  ])('at %i×%i through every chapter in every edition', async (width, height) => {
    const page = await site.browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const path of editions.flatMap((e) => chapterSlugs.map((s) => `${e}/${s}/`))) {
      await page.goto(`${site.server.url}${path}`);
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < total; y += Math.round(height * 0.7)) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(25);
      }
      await page.setViewportSize({ width, height: Math.round(height * 0.85) });
      await page.waitForTimeout(250);
      await page.setViewportSize({ width, height });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
