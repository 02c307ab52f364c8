/**
 * The bench's results, its budgets and its printed report. Everything here is pure: it takes
 * measured numbers and returns verdicts and text.
 */
import type { BuildTiming } from './build.ts';
import type { PageBytes } from './bytes.ts';
import type { PageTrace, TaskPhase } from './browser.ts';
import { CATEGORIES, localPath, type LighthouseSummary } from './lhr.ts';

/** The measurements of one page. */
export interface PageResult {
  /** edition/slug, or "baseline" */
  id: string;
  kind: 'chapter' | 'baseline';
  edition: string;
  slug: string;
  /** URL path on its server */
  path: string;
  bytes: PageBytes;
  trace?: PageTrace;
  lighthouse?: LighthouseSummary;
}

/** An OpenCC marker found in code a page loads. */
export interface OpenccHit {
  page: string;
  file: string;
  markers: string[];
}

/** The speed budgets and the build-time budget. */
export interface Limits {
  /** gzipped JavaScript a chapter page loads up front, in bytes */
  jsGzipBytes: number;
  /** Lighthouse score wanted in each category */
  lighthouseScore: number;
  /** layout shift allowed (Lighthouse CLS and the scroll-through's sum) */
  cls: number;
  /** long tasks allowed during the scroll-through, and again while loading */
  longTasks: number;
  /** a full build from clean, in ms */
  buildMs: number;
}

export const LIMITS: Limits = {
  jsGzipBytes: 35 * 1024,
  lighthouseScore: 100,
  cls: 0,
  longTasks: 0,
  buildMs: 30_000,
};

/** One budget's verdict. */
export interface BudgetResult {
  id:
    | 'js'
    | 'opencc'
    | 'fonts'
    | 'lighthouse'
    | 'cls'
    | 'long-tasks'
    | 'long-tasks-load'
    | 'build'
    | 'search';
  label: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
  detail: string;
}

/** What the budgets are judged on. */
export interface BudgetInput {
  build?: BuildTiming;
  /** chapter pages only (the baseline is never judged) */
  pages: PageResult[];
  /** OpenCC markers in anything any page of the build loads */
  opencc: OpenccHit[];
  /** how many HTML pages and JavaScript files the OpenCC check read */
  openccScope: { pages: number; jsFiles: number };
  /** the control page's load and scroll-through (control.ts), named beside a long-task miss */
  control?: PageTrace;
}

/** Bytes as KiB with one decimal. */
export function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** A layout-shift score: "0" when nothing moved, else four decimals (or "<0.0001"). */
export function formatCls(value: number | null | undefined): string {
  if (value == null) return '–';
  if (value === 0) return '0';
  return value < 0.0001 ? '<0.0001' : value.toFixed(4);
}

/** A duration in ms, rounded; "–" when unknown. */
export function formatMs(value: number | null | undefined): string {
  return value == null ? '–' : String(Math.round(value));
}

/** A list cut to `max` entries with a count of the rest. */
function brief(list: string[], max = 4): string {
  return list.length <= max
    ? list.join('; ')
    : `${list.slice(0, max).join('; ')}; and ${list.length - max} more`;
}

/** Whether a requested address is a font file. */
export function isFontFile(url: string): boolean {
  return /\.(woff2?|ttf|otf)(\?|$)/.test(url);
}

