/**
 * Chapter 1's scrollies in a real Chromium, in all three editions: each step puts the chart
 * in that step's state, scrolling back reverses it, reloads and anchor jumps land right,
 * the keyboard steps through, reduced motion is instant, and no JavaScript still shows
 * every text and the static charts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shownChart, useSite, waitForStep } from './site.ts';
import { timeline } from '../../src/charts/timeline.ts';
import { gpuUnits } from '../../src/charts/gpu-units.ts';
import { debates } from '../../src/charts/debates.ts';
import { smSplit } from '../../src/charts/sm-split.ts';
import { formatAttr } from '../../src/marks/render-svg.ts';
import { converterFor } from '../../src/editions/convert/converters.ts';
import { factStore } from '../../src/data/registry.ts';

const site = useSite('dist');

const editionIds = ['zh-cn', 'zh-tw', 'zh-hk'] as const;
type EditionId = (typeof editionIds)[number];

/** Scrolls from the step with id `from` to the one with id `to` at 3,000 px/s, one position a frame, as a thumb flinging would. */
async function fling(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    async ([fromId, toId]) => {
      const y = (id: string) =>
        document.getElementById(id)!.getBoundingClientRect().top +
        window.scrollY -
        window.innerHeight * 0.4;
      // a run-up from above the first step: a fling is already fast when it reaches the next step
      const [start, end, t0] = [y(fromId) - 150, y(toId) + 20, performance.now()];
      for (;;) {
        const at = Math.min(end, start + ((performance.now() - t0) / 1000) * 3000);
        window.scrollTo(0, at);
        await new Promise((ok) => requestAnimationFrame(ok));
        if (at >= end) break;
      }
    },
    [from, to] as const,
  );
}

/** What the SVG of a chart that the reader sees shows now. */
async function chartState(page: Page, chart: string) {
  return page.$eval(shownChart(chart, page.viewportSize()!.width), (svg) => {
    const marks = Array.from(svg.querySelectorAll('g.marks [data-key]'));
    return {
      step: Number((svg as SVGSVGElement).dataset.step),
      keys: marks.map((m) => m.getAttribute('data-key') ?? ''),
      classes: marks.map((m) => m.getAttribute('class') ?? ''),
      texts: marks.filter((m) => m.tagName === 'text').map((m) => m.textContent ?? ''),
      xs: marks.map((m) => m.getAttribute('x') ?? m.getAttribute('cx') ?? ''),
    };
  });
}

/** Scrolls so that step `index` (0-based) of `chart` sits in the reading zone, and waits for its state. */
async function scrollToStep(page: Page, chart: string, index: number): Promise<void> {
  await page.$eval(`#${chart}-${index + 1}`, (el) =>
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4),
  );
  await waitForStep(page, chart, index);
}

const timelineData = timeline.load(factStore());
const gpuData = gpuUnits.load(factStore());
/** Texts the build laid out for a step, in an edition's script. */
const expectedTexts = (marks: ReturnType<typeof timeline.layout>, edition: EditionId) =>
  marks.filter((m) => m.kind === 'text').map((m) => converterFor(edition).convert(m.text ?? ''));

