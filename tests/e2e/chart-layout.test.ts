/**
 * Charts as a reader sees them at 360, 768 and 1440 px wide, in every edition, at every step: the SVG
 * shown is the one laid out for the screen's width class; no label overlaps another label or a data
 * mark (a label set inside its own box is allowed) or comes within 2 px of an axis or zero line; on a 360 px phone every chart text, tick labels
 * too, is at least 12 px; on a tablet (768 px) no text is over 16 px but headline numbers; on a 1440 px
 * desktop labels are 14–16 px and headline numbers at most 56 px. Sizes are measured as rendered (font
 * size × the SVG's scale on screen).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chaptersWithCharts, shownChart, useSite, waitForStep } from './site.ts';
import { getChart } from '../../src/charts/index.ts';

const site = useSite('dist');

const chapters = chaptersWithCharts();

/** What is wrong with the chart as drawn now: overlapping labels, labels on marks, type out of scale. */
function problems(page: Page, chart: string, width: number) {
  return page.$eval(
    shownChart(chart, width),
    (svg, width) => {
      if (!svg.getClientRects().length)
        return [`the ${svg.dataset.widthClass} layout is not shown at ${width} px`];
      const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
      const box = (e: Element) => e.getBoundingClientRect();
      // a text's ink: its line box less the space above and below the glyphs
      const ink = (e: SVGTextElement) => {
        const r = box(e);
        const font = Number(e.getAttribute('font-size')) * scale;
        return {
          key: e.dataset.key ?? '',
          left: r.left,
          right: r.right,
          top: r.bottom - font * 1.05,
          bottom: r.bottom - font * 0.1,
        };
      };
      const texts = Array.from(svg.querySelectorAll<SVGTextElement>('g.marks text')).filter((t) =>
        (t.textContent ?? '').trim(),
      );
      const shapes = Array.from(
        svg.querySelectorAll<SVGGraphicsElement>('g.marks rect, g.marks circle'),
      ).map((e) => ({ key: e.dataset.key ?? '', ...box(e).toJSON() }));
      type Box = { key: string; left: number; right: number; top: number; bottom: number };
      const cross = (a: Box, b: Box) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      const within = (a: Box, b: Box) =>
        a.left >= b.left - 1 &&
        a.right <= b.right + 1 &&
        a.top >= b.top - 1 &&
        a.bottom <= b.bottom + 1;
      const found: string[] = [];
      const inks = texts.map(ink);
      inks.forEach((a, i) =>
        inks
          .slice(i + 1)
          .forEach((b) => cross(a, b) && found.push(`label ${a.key} overlaps label ${b.key}`)),
      );
      inks.forEach((a) =>
        shapes.forEach(
          (s) =>
            cross(a, s) && !within(a, s) && found.push(`label ${a.key} overlaps mark ${s.key}`),
        ),
      );
      // axes and zero lines: no label's ink comes within 2 px of one
      const axes = Array.from(svg.querySelectorAll<SVGLineElement>('g.marks line.axis')).map(
        (e) => ({ key: e.dataset.key ?? '', ...box(e).toJSON() }),
      );
      const CLEAR = 2;
      inks.forEach((a) =>
        axes.forEach(
          (l) =>
            a.left - CLEAR < l.right &&
            a.right + CLEAR > l.left &&
            a.top - CLEAR < l.bottom &&
            a.bottom + CLEAR > l.top &&
            found.push(`label ${a.key} is within ${CLEAR} px of axis ${l.key}`),
        ),
      );
      for (const t of texts) {
        const px = Number(t.getAttribute('font-size')) * scale;
        const big = t.classList.contains('label-big');
        // [least, most] rendered px per screen: phone, tablet, desktop
        const [least, most] =
          width <= 360
            ? [12, big ? 40 : 16]
            : width < 1440
              ? [12, big ? 56 : 16]
              : [big ? 40 : 14, big ? 56 : 16];
        if (px < least - 0.01 || px > most + 0.01)
          found.push(`${t.dataset.key} is ${px.toFixed(1)} px (${least}–${most})`);
      }
      return found;
    },
    width,
  );
}

describe.each([360, 768, 1440])('charts at %i px', (width) => {
  for (const { slug, charts } of chapters) {
    it.each(['zh-cn', 'zh-tw', 'zh-hk'])(
      `${slug} in %s: labels apart, type in scale`,
      async (edition) => {
        const page = await site.browser.newPage({
          viewport: { width, height: width < 600 ? 740 : 900 },
          reducedMotion: 'reduce',
        });
        await page.goto(`${site.server.url}${edition}/${slug}/`);
        const found: string[] = [];
        for (const chart of charts) {
          for (let step = 0; step < getChart(chart, 'test').steps; step++) {
            await page.$eval(`#${chart}-${step + 1}`, (el) =>
              window.scrollTo(
                0,
                el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
              ),
            );
            await waitForStep(page, chart, step);
            found.push(
              ...(await problems(page, chart, width)).map((p) => `${chart} step ${step}: ${p}`),
            );
          }
        }
        expect(found).toEqual([]);
        await page.close();
      },
    );
  }
});