/** Judges the results against the limits. A budget whose measurement did not run is SKIP. */
export function evaluateBudgets(input: BudgetInput, limits: Limits = LIMITS): BudgetResult[] {
  const { pages } = input;
  const out: BudgetResult[] = [];

  const overJs = pages.filter((p) => p.bytes.js.gzip > limits.jsGzipBytes);
  const heaviest = [...pages].sort((a, b) => b.bytes.js.gzip - a.bytes.js.gzip)[0];
  out.push({
    id: 'js',
    label: `JavaScript <= ${kib(limits.jsGzipBytes)} KiB gzipped on every chapter page`,
    status: pages.length === 0 ? 'SKIP' : overJs.length ? 'FAIL' : 'PASS',
    detail:
      pages.length === 0
        ? 'no chapter page found'
        : overJs.length
          ? brief(overJs.map((p) => `${p.id} ${kib(p.bytes.js.gzip)} KiB`))
          : `largest ${heaviest!.id} ${kib(heaviest!.bytes.js.gzip)} KiB`,
  });

  out.push({
    id: 'opencc',
    label: 'no opencc code on any page',
    status: input.opencc.length ? 'FAIL' : 'PASS',
    detail: input.opencc.length
      ? brief([...new Set(input.opencc.map((h) => `${h.file} (${h.markers.join(', ')})`))])
      : `${input.openccScope.pages} pages, ${input.openccScope.jsFiles} JavaScript files checked`,
  });

  const scored = pages.filter((p) => p.lighthouse);
  const lhMisses = scored.flatMap((p) => {
    const lh = p.lighthouse!;
    if (lh.error) return [`${p.id} error: ${lh.error}`];
    const low = CATEGORIES.filter((c) => (lh.scores[c] ?? 0) < limits.lighthouseScore);
    return low.length
      ? [`${p.id} ${low.map((c) => `${c} ${lh.scores[c] ?? '–'}`).join(', ')}`]
      : [];
  });
  out.push({
    id: 'lighthouse',
    label: `Lighthouse ${limits.lighthouseScore} in ${CATEGORIES.join(', ')}`,
    status: scored.length === 0 ? 'SKIP' : lhMisses.length ? 'FAIL' : 'PASS',
    detail:
      scored.length === 0
        ? 'Lighthouse not run'
        : lhMisses.length
          ? brief(lhMisses)
          : `${scored.length} pages`,
  });

  const traced = pages.filter((p) => p.trace && !p.trace.error);
  const clsMisses = pages.flatMap((p) => {
    const misses: string[] = [];
    if (p.lighthouse && !p.lighthouse.error && (p.lighthouse.cls ?? 0) > limits.cls)
      misses.push(`${p.id} Lighthouse CLS ${formatCls(p.lighthouse.cls)}`);
    if (p.trace?.error) misses.push(`${p.id} scroll-through failed: ${p.trace.error}`);
    else if (p.trace && p.trace.cls > limits.cls) {
      const where = [...new Set(p.trace.shifts.flatMap((s) => s.sources))].slice(0, 2).join(', ');
      misses.push(
        `${p.id} scroll-through CLS ${formatCls(p.trace.cls)}${where ? ` (${where})` : ''}`,
      );
    }
    return misses;
  });
  out.push({
    id: 'cls',
    label: `CLS ${limits.cls} (Lighthouse and the scroll-through)`,
    status:
      scored.length === 0 && pages.every((p) => !p.trace)
        ? 'SKIP'
        : clsMisses.length
          ? 'FAIL'
          : 'PASS',
    detail: clsMisses.length ? brief(clsMisses) : `${Math.max(scored.length, traced.length)} pages`,
  });

  const control = input.control && !input.control.error ? input.control : undefined;
  const controlNote = (phase: TaskPhase): string => {
    if (!control) return '';
    const n = control.longTasks.filter((t) => t.phase === phase).length;
    return ` (the control page: ${n})`;
  };
  const longTaskBudgets = [
    {
      phase: 'scroll',
      id: 'long-tasks',
      label: 'no long task (> 50 ms) during the scroll-through',
      failed: 'a scroll-through failed',
    },
    {
      phase: 'load',
      id: 'long-tasks-load',
      label: 'no long task (> 50 ms) while loading, once the first screen is drawn',
      failed: 'a page load failed',
    },
  ] as const;
  for (const { phase, id, label, failed } of longTaskBudgets) {
    const tasksOf = (p: PageResult) => p.trace!.longTasks.filter((t) => t.phase === phase);
    const misses = traced.filter((p) => tasksOf(p).length > limits.longTasks);
    const incomplete = traced.length < pages.filter((p) => p.trace).length;
    out.push({
      id,
      label,
      status: pages.every((p) => !p.trace) ? 'SKIP' : misses.length || incomplete ? 'FAIL' : 'PASS',
      detail: misses.length
        ? brief(
            misses.map((p) => {
              const tasks = tasksOf(p);
              return `${p.id} ${tasks.length} (longest ${Math.round(Math.max(...tasks.map((t) => t.durationMs)))} ms)`;
            }),
          ) + controlNote(phase)
        : incomplete
          ? failed
          : `${traced.length} pages${phase === 'load' ? firstScreenNote(traced, control) : ''}`,
    });
  }

  const b = input.build;
  out.push({
    id: 'build',
    label: `full build from clean under ${limits.buildMs / 1000} s`,
    status: !b ? 'SKIP' : b.code !== 0 || b.ms >= limits.buildMs ? 'FAIL' : 'PASS',
    detail: !b
      ? 'build not run (--no-build)'
      : b.code !== 0
        ? `build failed (exit ${b.code})`
        : `${(b.ms / 1000).toFixed(1)} s`,
  });

  const loaded = pages.filter((p) => p.trace && !p.trace.error);
  const fontLoads = loaded.flatMap((p) =>
    p.trace!.requestUrls.filter(isFontFile).map((url) => `${p.id} ${url.replace(/^.*\//, '')}`),
  );
  out.push({
    id: 'fonts',
    label: 'no font file on a screen load (the carried typefaces are for print)',
    status: loaded.length === 0 ? 'SKIP' : fontLoads.length ? 'FAIL' : 'PASS',
    detail:
      loaded.length === 0
        ? 'no page loaded'
        : fontLoads.length
          ? brief(fontLoads)
          : `${loaded.length} pages`,
  });
  return out;
}