describe.each(editionIds)('chapter 1 in %s', (edition) => {
  it('the timeline shows one more event per step and highlights it, down and back up', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 1440, height: 900 },
      reducedMotion: 'reduce',
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.server.url}${edition}/huanfang/`);
    const order = [0, 1, 2, 3, 4, 5, 6, 5, 3, 0];
    for (const step of order) {
      await scrollToStep(page, 'timeline', step);
      const state = await chartState(page, 'timeline');
      const dots = state.keys.filter((k) => k.startsWith('event-dot-'));
      expect(dots).toHaveLength(step + 1);
      const event = timelineData.events[step]!;
      const active = await page.$$eval(`${shownChart('timeline', 1440)} text.is-active`, (ts) =>
        ts.map((t) => t.textContent),
      );
      expect(active).toEqual([
        converterFor(edition).convert(event.dateText),
        converterFor(edition).convert(event.label),
      ]);
    }
    if (edition !== 'zh-cn') {
      await scrollToStep(page, 'timeline', 3);
      expect((await chartState(page, 'timeline')).texts.join('')).toContain('螢火一號');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the GPU unit chart grows 11 → 50 → 100 squares, then sets 2048 H800s against them', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${site.server.url}${edition}/huanfang/`);
    const grid = (s: Awaited<ReturnType<typeof chartState>>, cls: string) =>
      s.keys.filter((k, i) => k.startsWith('grid-') && s.classes[i]!.includes(cls)).length;
    const counts = [11, 50, 100];
    for (const step of [0, 1, 2]) {
      await scrollToStep(page, 'gpu-units', step);
      const s = await chartState(page, 'gpu-units');
      expect(grid(s, 'mark-deepseek')).toBe(counts[step]);
      expect(s.keys.filter((k) => k.startsWith('cmp-'))).toHaveLength(0);
    }
    await scrollToStep(page, 'gpu-units', 3);
    const last = await chartState(page, 'gpu-units');
    expect(grid(last, 'mark-deepseek')).toBe(100);
    expect(last.keys.filter((k) => k.startsWith('cmp-'))).toHaveLength(21);
    expect(last.texts).toContain(
      converterFor(edition).convert(
        gpuUnits.layout(gpuData, 3, gpuUnits.sizes.phone).find((m) => m.key === 'big-number')!
          .text!,
      ),
    );
    await scrollToStep(page, 'gpu-units', 0);
    const back = await chartState(page, 'gpu-units');
    expect(grid(back, 'mark-deepseek')).toBe(11);
    expect(back.keys.filter((k) => k.startsWith('cmp-'))).toHaveLength(0);
    await page.close();
  });
});

describe('landing in the right state', () => {
  it('a link to a step and a reload there restore that step', async () => {
    const page = await site.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await page.goto(`${site.server.url}zh-tw/huanfang/#timeline-5`);
    await waitForStep(page, 'timeline', 4);
    await page.reload();
    await waitForStep(page, 'timeline', 4);
    const state = await chartState(page, 'timeline');
    expect(state.keys.filter((k) => k.startsWith('event-dot-'))).toHaveLength(5);
    await page.close();
  });

  it('a fast fling past several steps lands on the step in view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await scrollToStep(page, 'timeline', 0);
    await page.$eval('#timeline-6', (el) =>
      window.scrollTo({
        top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
        behavior: 'instant',
      }),
    );
    await waitForStep(page, 'timeline', 5);
    await page.waitForTimeout(900);
    expect((await chartState(page, 'timeline')).keys).toEqual(
      timeline.layout(timelineData, 5, timeline.sizes.wide).map((m) => m.key),
    );
    await page.close();
  });

  it('a chart carried past while off screen shows the step in view when the reader comes back to it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await page.waitForTimeout(300);
    // one jump to the end of the chapter, far past the GPU unit chart, then one back into its last step
    await page.evaluate(() =>
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
    );
    await page.waitForTimeout(500);
    await page.$eval('#gpu-units-4', (el) =>
      window.scrollTo({
        top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
        behavior: 'instant',
      }),
    );
    await waitForStep(page, 'gpu-units', 3);
    const state = await chartState(page, 'gpu-units');
    expect(
      state.keys.filter(
        (k, i) => k.startsWith('grid-') && state.classes[i]!.includes('mark-deepseek'),
      ),
    ).toHaveLength(100);
    await page.close();
  });

  it('a resize across 960 px moves the line at which scrollama fires the steps', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 1440, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await scrollToStep(page, 'timeline', 1);
    // below 960 px the trigger line is 80% down the screen instead of 60% (src/styles/scrolly.css)
    await page.setViewportSize({ width: 900, height: 900 });
    await page.waitForTimeout(400);
    // only scrollama reports from here on: the steps read when a scroll ends are kept from the page
    await page.evaluate(() =>
      window.addEventListener('scrollend', (e) => e.stopImmediatePropagation(), { capture: true }),
    );
    /** Scrolls at reading pace until step 3's top is `y` px down the screen. */
    const bringStep3To = (y: number) =>
      page.$eval(
        '#timeline-3',
        async (el, target) => {
          for (;;) {
            const top = el.getBoundingClientRect().top;
            if (Math.abs(top - target) < 1) break;
            window.scrollBy(0, Math.sign(top - target) * Math.min(20, Math.abs(top - target)));
            await new Promise((ok) => requestAnimationFrame(ok));
          }
          await new Promise((ok) => setTimeout(ok, 300));
        },
        y,
      );
    const active = () => page.$eval('[data-scrolly="timeline"]', (s) => s.dataset.activeStep);
    await bringStep3To(900);
    expect(await active()).toBe('1');
    // between the old line (540 px) and the new one (720 px): past the new line, so step 3 is on
    await bringStep3To(660);
    expect(await active()).toBe('2');
    await page.close();
  });

  it('the keyboard moves to the next and previous step', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 1440, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await scrollToStep(page, 'gpu-units', 0);
    await page.focus('#gpu-units-1');
    await page.keyboard.press('ArrowDown');
    await waitForStep(page, 'gpu-units', 1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gpu-units-2');
    await page.keyboard.press('ArrowDown');
    await waitForStep(page, 'gpu-units', 2);
    await page.keyboard.press('ArrowUp');
    await waitForStep(page, 'gpu-units', 1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gpu-units-2');
    await page.close();
  });
});

