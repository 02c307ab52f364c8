/**
 * A long chapter on a phone: a pinned chart far down is not laid out while the page loads
 * (src/styles/offscreen.css) and is drawn, at its step, when the reader reaches it; nothing on
 * screen moves while they scroll either way, a link to a far section lands on it, and print lays
 * out every chart. The page is drawn once all of it has arrived, in one layout, not a piece at a
 * time while the reader starts to scroll (src/layouts/Base.astro).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shownChart, useSite, waitForStep } from './site.ts';

const site = useSite('dist');
const PHONE = { width: 360, height: 740 };
/** The longest chapter, in the edition whose text is converted. */
const CHAPTER = 'zh-hk/launch/';

/** Collects layout shifts not caused by input from now on; returns their sum when called. */
async function watchShifts(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!e.hadRecentInput) w.shifts.push(e.value);
    }).observe({ type: 'layout-shift' });
  });
  return () =>
    page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
    );
}

/** Scrolls by `dy` px `times` times, a frame between each, as a reader's swipes would. */
async function swipe(page: Page, dy: number, times: number): Promise<void> {
  await page.evaluate(
    async ([dy, times]) => {
      const frame = () => new Promise((ok) => requestAnimationFrame(ok));
      for (let i = 0; i < times; i++) {
        window.scrollBy({ top: dy, behavior: 'instant' });
        await frame();
        await frame();
      }
    },
    [dy, times] as const,
  );
}

describe('a long chapter on a phone', () => {
  it('does not lay out a chart far down while loading, and draws it at its step when reached', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${CHAPTER}`, { waitUntil: 'load' });
    const last = page.locator('[data-scrolly]').last();
    const chart = await last.getAttribute('data-scrolly');
    // the chart inside a graphic whose contents are skipped is not drawn
    const drawn = () =>
      page
        .locator(shownChart(chart!, PHONE.width))
        .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    expect(await drawn()).toBe(false);
    await last.locator('.step').first().scrollIntoViewIfNeeded();
    await waitForStep(page, chart!, 0);
    await expect.poll(drawn).toBe(true);
    await page.close();
  });

  it('moves nothing on screen while the reader scrolls down it, and back up from a far section', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${CHAPTER}`, { waitUntil: 'load' });
    let shifts = await watchShifts(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await swipe(page, 500, Math.ceil(height / 500) + 10);
    expect(await shifts()).toBe(0);

    // a link to the last section lands on its heading; scrolling back up from there past the
    // charts, the text on screen stays where it is
    const id = await page
      .locator('.article .section-heading > h2')
      .last()
      .evaluate((h) => h.id);
    await page.close();
    const linked = await site.browser.newPage({ viewport: PHONE });
    await linked.goto(`${site.server.url}${CHAPTER}#${encodeURIComponent(id)}`, {
      waitUntil: 'load',
    });
    await linked.waitForTimeout(300);
    const top = await linked.locator(`[id="${id}"]`).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(150);
    shifts = await watchShifts(linked);
    await swipe(linked, -400, Math.ceil(height / 400) + 5);
    expect(await shifts()).toBe(0);
    await linked.close();
  });

  it('is drawn first with all of the chapter there, on a slow phone too', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // what the page holds when the browser first draws it
    await page.addInitScript(() => {
      const w = window as unknown as { firstFrame: { paragraphs: number; footer: boolean } };
      requestAnimationFrame(() => {
        w.firstFrame = {
          paragraphs: document.querySelectorAll('article p').length,
          footer: document.querySelector('.site-footer .link-row li:last-child') !== null,
        };
      });
    });
    await page.goto(`${site.server.url}${CHAPTER}`, { waitUntil: 'load' });
    const first = await page.evaluate(
      () =>
        (window as unknown as { firstFrame: { paragraphs: number; footer: boolean } }).firstFrame,
    );
    expect(first.paragraphs).toBe(await page.locator('article p').count());
    expect(first.footer).toBe(true);
    await page.close();
  });

  it('lays out every chart for print', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${CHAPTER}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // every chart print shows, the last one too, is laid out
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.scrolly-graphic svg.chart'))
        .filter((el) => el.checkVisibility())
        .map((el) => el.checkVisibility({ contentVisibilityAuto: true })),
    );
    expect(charts.length).toBeGreaterThan(1);
    expect(charts.every(Boolean)).toBe(true);
    await page.close();
  });
});
