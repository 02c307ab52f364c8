/**
 * Every scroll-driven chart of every chapter, in every edition, in a real Chromium: each
 * step puts the SVG in exactly the state the chart module lays out for it (same marks,
 * same labels in the edition's script); a window narrowed to a phone's width shows the phone layout in
 * the reader's step; with JavaScript off each chart shows its static state in both width classes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chaptersWithCharts, useSite, waitForStep } from './site.ts';
import { getChart } from '../../src/charts/index.ts';
import { converterFor } from '../../src/editions/convert/converters.ts';
import { WIDTH_CLASSES, type WidthClass } from '../../src/marks/types.ts';
import { factStore } from '../../src/data/registry.ts';

const site = useSite('dist');

const chapters = chaptersWithCharts();

/** Keys and texts of a chart's marks as drawn now in the SVG of one width class. */
function drawn(page: Page, chart: string, widthClass: WidthClass) {
  return page.$eval(
    `[data-scrolly="${chart}"] svg.chart[data-width-class="${widthClass}"]`,
    (svg) => {
      const marks = Array.from(svg.querySelectorAll('g.marks [data-key]'));
      return {
        keys: marks.map((m) => m.getAttribute('data-key')),
        texts: marks.filter((m) => m.tagName === 'text').map((m) => m.textContent),
      };
    },
  );
}

/** What the chart module lays out for a step and width class, texts in the edition's script. */
function expected(chart: string, step: number, edition: string, widthClass: WidthClass) {
  const def = getChart(chart, 'test');
  const marks = def.layout(def.load(factStore()), step, def.sizes[widthClass]);
  return {
    keys: marks.map((m) => m.key),
    texts: marks
      .filter((m) => m.kind === 'text')
      .map((m) => converterFor(edition).convert(m.text ?? '')),
  };
}

describe('every chart, every step, every edition', () => {
  it('has chapters with charts to check', () => expect(chapters.length).toBeGreaterThanOrEqual(1));

  for (const { slug, charts } of chapters) {
    it.each(['zh-cn', 'zh-tw', 'zh-hk'])(`${slug} in %s`, async (edition) => {
      const page = await site.browser.newPage({
        viewport: { width: 1280, height: 900 },
        reducedMotion: 'reduce',
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${site.server.url}${edition}/${slug}/`);
      for (const chart of charts) {
        const steps = getChart(chart, 'test').steps;
        const order = [
          ...Array.from({ length: steps }, (_, i) => i),
          ...Array.from({ length: steps - 1 }, (_, i) => steps - 2 - i),
        ];
        for (const step of order) {
          await page.$eval(`#${chart}-${step + 1}`, (el) =>
            window.scrollTo(
              0,
              el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
            ),
          );
          await waitForStep(page, chart, step);
          expect(await drawn(page, chart, 'wide'), `${chart} step ${step}`).toEqual(
            expected(chart, step, edition, 'wide'),
          );
        }
      }
      // a window narrowed to a phone's width shows the phone layout, caught up with the step the reader is at
      const [last] = charts.slice(-1);
      const step = 1;
      await page.$eval(`#${last}-${step + 1}`, (el) =>
        window.scrollTo(
          0,
          el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
        ),
      );
      await waitForStep(page, last!, step);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.$eval(`#${last}-${step + 1}`, (el) =>
        window.scrollTo(
          0,
          el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
        ),
      );
      await waitForStep(page, last!, step);
      expect(await drawn(page, last!, 'phone'), `${last} phone after narrowing`).toEqual(
        expected(last!, step, edition, 'phone'),
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it.each(['zh-cn', 'zh-tw', 'zh-hk'])(
    'without JavaScript every chart in %s shows its static state, caption and data table',
    async (edition) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const { slug, charts } of chapters) {
        await page.goto(`${site.server.url}${edition}/${slug}/`);
        for (const chart of charts) {
          const def = getChart(chart, 'test');
          for (const widthClass of WIDTH_CLASSES) {
            expect(await drawn(page, chart, widthClass), `${slug}/${chart} ${widthClass}`).toEqual(
              expected(chart, def.staticStep, edition, widthClass),
            );
          }
          const section = page.locator(`[data-scrolly="${chart}"]`);
          expect(await section.locator('.chart-caption').textContent()).toBe(
            converterFor(edition).convert(def.caption(def.load(factStore()))),
          );
          expect(await section.locator('.chart-data table tbody tr').count()).toBe(
            def.table(def.load(factStore())).rows.length,
          );
          expect(await section.locator('.figure-source a').count()).toBeGreaterThan(0);
        }
      }
      await context.close();
    },
  );
});
