import { describe, expect, it } from 'vitest';
import type { PageTrace } from '../../../scripts/bench/browser.ts';
import type { PageBytes } from '../../../scripts/bench/bytes.ts';
import type { LighthouseSummary } from '../../../scripts/bench/lhr.ts';
import {
  LIMITS,
  baselineComparison,
  budgetLines,
  bytesTable,
  controlLine,
  diagnosis,
  evaluateBudgets,
  exitCode,
  formatCls,
  formatTable,
  kib,
  ratio,
  speedTable,
  type BudgetInput,
  type PageResult,
} from '../../../scripts/bench/report.ts';

const size = (raw: number, gzip: number) => ({ raw, gzip });
const bytes = (jsGzip: number): PageBytes => ({
  html: size(10240, 4096),
  css: size(2048, 1024),
  js: size(jsGzip * 3, jsGzip),
  lazyJs: size(0, 0),
  total: size(10240 + 2048 + jsGzip * 3, 4096 + 1024 + jsGzip),
  files: [],
  unresolved: [],
  opencc: [],
});
const lighthouse = (
  scores: Partial<LighthouseSummary['scores']> = {},
  cls = 0,
): LighthouseSummary => ({
  scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, ...scores },
  fcpMs: 900,
  lcpMs: 1200.4,
  tbtMs: 0,
  cls,
  speedIndexMs: 1000,
  failing: [],
  shifts: [],
  warnings: [],
  ms: 8000,
});
const trace = (over: Partial<PageTrace> = {}): PageTrace => ({
  requests: 5,
  requestUrls: [],
  failedRequests: [],
  consoleErrors: [],
  scrollHeight: 9000,
  scrollMs: 6000,
  frames: 360,
  longestFrameMs: 16.7,
  longTasks: [],
  longTasksDuringScroll: 0,
  firstScreenMs: 400,
  cls: 0,
  clsDuringScroll: 0,
  shifts: [],
  slowFrames: [],
  ...over,
});
const page = (id: string, over: Partial<PageResult> = {}): PageResult => ({
  id,
  kind: 'chapter',
  edition: id.split('/')[0]!,
  slug: id.split('/')[1]!,
  path: `/${id}/`,
  bytes: bytes(10 * 1024),
  trace: trace(),
  lighthouse: lighthouse(),
  ...over,
});
const input = (pages: PageResult[], over: Partial<BudgetInput> = {}): BudgetInput => ({
  build: { outDir: 'dist', ms: 12_000, code: 0, output: '' },
  pages,
  opencc: [],
  openccScope: { pages: 9, jsFiles: 4 },
  ...over,
});
const statuses = (i: BudgetInput) =>
  Object.fromEntries(evaluateBudgets(i).map((b) => [b.id, b.status]));