/** Lays out rows under a header; columns aligned left ('l') or right ('r'). */
export function formatTable(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The bytes-and-requests table: one row per page, the baseline last. */
export function bytesTable(pages: PageResult[]): string {
  const rows = pages.map((p) => [
    p.id,
    `${kib(p.bytes.html.raw)} / ${kib(p.bytes.html.gzip)}`,
    `${kib(p.bytes.css.raw)} / ${kib(p.bytes.css.gzip)}`,
    `${kib(p.bytes.js.raw)} / ${kib(p.bytes.js.gzip)}`,
    p.bytes.lazyJs.raw ? `${kib(p.bytes.lazyJs.raw)} / ${kib(p.bytes.lazyJs.gzip)}` : '–',
    `${kib(p.bytes.total.raw)} / ${kib(p.bytes.total.gzip)}`,
    p.trace ? String(p.trace.requests) : '–',
  ]);
  return formatTable(
    [
      'page',
      'HTML KiB raw/gz',
      'CSS KiB raw/gz',
      'JS KiB raw/gz',
      'lazy JS raw/gz',
      'total KiB raw/gz',
      'requests',
    ],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** The Lighthouse-and-scroll table. */
export function speedTable(pages: PageResult[]): string {
  const rows = pages.map((p) => {
    const lh = p.lighthouse;
    const t = p.trace;
    const score = (c: (typeof CATEGORIES)[number]): string =>
      lh && !lh.error ? String(lh.scores[c] ?? '–') : lh?.error ? 'err' : '–';
    return [
      p.id,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      formatMs(lh?.lcpMs),
      lh ? formatCls(lh.cls) : '–',
      formatMs(lh?.tbtMs),
      t && !t.error
        ? (['first-screen', 'load', 'scroll'] as const)
            .map((phase) => t.longTasks.filter((x) => x.phase === phase).length)
            .join(' / ')
        : t?.error
          ? 'err'
          : '–',
      t && !t.error ? formatMs(t.longestFrameMs) : '–',
      t && !t.error ? formatCls(t.cls) : '–',
    ];
  });
  return formatTable(
    [
      'page',
      'perf',
      'a11y',
      'bp',
      'seo',
      'LCP ms',
      'CLS',
      'TBT ms',
      'long tasks first screen/load/scroll',
      'longest frame ms',
      'scroll CLS',
    ],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/**
 * The control page's line: its long tasks before its first screen was drawn, while loading after
 * it and while scrolling, which no page's own code caused.
 */
export function controlLine(control: PageTrace): string {
  if (control.error) return `control page (one paragraph, nothing else): failed: ${control.error}`;
  const phase = (name: TaskPhase): string => {
    const tasks = control.longTasks.filter((t) => t.phase === name);
    return tasks.length
      ? `${tasks.length} (${tasks.map((t) => Math.round(t.durationMs)).join(', ')} ms)`
      : '0';
  };
  return `control page (one paragraph, nothing else; what the browser and the machine cost on their own): long tasks before its first screen was drawn ${phase('first-screen')}, while loading after it ${phase('load')}, during the scroll ${phase('scroll')}`;
}

/** A ratio "×n.n" of baseline to site (how many times heavier the baseline is). */
export function ratio(baseline: number, site: number): string {
  if (site === 0) return baseline === 0 ? '×1.0' : '×∞';
  return `×${(baseline / site).toFixed(1)}`;
}

/** The side-by-side lines for the baseline and the chapter it was made from. */
export function baselineComparison(site: PageResult, baseline: PageResult): string {
  const lines = [
    `baseline (${site.id} with all of d3 + full opencc-js converting in the browser) vs the site's ${site.id}:`,
    `  JavaScript gz ${kib(baseline.bytes.js.gzip)} vs ${kib(site.bytes.js.gzip)} KiB (${ratio(baseline.bytes.js.gzip, site.bytes.js.gzip)}),` +
      ` raw ${kib(baseline.bytes.js.raw)} vs ${kib(site.bytes.js.raw)} KiB (${ratio(baseline.bytes.js.raw, site.bytes.js.raw)}),` +
      ` page total gz ${kib(baseline.bytes.total.gzip)} vs ${kib(site.bytes.total.gzip)} KiB (${ratio(baseline.bytes.total.gzip, site.bytes.total.gzip)})`,
  ];
  const markers = [...new Set(baseline.bytes.opencc.flatMap((h) => h.markers))];
  lines.push(
    `  OpenCC markers found in the baseline's JavaScript: ${markers.length ? markers.join(', ') : 'none (the detector missed them)'}`,
  );
  const bl = baseline.lighthouse;
  const sl = site.lighthouse;
  if (bl && sl && !bl.error && !sl.error) {
    lines.push(
      `  Lighthouse performance ${bl.scores.performance ?? '–'} vs ${sl.scores.performance ?? '–'}, TBT ${formatMs(bl.tbtMs)} vs ${formatMs(sl.tbtMs)} ms, LCP ${formatMs(bl.lcpMs)} vs ${formatMs(sl.lcpMs)} ms`,
    );
  }
  if (baseline.trace && site.trace && !baseline.trace.error && !site.trace.error) {
    const loadMs = (t: PageTrace): number =>
      t.longTasks.filter((x) => x.phase !== 'scroll').reduce((a, x) => a + x.durationMs, 0);
    lines.push(
      `  requests ${baseline.trace.requests} vs ${site.trace.requests}, long tasks while loading ${loadMs(baseline.trace).toFixed(0)} vs ${loadMs(site.trace).toFixed(0)} ms in total,` +
        ` during the scroll ${baseline.trace.longTasksDuringScroll} vs ${site.trace.longTasksDuringScroll}, longest frame ${formatMs(baseline.trace.longestFrameMs)} vs ${formatMs(site.trace.longestFrameMs)} ms`,
    );
  }
  return lines.join('\n');
}

/** A range of numbers as "a–b" (or "a" when they are equal), each formatted by `f`. */
function range(values: number[], f: (n: number) => string): string {
  const lo = f(Math.min(...values));
  const hi = f(Math.max(...values));
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** Pages as a short list: all ids when few, else the count. */
function pageList(ids: string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.length} pages`;
}

/**
 * Why pages miss their budgets, condensed over pages: the Lighthouse audits that cost points
 * (with their values and what they point at), the elements that shifted, the long tasks during
 * the scroll (where the reader was, and which scripts ran in the slow frames) and while loading.
 */
export function diagnosis(pages: PageResult[]): string[] {
  const lines: string[] = [];
  const scored = pages.filter((p) => p.lighthouse && !p.lighthouse.error);

  for (const category of CATEGORIES) {
    const low = scored.filter((p) => (p.lighthouse!.scores[category] ?? 0) < 100);
    if (!low.length) continue;
    lines.push(
      `Lighthouse ${category} below 100 on ${pageList(low.map((p) => p.id))} (${range(
        low.map((p) => p.lighthouse!.scores[category] ?? 0),
        String,
      )}):`,
    );
    const audits = new Map<
      string,
      { weight: number; ids: string[]; scores: number[]; ms: number[]; items: Set<string> }
    >();
    for (const p of low) {
      for (const a of p.lighthouse!.failing.filter((x) => x.category === category)) {
        const entry = audits.get(a.id) ?? {
          weight: a.weight,
          ids: [],
          scores: [],
          ms: [],
          items: new Set<string>(),
        };
        entry.ids.push(p.id);
        if (a.score != null) entry.scores.push(a.score);
        if (a.ms != null) entry.ms.push(a.ms);
        a.items.forEach((i) => entry.items.add(i));
        audits.set(a.id, entry);
      }
    }
    const sorted = [...audits].sort(
      (x, y) => y[1].weight - x[1].weight || y[1].ids.length - x[1].ids.length,
    );
    for (const [id, e] of sorted) {
      const what = e.weight > 0 ? `${id} (weight ${e.weight})` : `hint ${id}`;
      const value = e.ms.length
        ? `, ${range(e.ms, (n) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`))}`
        : '';
      const score = e.scores.length ? `, score ${range(e.scores, (n) => n.toFixed(2))}` : '';
      const items = e.items.size ? ` — ${brief([...e.items], 3)}` : '';
      lines.push(`  ${what}: ${pageList(e.ids)}${value}${score}${items}`);
    }
  }

  const lhShifts = new Map<string, { ids: string[]; values: number[] }>();
  for (const p of scored) {
    for (const s of p.lighthouse!.shifts) {
      const m = /^(.*) \(([\d.]+)\)$/.exec(s);
      const element = m?.[1] ?? s;
      const entry = lhShifts.get(element) ?? { ids: [], values: [] };
      entry.ids.push(p.id);
      if (m) entry.values.push(Number(m[2]));
      lhShifts.set(element, entry);
    }
  }
  for (const [element, e] of lhShifts) {
    lines.push(
      `Lighthouse layout shift on ${pageList(e.ids)}: ${element}${e.values.length ? ` (${range(e.values, (n) => n.toFixed(4))})` : ''}`,
    );
  }
  for (const p of pages) {
    for (const s of p.trace?.error ? [] : (p.trace?.shifts ?? [])) {
      lines.push(
        `Scroll-through layout shift on ${p.id}, ${formatCls(s.value)} while ${s.phase === 'scroll' ? 'scrolling' : 'loading'} at ${(s.startMs / 1000).toFixed(1)} s: ${s.sources.join(', ') || 'unknown element'}`,
      );
    }
  }

  lines.push(
    ...longTaskLines(pages, 'scroll'),
    ...longTaskLines(pages, 'load'),
    ...longTaskLines(pages, 'first-screen'),
  );

  for (const p of pages) {
    const t = p.trace;
    if (t?.error) lines.push(`${p.id}: the scroll-through failed: ${t.error}`);
    if (p.lighthouse?.error) lines.push(`${p.id}: Lighthouse failed: ${p.lighthouse.error}`);
    if (t?.consoleErrors.length)
      lines.push(`${p.id}: console errors: ${brief(t.consoleErrors, 3)}`);
    if (t?.failedRequests.length)
      lines.push(`${p.id}: failed requests: ${brief(t.failedRequests, 3)}`);
  }
  return lines;
}

/**
 * What came before the first screen was drawn, which the load budget leaves to LCP: the pages'
 * long tasks then, beside the control page's.
 */
function firstScreenNote(pages: PageResult[], control?: PageTrace): string {
  const before = (t: PageTrace) => t.longTasks.filter((x) => x.phase === 'first-screen');
  const tasks = pages.map((p) => before(p.trace!));
  const all = tasks.flat();
  if (!all.length) return '';
  const counts = tasks.map((t) => t.length);
  const longest = Math.round(Math.max(...all.map((t) => t.durationMs)));
  const theirs = control ? `; the control page: ${before(control).length}` : '';
  return ` (before the first screen was drawn: ${range(counts, String)} a page, longest ${longest} ms${theirs})`;
}

/** How a phase of the load and scroll-through reads in the report. */
const PHASE_WORDS: Record<TaskPhase, string> = {
  'first-screen': 'before the first screen was drawn (the navigation and the first text layout)',
  load: 'while loading, once the first screen was drawn',
  scroll: 'during the scroll',
};

/**
 * The long tasks of one phase, condensed over pages: how many, how long, where the reader was
 * (while scrolling), and which scripts ran in that phase's slow frames.
 */
function longTaskLines(pages: PageResult[], phase: TaskPhase): string[] {
  const lines: string[] = [];
  const inPhase = (p: PageResult) => p.trace!.longTasks.filter((t) => t.phase === phase);
  const janky = pages.filter((p) => p.trace && !p.trace.error && inPhase(p).length > 0);
  if (!janky.length) return lines;
  const tasks = janky.flatMap(inPhase);
  lines.push(
    `Long tasks ${PHASE_WORDS[phase]}: ${tasks.length} on ${pageList(janky.map((p) => p.id))}, ${range(
      tasks.map((t) => t.durationMs),
      (n) => String(Math.round(n)),
    )} ms:`,
  );
  for (const p of janky) {
    const mine = inPhase(p);
    const places = [
      ...new Set(
        mine.map((t) => (t.where ?? '').replace(/, step \d+ of \d+$/, '')).filter(Boolean),
      ),
    ];
    lines.push(
      `  ${p.id}: ${mine.length} (${range(
        mine.map((t) => t.durationMs),
        (n) => String(Math.round(n)),
      )} ms)${places.length ? ` in ${places.join(', ')}` : ''}`,
    );
  }
  const frames = janky.flatMap((p) => p.trace!.slowFrames.filter((f) => f.phase === phase));
  if (frames.length) {
    const sum = (pick: (f: (typeof frames)[number]) => number): number =>
      Math.round(frames.reduce((a, f) => a + pick(f), 0));
    const total = sum((f) => f.durationMs);
    const script = sum((f) => f.scriptMs);
    const render = sum((f) => f.renderMs);
    const byScript = new Map<string, { ms: number; forced: number }>();
    for (const s of frames.flatMap((f) => f.scripts)) {
      const name = localPath(s.name) || '(unnamed)';
      const seen = byScript.get(name) ?? { ms: 0, forced: 0 };
      byScript.set(name, { ms: seen.ms + s.durationMs, forced: seen.forced + s.forcedLayoutMs });
    }
    const scripts = [...byScript]
      .sort((x, y) => y[1].ms - x[1].ms)
      .map(
        ([name, v]) =>
          `${name} ${Math.round(v.ms)} ms${v.forced >= 1 ? ` (forced layout ${Math.round(v.forced)} ms)` : ''}`,
      );
    lines.push(
      `  in the ${frames.length} slow frames (${total} ms): scripts ${script} ms (forced style/layout ${sum((f) => f.forcedLayoutMs)} ms), ` +
        `style/layout/paint ${render} ms, other ${Math.max(0, total - script - render)} ms${scripts.length ? `; by script: ${brief(scripts, 3)}` : ''}`,
    );
  }
  return lines;
}

/** The budget lines, one per budget: "PASS  label — detail". */
export function budgetLines(budgets: BudgetResult[]): string {
  return budgets.map((b) => `${b.status.padEnd(4)}  ${b.label} — ${b.detail}`).join('\n');
}

/** The exit code: 1 when any budget fails, else 0. */
export function exitCode(budgets: BudgetResult[]): number {
  return budgets.some((b) => b.status === 'FAIL') ? 1 : 0;
}
