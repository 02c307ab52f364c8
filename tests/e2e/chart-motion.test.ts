/**
 * Motion that explains, as a reader sees it between two steps read at reading pace: frames sampled
 * during every transition of every chart show no two visible labels on top of each other (leaving
 * labels go before entering ones show), and a headline number that changes alone counts in step with
 * its shapes, ending on the step's own figure.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chaptersWithCharts, shownChart, useSite, waitForStep } from './site.ts';
import { getChart } from '../../src/charts/index.ts';

const site = useSite('dist');

const chapters = chaptersWithCharts();

/** Scrolls so that step `index` (0-based) of `chart` sits in the reading zone. */
function scrollToStep(page: Page, chart: string, index: number): Promise<void> {
  return page.$eval(`#${chart}-${index + 1}`, (el) =>
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4),
  );
}

/** One sampled frame: the labels that overlapped in it, and whether anything was still changing. */
interface Frame {
  overlaps: string[];
  moving: boolean;
  texts: Record<string, string>;
}

/**
 * Starts sampling every animation frame of the chart shown for `ms` milliseconds; resolves with the
 * frames. Labels are compared by their ink (line box less the space above and below the glyphs), as
 * in chart-layout.test.ts; a label with opacity 0 is not seen.
 */
function sampleFrames(page: Page, selector: string, ms: number): Promise<Frame[]> {
  return page.$eval(
    selector,
    (svg, ms) =>
      new Promise<Frame[]>((done) => {
        const frames: Frame[] = [];
        const t0 = performance.now();
        const scale = () => (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
        const frame = () => {
          const texts = Array.from(svg.querySelectorAll<SVGTextElement>('g.marks text')).filter(
            (t) => (t.textContent ?? '').trim(),
          );
          const opacity = (t: Element) => Number(getComputedStyle(t).opacity);
          const inks = texts
            .filter((t) => opacity(t) > 0)
            .map((t) => {
              const r = t.getBoundingClientRect();
              const font = Number(t.getAttribute('font-size')) * scale();
              return {
                key: t.dataset.key ?? '',
                left: r.left,
                right: r.right,
                top: r.bottom - font * 1.05,
                bottom: r.bottom - font * 0.1,
              };
            });
          const overlaps: string[] = [];
          inks.forEach((a, i) =>
            inks.slice(i + 1).forEach((b) => {
              if (
                Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
                Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
              )
                overlaps.push(`${a.key} × ${b.key}`);
            }),
          );
          const moving =
            texts.some((t) => opacity(t) > 0 && opacity(t) < 1) ||
            svg.querySelector('g.marks [transform]') !== null;
          frames.push({
            overlaps,
            moving,
            texts: Object.fromEntries(texts.map((t) => [t.dataset.key ?? '', t.textContent ?? ''])),
          });
          if (performance.now() - t0 < ms) requestAnimationFrame(frame);
          else done(frames);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
}

describe.each([
  [360, 740, 'zh-cn'],
  [1440, 900, 'zh-tw'],
] as const)('transitions at %i px (%s)', (width, height, edition) => {
  for (const { slug, charts } of chapters) {
    it(`${slug}: no two labels overlap in any frame of any step change`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height } });
      await page.goto(`${site.server.url}${edition}/${slug}/`);
      const found: string[] = [];
      let animated = 0;
      for (const chart of charts) {
        const steps = getChart(chart, 'test').steps;
        await scrollToStep(page, chart, 0);
        await waitForStep(page, chart, 0);
        for (let step = 1; step < steps; step++) {
          // a reader who read the step before moving on
          await page.waitForTimeout(900);
          const frames = sampleFrames(page, shownChart(chart, width), 900);
          await scrollToStep(page, chart, step);
          const sampled = await frames;
          await waitForStep(page, chart, step);
          if (sampled.some((f) => f.moving)) animated++;
          for (const [i, f] of sampled.entries())
            for (const o of f.overlaps) found.push(`${chart} → step ${step}, frame ${i}: ${o}`);
        }
      }
      // the frames were taken while the charts moved, not before or after
      expect(animated).toBeGreaterThan(0);
      expect([...new Set(found)]).toEqual([]);
      await page.close();
    });
  }
});

describe('a headline number', () => {
  it('counts from 1100 to 5000 GPUs while the squares grow, and ends on the step’s figure', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await scrollToStep(page, 'gpu-units', 0);
    await waitForStep(page, 'gpu-units', 0);
    await page.waitForTimeout(900);
    const frames = sampleFrames(page, shownChart('gpu-units', 360), 900);
    await scrollToStep(page, 'gpu-units', 1);
    const seen = (await frames).map((f) => f.texts['big-number']);
    const counts = seen.map((t) => Number(/^(\d+)块$/.exec(t ?? '')?.[1]));
    expect(counts.every(Number.isFinite), seen.join(' ')).toBe(true);
    expect(counts[0]).toBe(1100);
    expect(counts.at(-1)).toBe(5000);
    // figures between the two were shown, rising and never falling back
    expect(counts.filter((n) => n > 1100 && n < 5000).length).toBeGreaterThan(2);
    expect(counts.every((n, i) => i === 0 || n >= counts[i - 1]!)).toBe(true);
    await page.close();
  });
});