describe('budgets', () => {
  it('all pass on a lean, still, fast site', () => {
    const budgets = evaluateBudgets(input([page('zh-cn/a'), page('zh-tw/a')]));
    expect(budgets.map((b) => b.status)).toEqual([
      'PASS',
      'PASS',
      'PASS',
      'PASS',
      'PASS',
      'PASS',
      'PASS',
      'PASS',
    ]);
    expect(exitCode(budgets)).toBe(0);
    expect(budgets[0]!.detail).toBe('largest zh-cn/a 10.0 KiB');
  });

  it('fails JavaScript over 35 KiB gzipped, and passes exactly 35 KiB', () => {
    expect(statuses(input([page('zh-cn/a', { bytes: bytes(LIMITS.jsGzipBytes) })])).js).toBe(
      'PASS',
    );
    const budgets = evaluateBudgets(
      input([page('zh-cn/a'), page('zh-tw/b', { bytes: bytes(LIMITS.jsGzipBytes + 1) })]),
    );
    expect(budgets[0]).toMatchObject({ status: 'FAIL', detail: 'zh-tw/b 35.0 KiB' });
    expect(exitCode(budgets)).toBe(1);
  });

  it('fails on any OpenCC marker', () => {
    const budgets = evaluateBudgets(
      input([page('zh-cn/a')], {
        opencc: [{ page: '/zh-cn/', file: '_astro/x.js', markers: ['STPhrases'] }],
      }),
    );
    expect(budgets[1]).toMatchObject({ status: 'FAIL', detail: '_astro/x.js (STPhrases)' });
  });

  it('fails a Lighthouse score under 100 and names page and category', () => {
    const budgets = evaluateBudgets(
      input([page('zh-cn/a', { lighthouse: lighthouse({ performance: 97, seo: 92 }) })]),
    );
    expect(budgets[2]).toMatchObject({ status: 'FAIL', detail: 'zh-cn/a performance 97, seo 92' });
  });

  it('fails any layout shift, from Lighthouse or the scroll-through', () => {
    expect(statuses(input([page('zh-cn/a', { lighthouse: lighthouse({}, 0.001) })])).cls).toBe(
      'FAIL',
    );
    const shifted = trace({
      cls: 0.02,
      shifts: [{ startMs: 10, value: 0.02, phase: 'load', sources: ['figure > img'] }],
    });
    const budgets = evaluateBudgets(input([page('zh-cn/a', { trace: shifted })]));
    expect(budgets[3]).toMatchObject({
      status: 'FAIL',
      detail: 'zh-cn/a scroll-through CLS 0.0200 (figure > img)',
    });
  });

  it('fails a long task during the scroll and, as a budget of its own, one while loading', () => {
    const loadOnly = trace({
      longTasks: [
        { startMs: 100, durationMs: 240, phase: 'load' },
        { startMs: 600, durationMs: 61, phase: 'load' },
      ],
    });
    const loaded = evaluateBudgets(input([page('zh-cn/a'), page('zh-cn/b', { trace: loadOnly })]));
    expect(loaded[4]).toMatchObject({ id: 'long-tasks', status: 'PASS' });
    expect(loaded[5]).toMatchObject({
      id: 'long-tasks-load',
      status: 'FAIL',
      detail: 'zh-cn/b 2 (longest 240 ms)',
    });
    const scrolling = trace({
      longTasksDuringScroll: 1,
      longTasks: [{ startMs: 4000, durationMs: 72.4, phase: 'scroll' }],
    });
    const budgets = evaluateBudgets(input([page('zh-cn/a', { trace: scrolling })]));
    expect(budgets[4]).toMatchObject({ status: 'FAIL', detail: 'zh-cn/a 1 (longest 72 ms)' });
    expect(budgets[5]).toMatchObject({ id: 'long-tasks-load', status: 'PASS' });
  });

  it('names the control page’s long tasks beside a long-task miss, without excusing it', () => {
    const slow = trace({ longTasks: [{ startMs: 100, durationMs: 90, phase: 'load' }] });
    const control = trace({ longTasks: [{ startMs: 80, durationMs: 70, phase: 'load' }] });
    const budgets = evaluateBudgets(input([page('zh-cn/a', { trace: slow })], { control }));
    expect(budgets[5]).toMatchObject({
      status: 'FAIL',
      detail: 'zh-cn/a 1 (longest 90 ms) (the control page: 1)',
    });
    expect(controlLine(control)).toBe(
      'control page (one paragraph, nothing else; what the browser and the machine cost on their own): long tasks before its first screen was drawn 0, while loading after it 1 (70 ms), during the scroll 0',
    );
  });

  it('leaves the tasks before the first screen is drawn to LCP, and names them beside the control page’s', () => {
    const firstScreen = { startMs: 20, durationMs: 130, phase: 'first-screen' } as const;
    const drawn = trace({ longTasks: [firstScreen, { ...firstScreen, durationMs: 70 }] });
    const control = trace({ longTasks: [{ ...firstScreen, durationMs: 62 }] });
    const passed = evaluateBudgets(input([page('zh-cn/a', { trace: drawn })], { control }));
    expect(passed[5]).toMatchObject({
      id: 'long-tasks-load',
      status: 'PASS',
      detail:
        '1 pages (before the first screen was drawn: 2 a page, longest 130 ms; the control page: 1)',
    });
    // the same task once the first screen is drawn is the reader waiting on a page they can see
    const after = trace({ longTasks: [{ ...firstScreen, startMs: 900, phase: 'load' }] });
    const failed = evaluateBudgets(input([page('zh-cn/a', { trace: after })], { control }));
    expect(failed[5]).toMatchObject({
      status: 'FAIL',
      detail: 'zh-cn/a 1 (longest 130 ms) (the control page: 0)',
    });
    expect(controlLine(control)).toContain('before its first screen was drawn 1 (62 ms)');
  });

  it('fails a slow or broken build, skips a build not run', () => {
    expect(
      statuses(
        input([page('zh-cn/a')], { build: { outDir: 'dist', ms: 30_000, code: 0, output: '' } }),
      ).build,
    ).toBe('FAIL');
    expect(
      statuses(
        input([page('zh-cn/a')], { build: { outDir: 'dist', ms: 9_000, code: 1, output: '' } }),
      ).build,
    ).toBe('FAIL');
    expect(statuses(input([page('zh-cn/a')], { build: undefined })).build).toBe('SKIP');
  });

  it('fails a font file requested on a screen load, naming page and file', () => {
    const fonted = trace({
      requestUrls: [
        'http://127.0.0.1/zh-hk/a/',
        'http://127.0.0.1/_astro/noto-serif-hk-400.abc.woff2',
      ],
    });
    const budgets = evaluateBudgets(input([page('zh-hk/a', { trace: fonted })]));
    expect(budgets[7]).toMatchObject({
      id: 'fonts',
      status: 'FAIL',
      detail: 'zh-hk/a noto-serif-hk-400.abc.woff2',
    });
  });

  it('skips what was not measured, and SKIP does not fail the run', () => {
    const budgets = evaluateBudgets(
      input([page('zh-cn/a', { lighthouse: undefined, trace: undefined })], { build: undefined }),
    );
    expect(budgets.map((b) => b.status)).toEqual([
      'PASS',
      'PASS',
      'SKIP',
      'SKIP',
      'SKIP',
      'SKIP',
      'SKIP',
      'SKIP',
    ]);
    expect(exitCode(budgets)).toBe(0);
  });

  it('prints one line per budget', () => {
    const lines = budgetLines(evaluateBudgets(input([page('zh-cn/a')]))).split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[5]).toBe(
      'PASS  no long task (> 50 ms) while loading, once the first screen is drawn — 1 pages',
    );
    expect(lines[6]).toBe('PASS  full build from clean under 30 s — 12.0 s');
    expect(lines[7]).toBe(
      'PASS  no font file on a screen load (the carried typefaces are for print) — 1 pages',
    );
  });
});