describe('motion', () => {
  it('animates between steps normally, and not at all under reduced motion', async () => {
    const sample = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await site.browser.newPage({
        viewport: { width: 1440, height: 900 },
        reducedMotion,
      });
      await page.goto(`${site.server.url}zh-cn/huanfang/`);
      await scrollToStep(page, 'gpu-units', 0);
      // a reader who reads the step before moving on (two jumps in a row would read as a fling)
      await page.waitForTimeout(400);
      await page.$eval('#gpu-units-2', (el) =>
        window.scrollTo(
          0,
          el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
        ),
      );
      await waitForStep(page, 'gpu-units', 1);
      const opacities = await page.$$eval(
        `${shownChart('gpu-units', 1440)} [data-key^="grid-"]`,
        (els) => els.map((e) => Number(e.getAttribute('opacity') ?? 1)),
      );
      await page.close();
      return opacities;
    };
    const reduced = await sample('reduce');
    expect(reduced).toHaveLength(50);
    expect(reduced.every((o) => o === 1)).toBe(true);
    const moving = await sample('no-preference');
    expect(moving.some((o) => o < 1)).toBe(true);
  });
});

describe('transitions', () => {
  it('a fling past a step shows its state at once', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-cn/huanfang/`);
    await scrollToStep(page, 'gpu-units', 0);
    await page.waitForTimeout(900);
    // scroll from step 1 to step 2 as a thumb flinging would
    await fling(page, 'gpu-units-1', 'gpu-units-2');
    await waitForStep(page, 'gpu-units', 1);
    const opacities = await page.$$eval(
      `${shownChart('gpu-units', 360)} [data-key^="grid-"]`,
      (els) => els.map((e) => e.getAttribute('opacity')),
    );
    expect(opacities).toHaveLength(50);
    expect(opacities.every((o) => o === null)).toBe(true);
    await page.close();
  });

  it('colours a fling brings show at once, while a step read at reading pace fades them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-cn/launch/`);
    await scrollToStep(page, 'sm-split', 0);
    await page.waitForTimeout(900);
    // the cores that change colour from step 1 to step 2: the communication cores take DeepSeek's colour
    const [before, next] = [0, 1].map((s) =>
      smSplit.layout(smSplit.load(factStore()), s, smSplit.sizes.phone),
    );
    const recoloured = next!
      .filter((m) => m.kind === 'rect')
      .filter((m) => {
        const was = before!.find((b) => b.key === m.key);
        return was !== undefined && was.className !== m.className;
      })
      .map((m) => m.key);
    expect(recoloured.length).toBeGreaterThan(0);
    // fling from step 1 to step 2
    await fling(page, 'sm-split-1', 'sm-split-2');
    await waitForStep(page, 'sm-split', 1);
    const svg = shownChart('sm-split', 360);
    /** The colours the recoloured cores show now, and how many CSS transitions run in the chart. */
    const seen = () =>
      page.$eval(
        svg,
        (el, keys) => ({
          fills: keys.map((k) => getComputedStyle(el.querySelector(`[data-key="${k}"]`)!).fill),
          running: el.getAnimations({ subtree: true }).length,
        }),
        recoloured,
      );
    const atOnce = await seen();
    expect(atOnce.running).toBe(0);
    await page.waitForTimeout(600);
    expect((await seen()).fills).toEqual(atOnce.fills);
    expect(new Set(atOnce.fills).size).toBe(1);
    // back to step 1 at reading pace: the cores fade back to the context colour
    await page.waitForTimeout(400);
    await scrollToStep(page, 'sm-split', 0);
    const reading = await seen();
    expect(reading.running).toBeGreaterThan(0);
    await page.waitForTimeout(900);
    const after = await seen();
    expect(after.running).toBe(0);
    expect(new Set(after.fills).size).toBe(1);
    expect(after.fills[0]).not.toBe(atOnce.fills[0]);
    await page.close();
  });

  /** Every mark of a chart as drawn: key, element, class, attributes and text, and how many of them (or their wrappers) still have a transform. */
  const drawnMarks = (page: Page, chart: string) =>
    page.$eval(shownChart(chart, page.viewportSize()!.width), (svg) => ({
      marks: Array.from(svg.querySelectorAll('g.marks [data-key]'), (el) => ({
        key: el.getAttribute('data-key'),
        kind: el.tagName,
        className: el.getAttribute('class'),
        attrs: Object.fromEntries(
          el
            .getAttributeNames()
            .filter((n) => n !== 'data-key' && n !== 'class')
            .sort()
            .map((n) => [n, el.getAttribute(n)]),
        ),
        text: el.tagName === 'text' ? el.textContent : null,
      })),
      translated: svg.querySelectorAll('g.marks [transform]').length,
    }));
  /** The same, as the chart module lays out a step for a phone (these tests read at 360 px). */
  const laidOut = (step: number) =>
    debates.layout(debates.load(factStore()), step, debates.sizes.phone).map((m) => ({
      key: m.key,
      kind: m.kind,
      className: m.className ?? null,
      attrs: Object.fromEntries(
        Object.entries(m.attrs)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([n, v]) => [n, formatAttr(v)]),
      ),
      text: m.kind === 'text' ? (m.text ?? '') : null,
    }));

  it('text slides as a whole (its wrapper translates) instead of being moved frame by frame', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-cn/debates/`);
    await scrollToStep(page, 'debates', 0);
    await page.waitForTimeout(900);
    // record every attribute the next transition writes
    await page.$eval(shownChart('debates', 360), (svg) => {
      const log: { tag: string; key: string | null; name: string; value: string | null }[] = [];
      (window as unknown as { writes: typeof log }).writes = log;
      new MutationObserver((records) => {
        for (const r of records)
          log.push({
            tag: (r.target as Element).tagName,
            key: (r.target as Element).getAttribute('data-key'),
            name: r.attributeName ?? '',
            value: (r.target as Element).getAttribute(r.attributeName ?? ''),
          });
      }).observe(svg, { attributes: true, subtree: true });
    });
    await scrollToStep(page, 'debates', 1);
    await page.waitForTimeout(900);
    const writes = await page.evaluate(
      () =>
        (
          window as unknown as {
            writes: { tag: string; key: string | null; name: string; value: string | null }[];
          }
        ).writes,
    );
    const slides = writes.filter((w) => w.tag === 'g' && w.name === 'transform' && w.value);
    expect(slides.length).toBeGreaterThan(10);
    // a text's position is written once, at the start, not on every frame
    const before = new Map(laidOut(0).map((m) => [m.key, m]));
    const moving = laidOut(1).filter(
      (m) => m.kind === 'text' && before.has(m.key) && m.attrs.y !== before.get(m.key)!.attrs.y,
    );
    expect(moving.length).toBeGreaterThan(3);
    for (const { key } of moving)
      expect(
        writes.filter((w) => w.key === key && w.name === 'y'),
        key!,
      ).toHaveLength(1);
    expect(await drawnMarks(page, 'debates')).toEqual({ marks: laidOut(1), translated: 0 });
    await page.close();
  });

  it('a step reached while the last transition still runs is shown at once, so a fast reader is never behind', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-cn/debates/`);
    await scrollToStep(page, 'debates', 0);
    await page.waitForTimeout(900);
    const midway = await page.evaluate(async () => {
      const to = (id: string) => {
        const el = document.getElementById(id)!;
        window.scrollTo(
          0,
          el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4,
        );
      };
      const frame = () => new Promise((ok) => requestAnimationFrame(ok));
      to('debates-2');
      await frame();
      await frame();
      const sliding = document.querySelectorAll(
        '[data-scrolly="debates"] svg[data-width-class="phone"] g.marks [transform]',
      ).length;
      to('debates-3');
      return sliding;
    });
    expect(midway).toBeGreaterThan(0);
    await waitForStep(page, 'debates', 2);
    expect(await drawnMarks(page, 'debates')).toEqual({ marks: laidOut(2), translated: 0 });
    await page.close();
  });

  it('every transition ends exactly in its step’s state, also when the next step interrupts it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}zh-cn/debates/`);
    for (const step of [0, 2, 4, 1, 5, 3]) await scrollToStep(page, 'debates', step);
    await page.waitForTimeout(1000);
    expect(await drawnMarks(page, 'debates')).toEqual({ marks: laidOut(3), translated: 0 });
    await scrollToStep(page, 'debates', 5);
    await page.waitForTimeout(1000);
    expect(await drawnMarks(page, 'debates')).toEqual({ marks: laidOut(5), translated: 0 });
    await page.close();
  });
});

