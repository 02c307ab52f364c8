import { describe, expect, it } from 'vitest';
import {
  describeItems,
  failedRun,
  localPath,
  medianRun,
  summarizeLhr,
  type LhrLike,
} from '../../../scripts/bench/lhr.ts';

const audit = (id: string, score: number | null, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  score,
  scoreDisplayMode: score === null ? 'notApplicable' : 'numeric',
  ...extra,
});

const lhr: LhrLike = {
  categories: {
    performance: {
      score: 0.97,
      auditRefs: [
        { id: 'first-contentful-paint', weight: 10 },
        { id: 'largest-contentful-paint', weight: 25 },
        { id: 'total-blocking-time', weight: 30 },
        { id: 'cumulative-layout-shift', weight: 25 },
        { id: 'document-latency-insight', weight: 0 },
        { id: 'cache-insight', weight: 0 },
      ],
    },
    accessibility: {
      score: 0.96,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'list', weight: 7 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 1, auditRefs: [] },
  },
  audits: {
    'first-contentful-paint': audit('first-contentful-paint', 0.83, {
      numericValue: 2010,
      numericUnit: 'millisecond',
      displayValue: '2.0 s',
    }),
    'largest-contentful-paint': audit('largest-contentful-paint', 1, { numericValue: 1800 }),
    'total-blocking-time': audit('total-blocking-time', 1, { numericValue: 0 }),
    'cumulative-layout-shift': audit('cumulative-layout-shift', 1, { numericValue: 0 }),
    'speed-index': audit('speed-index', 1, { numericValue: 1900 }),
    'document-latency-insight': audit('document-latency-insight', 0.5, {
      scoreDisplayMode: 'metricSavings',
      metricSavings: { FCP: 650, LCP: 650 },
    }),
    'cache-insight': audit('cache-insight', 0, {
      scoreDisplayMode: 'metricSavings',
      metricSavings: { LCP: 0 },
    }),
    'color-contrast': audit('color-contrast', 0, {
      scoreDisplayMode: 'binary',
      details: {
        items: [
          { node: { selector: 'p.kicker', snippet: '<p class="kicker">', nodeLabel: '第一章' } },
        ],
      },
    }),
    list: audit('list', null),
  },
};

describe('Lighthouse results', () => {
  it('keeps the scores as shown and the main metrics', () => {
    const s = summarizeLhr(lhr, 8000);
    expect(s.scores).toEqual({
      performance: 97,
      accessibility: 96,
      'best-practices': 100,
      seo: 100,
    });
    expect([s.fcpMs, s.lcpMs, s.tbtMs, s.cls, s.speedIndexMs, s.ms]).toEqual([
      2010, 1800, 0, 0, 1900, 8000,
    ]);
  });

  it('lists the audits that cost points, with the elements they point at', () => {
    const failing = summarizeLhr(lhr).failing;
    expect(failing.map((a) => [a.category, a.id, a.weight])).toEqual([
      ['performance', 'first-contentful-paint', 10],
      ['performance', 'document-latency-insight', 0],
      ['accessibility', 'color-contrast', 7],
    ]);
    expect(failing[2]!.items).toEqual(['p.kicker <p class="kicker">']);
    expect(failing[0]!.ms).toBe(2010);
    expect(failing[1]!.ms).toBeUndefined();
  });

  it('names the elements that shifted when CLS is above 0', () => {
    expect(summarizeLhr(lhr).shifts).toEqual([]);
    const shifted: LhrLike = {
      ...lhr,
      audits: {
        ...lhr.audits,
        'cumulative-layout-shift': audit('cumulative-layout-shift', 1, { numericValue: 0.0207 }),
        'layout-shifts': audit('layout-shifts', 1, {
          details: {
            items: [{ node: { selector: 'article.article > nav.toc' }, score: 0.020673 }],
          },
        }),
      },
    };
    expect(summarizeLhr(shifted).shifts).toEqual(['article.article > nav.toc (0.0207)']);
  });

  it('reports a run that failed', () => {
    const s = summarizeLhr({ ...lhr, runtimeError: { code: 'NO_FCP', message: 'no paint' } });
    expect(s.error).toBe('NO_FCP: no paint');
    expect(failedRun('boom').scores.performance).toBeNull();
  });

  it('describes items without the local port', () => {
    expect(localPath('FrameRequestCallback http://127.0.0.1:46275/_astro/a.js')).toBe(
      'FrameRequestCallback /_astro/a.js',
    );
    expect(
      describeItems({
        items: [{ url: 'http://127.0.0.1:5000/_astro/a.js', wastedBytes: 34000 }, { label: 'x' }],
      }),
    ).toEqual(['/_astro/a.js 33 KiB wasted', 'x']);
    expect(describeItems(undefined)).toEqual([]);
  });
});

describe('several Lighthouse runs', () => {
  const run = (performance: number | null, error?: string) => ({
    summary: {
      ...failedRun(error ?? ''),
      ...(error ? {} : { error: undefined }),
      scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    },
  });
  it('keeps the run with the median performance score', () => {
    expect(medianRun([run(97), run(100), run(95)]).summary.scores.performance).toBe(97);
    expect(medianRun([run(100), run(98)]).summary.scores.performance).toBe(98);
    expect(medianRun([run(null, 'boom'), run(99), run(100)]).summary.scores.performance).toBe(99);
    expect(medianRun([run(96)]).summary.scores.performance).toBe(96);
  });
});