describe('tables', () => {
  it('aligns columns', () => {
    expect(
      formatTable(
        ['page', 'KiB'],
        [
          ['zh-cn/a', '1.5'],
          ['baseline', '645.5'],
        ],
        ['l', 'r'],
      ),
    ).toBe(['page        KiB', '--------  -----', 'zh-cn/a     1.5', 'baseline  645.5'].join('\n'));
  });

  it('formats numbers', () => {
    expect(kib(35 * 1024)).toBe('35.0');
    expect(formatCls(0)).toBe('0');
    expect(formatCls(0.00001)).toBe('<0.0001');
    expect(formatCls(0.1234)).toBe('0.1234');
    expect(formatCls(null)).toBe('–');
    expect(ratio(645, 17.5)).toBe('×36.9');
    expect(ratio(1, 0)).toBe('×∞');
  });

  it('lays out the bytes and the speed of each page', () => {
    const rows = bytesTable([page('zh-cn/a')]).split('\n');
    expect(rows[0]).toMatch(
      /^page\s+HTML KiB raw\/gz\s+CSS KiB raw\/gz\s+JS KiB raw\/gz\s+lazy JS raw\/gz\s+total KiB raw\/gz\s+requests$/,
    );
    expect(rows[2]).toMatch(
      /^zh-cn\/a\s+10\.0 \/ 4\.0\s+2\.0 \/ 1\.0\s+30\.0 \/ 10\.0\s+–\s+42\.0 \/ 15\.0\s+5$/,
    );
    const speed = speedTable([
      page('zh-cn/a', { lighthouse: lighthouse({ performance: 97 }) }),
    ]).split('\n');
    expect(speed[2]).toMatch(
      /^zh-cn\/a\s+97\s+100\s+100\s+100\s+1200\s+0\s+0\s+0 \/ 0 \/ 0\s+17\s+0$/,
    );
  });

  it('compares the baseline with its chapter', () => {
    const site = page('zh-cn/a');
    const base = page('baseline', {
      kind: 'baseline',
      bytes: {
        ...bytes(640 * 1024),
        opencc: [{ file: 'baseline/baseline.js', markers: ['opencc', 'STPhrases'] }],
      },
    });
    const text = baselineComparison(site, base);
    expect(text).toContain('JavaScript gz 640.0 vs 10.0 KiB (×64.0)');
    expect(text).toContain("OpenCC markers found in the baseline's JavaScript: opencc, STPhrases");
  });
});