describe('without JavaScript', () => {
  // every step and figure the chapter's author wrote, counted in its source
  const source = readFileSync('content/chapters/01-huanfang.mdx', 'utf8');
  const authoredSteps = source.match(/<Step[\s>]/g)?.length ?? 0;
  const authoredFigures = source.match(/<(Scrolly|Chart)\s/g)?.length ?? 0;

  it.each(editionIds)('%s shows all text, every step and the static charts', async (edition) => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${edition}/huanfang/`);
    expect(authoredSteps).toBeGreaterThanOrEqual(11);
    expect(await page.locator('.step').count()).toBe(authoredSteps);
    const timelineState = await chartState(page, 'timeline');
    expect(timelineState.step).toBe(timeline.staticStep);
    expect(timelineState.texts).toEqual(
      expectedTexts(
        timeline.layout(timelineData, timeline.staticStep, timeline.sizes.phone),
        edition,
      ),
    );
    const gpu = await chartState(page, 'gpu-units');
    expect(gpu.keys.filter((k) => k.startsWith('grid-'))).toHaveLength(100);
    expect(await page.locator('.chart-data table').count()).toBe(authoredFigures);
    const text = await page.locator('article').innerText();
    expect(text.length).toBeGreaterThan(4000);
    await context.close();
  });
});
