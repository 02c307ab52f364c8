/**
 * What a graphics desk checks on every chart page, in a real Chromium: at 1440 × 900 the scrolly
 * graphic is drawn 640–760 px wide with its title above it at the top left; no note, source line or
 * data-table cell is ever under the pinned graphic (hit-tested at 360 × 740 and 1440 × 900, with
 * JavaScript on and off); data tables scroll in their own box and keep numbers on one line; and each
 * entity of the colour language (DeepSeek, NVIDIA and losses, others, estimates) is drawn in one
 * colour in every chart and every step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chaptersWithCharts, shownChart, useSite, waitForStep } from './site.ts';
import { getChart } from '../../src/charts/index.ts';

const site = useSite('dist');
const chapters = chaptersWithCharts();

/** Scrolls so that step `step` of `chart` is the reader's, and waits for the chart to show it. */
async function toStep(page: Page, chart: string, step: number): Promise<void> {
  await page.$eval(`#${chart}-${step + 1}`, (el) =>
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4),
  );
  await waitForStep(page, chart, step);
}

describe('the desktop graphic', () => {
  for (const { slug, charts } of chapters)
    it(`${slug}: 640–760 px wide at 1440 × 900, its title at the top left above the chart, lined up with the drawing`, async () => {
      const page = await site.browser.newPage({
        viewport: { width: 1440, height: 900 },
        reducedMotion: 'reduce',
      });
      await page.goto(`${site.server.url}zh-cn/${slug}/`);
      for (const chart of charts) {
        await toStep(page, chart, 0);
        const drawn = await page.$eval(shownChart(chart, 1440), (svg) => {
          const s = svg as SVGSVGElement;
          const head = s.closest('figure')!.querySelector('.chart-head')!.getBoundingClientRect();
          const box = s.getBoundingClientRect();
          return {
            width: s.viewBox.baseVal.width * (s.getScreenCTM()?.a ?? 0),
            titleAbove: head.bottom <= box.top + 1,
            titleLeft: Math.abs(head.left - box.left) < 1,
            // the title's first character against the drawing's leftmost mark
            inset: (() => {
              const range = document.createRange();
              range.selectNodeContents(s.closest('figure')!.querySelector('.chart-caption')!);
              const marks = [...s.querySelectorAll('.marks [data-key]')].map(
                (m) => m.getBoundingClientRect().left,
              );
              return Math.min(...marks) - range.getBoundingClientRect().left;
            })(),
            titleSize: parseFloat(
              getComputedStyle(s.closest('figure')!.querySelector('.chart-head')!).fontSize,
            ),
          };
        });
        expect(drawn.width, chart).toBeGreaterThanOrEqual(640);
        expect(drawn.width, chart).toBeLessThanOrEqual(760);
        expect(drawn, chart).toMatchObject({ titleAbove: true, titleLeft: true });
        // the title lines up with the drawing, not with the frame's empty margin (16–26 px of it
        // before); an end-anchored label's edge is estimated on the wide side at build time, so
        // that nothing is clipped, and may sit a few px right of the title
        expect(drawn.inset, chart).toBeGreaterThanOrEqual(-1);
        expect(drawn.inset, chart).toBeLessThanOrEqual(8);
        expect(drawn.titleSize, chart).toBeGreaterThanOrEqual(15);
      }
      await page.close();
    });
});

describe.each([
  [360, 740, true],
  [1440, 900, true],
  [360, 740, false],
  [1440, 900, false],
])('notes, sources and tables at %i × %i (JavaScript %s)', (width, height, js) => {
  for (const { slug, charts } of chapters)
    it(`${slug}: every note, source line and table cell is the element a reader's tap lands on`, async () => {
      const context = await site.browser.newContext({
        viewport: { width, height },
        javaScriptEnabled: js,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${site.server.url}zh-cn/${slug}/`);
      const covered: string[] = [];
      for (const chart of charts) {
        const notes = page.locator(`[data-scrolly="${chart}"] .chart-notes`);
        await notes.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const targets = notes.locator('.chart-notes-source, .chart-description, th, td');
        const count = await targets.count();
        for (let i = 0; i < count; i++) {
          const hit = await targets.nth(i).evaluate((el) => {
            el.scrollIntoView({ block: 'center', inline: 'center' });
            const r = el.getBoundingClientRect();
            const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            const wrapped =
              el.tagName === 'TD' || el.tagName === 'TH'
                ? el.scrollHeight <= el.clientHeight + 1
                : true;
            return {
              on: Boolean(at && (el === at || el.contains(at))),
              text: el.textContent?.slice(0, 20),
              wrapped,
            };
          });
          if (!hit.on) covered.push(`${chart}: "${hit.text}" is covered`);
        }
        // a table wider than the screen scrolls in its own box, never past the page's edge
        const overflow = await notes.locator('.table-scroll').evaluate((box) => ({
          scrolls: getComputedStyle(box).overflowX,
          right: box.getBoundingClientRect().right,
        }));
        expect(overflow.scrolls).toBe('auto');
        expect(overflow.right).toBeLessThanOrEqual(width);
        // numbers, dates and status words stay on one line: their text makes one line box
        const wrapped = await notes.locator('td.table-figure').evaluateAll((cells) =>
          cells
            .filter((c) => {
              const range = document.createRange();
              range.selectNodeContents(c);
              return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1;
            })
            .map((c) => c.textContent),
        );
        expect(wrapped, chart).toEqual([]);
      }
      expect(covered).toEqual([]);
      await context.close();
    });
});

describe('one colour per entity', () => {
  it('DeepSeek, NVIDIA and losses, others and estimates keep one colour each, in every chart and step, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const fills = new Map<string, Set<string>>();
      for (const { slug, charts } of chapters) {
        const page = await site.browser.newPage({
          viewport: { width: 1440, height: 900 },
          reducedMotion: 'reduce',
          colorScheme: scheme,
        });
        await page.goto(`${site.server.url}zh-cn/${slug}/`);
        for (const chart of charts)
          for (let step = 0; step < getChart(chart, 'test').steps; step++) {
            await toStep(page, chart, step);
            const seen = await page.$eval(shownChart(chart, 1440), (svg) =>
              Array.from(svg.querySelectorAll('g.marks :is(rect, circle)')).flatMap((m) => {
                const entity = ['mark-deepseek', 'mark-loss', 'mark-other', 'mark-estimate'].find(
                  (c) => m.classList.contains(c),
                );
                if (!entity) return [];
                const style = getComputedStyle(m);
                // a hollow mark shows its colour in its outline, a filled one in its fill
                const paint = m.classList.contains('mark-hollow') ? style.stroke : style.fill;
                return [[entity, paint] as const];
              }),
            );
            for (const [entity, paint] of seen) {
              if (!fills.has(entity)) fills.set(entity, new Set());
              fills.get(entity)!.add(paint);
            }
          }
        await page.close();
      }
      const colours = [...fills.entries()].map(
        ([entity, paints]) => [entity, [...paints]] as const,
      );
      for (const [entity, paints] of colours) expect(paints, `${scheme} ${entity}`).toHaveLength(1);
      const all = colours.map(([, paints]) => paints[0]);
      expect(new Set(all).size, `${scheme}: two entities share a colour`).toBe(all.length);
      expect(fills.size).toBe(4);
    }
  });
});