describe('diagnosis', () => {
  it('condenses the audits over pages, names shifted elements, long tasks with their place and the scripts behind slow frames', () => {
    const fcp = (ms: number, score: number) => ({
      category: 'performance' as const,
      id: 'first-contentful-paint',
      title: 'FCP',
      score,
      displayValue: '',
      weight: 10,
      ms,
      items: [],
    });
    const hint = {
      category: 'performance' as const,
      id: 'render-blocking-insight',
      title: 'RB',
      score: 0,
      weight: 0,
      items: ['/_astro/s.css'],
    };
    const lh = (perf: number, ms: number, score: number) => ({
      ...lighthouse({ performance: perf }, 0.0207),
      failing: [fcp(ms, score), hint],
      shifts: ['body > main > article > nav.toc (0.0207)'],
    });
    const t = trace({
      longTasksDuringScroll: 2,
      longTasks: [
        { startMs: 10, durationMs: 120, phase: 'load' },
        {
          startMs: 4000,
          durationMs: 64.4,
          phase: 'scroll',
          where: 'scrolly "timeline", step 2 of 7',
        },
        {
          startMs: 5000,
          durationMs: 51,
          phase: 'scroll',
          where: 'scrolly "timeline", step 3 of 7',
        },
      ],
      slowFrames: [
        {
          startMs: 10,
          phase: 'load',
          durationMs: 130,
          blockingMs: 80,
          scriptMs: 60,
          forcedLayoutMs: 20,
          renderMs: 50,
          scripts: [
            {
              name: 'TimerHandler:setTimeout http://127.0.0.1:4000/_astro/Scrolly.js',
              durationMs: 60,
              forcedLayoutMs: 20,
            },
          ],
        },
        {
          startMs: 4000,
          phase: 'scroll',
          durationMs: 64,
          blockingMs: 14,
          scriptMs: 40,
          forcedLayoutMs: 30,
          renderMs: 20,
          scripts: [
            {
              name: 'FrameRequestCallback http://127.0.0.1:4000/_astro/Scrolly.js',
              durationMs: 40,
              forcedLayoutMs: 30,
            },
          ],
        },
      ],
      shifts: [{ startMs: 900, value: 0.02, phase: 'load', sources: ['article > nav.toc'] }],
    });
    expect(
      diagnosis([
        page('zh-cn/a', { lighthouse: lh(96, 2100, 0.8), trace: t }),
        page('zh-tw/a', { lighthouse: lh(93, 2600, 0.64) }),
      ]),
    ).toEqual([
      'Lighthouse performance below 100 on zh-cn/a, zh-tw/a (93–96):',
      '  first-contentful-paint (weight 10): zh-cn/a, zh-tw/a, 2.1 s–2.6 s, score 0.64–0.80',
      '  hint render-blocking-insight: zh-cn/a, zh-tw/a, score 0.00 — /_astro/s.css',
      'Lighthouse layout shift on zh-cn/a, zh-tw/a: body > main > article > nav.toc (0.0207)',
      'Scroll-through layout shift on zh-cn/a, 0.0200 while loading at 0.9 s: article > nav.toc',
      'Long tasks during the scroll: 2 on zh-cn/a, 51–64 ms:',
      '  zh-cn/a: 2 (51–64 ms) in scrolly "timeline"',
      '  in the 1 slow frames (64 ms): scripts 40 ms (forced style/layout 30 ms), style/layout/paint 20 ms, other 4 ms; by script: FrameRequestCallback /_astro/Scrolly.js 40 ms (forced layout 30 ms)',
      'Long tasks while loading, once the first screen was drawn: 1 on zh-cn/a, 120 ms:',
      '  zh-cn/a: 1 (120 ms)',
      '  in the 1 slow frames (130 ms): scripts 60 ms (forced style/layout 20 ms), style/layout/paint 50 ms, other 20 ms; by script: TimerHandler:setTimeout /_astro/Scrolly.js 60 ms (forced layout 20 ms)',
    ]);
  });
});
