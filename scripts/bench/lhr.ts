/**
 * What the bench keeps of a Lighthouse result: the four category scores as Lighthouse shows them
 * (0–100), the main metrics, and the audits that cost points, with the elements and files they
 * point at. Pure functions over the result's JSON.
 */

/** The Lighthouse categories the bench scores. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** An audit that keeps a category below 100. */
export interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** the audit's weight in the category score (0 for insights and diagnostics, which only hint) */
  weight: number;
  /** the measured value of a metric, in ms (absent for other audits) */
  ms?: number;
  /** what the audit points at: element selectors and snippets, URLs */
  items: string[];
}

/** What the bench keeps of one Lighthouse run. */
export interface LighthouseSummary {
  /** 0–100 as Lighthouse shows it; null when the category could not be scored */
  scores: Record<CategoryId, number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
  failing: FailingAudit[];
  /** when CLS is above 0: the elements that moved, with their share of the score */
  shifts: string[];
  warnings: string[];
  error?: string;
  ms: number;
  /** with several runs per page: every run's performance score (the summary is the median run) */
  runs?: (number | null)[];
}

/** The part of a Lighthouse result (LHR) the bench reads. */
export interface LhrLike {
  categories: Record<
    string,
    | { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }
    | undefined
  >;
  audits: Record<
    string,
    | {
        id: string;
        title: string;
        score: number | null;
        scoreDisplayMode: string;
        displayValue?: string;
        numericValue?: number;
        numericUnit?: string;
        metricSavings?: Record<string, number | undefined>;
        details?: unknown;
      }
    | undefined
  >;
  runWarnings?: string[];
  runtimeError?: { code: string; message: string };
}

const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/** A URL on the bench's own servers as its path (ports change from run to run). */
export function localPath(url: string): string {
  return url.replace(/https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?(?=\/)/g, '');
}

/** Short descriptions of the things an audit's details list (at most `max`). */
export function describeItems(details: unknown, max = 5): string[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const item of items as Record<string, unknown>[]) {
    const node = item.node as
      { selector?: string; snippet?: string; nodeLabel?: string } | undefined;
    const parts: string[] = [];
    if (node?.selector) parts.push(node.selector);
    if (node?.snippet)
      parts.push(node.snippet.length > 120 ? `${node.snippet.slice(0, 117)}...` : node.snippet);
    if (!node && typeof item.url === 'string') parts.push(localPath(item.url));
    if (!node && typeof item.source === 'object' && item.source && 'url' in item.source)
      parts.push(localPath(String((item.source as { url: unknown }).url)));
    if (typeof item.wastedBytes === 'number')
      parts.push(`${Math.round(item.wastedBytes / 1024)} KiB wasted`);
    if (parts.length === 0) {
      const text = Object.values(item).find((v) => typeof v === 'string');
      if (typeof text === 'string') parts.push(text);
    }
    if (parts.length) out.push(parts.join(' '));
    if (out.length >= max) break;
  }
  return out;
}

/** The elements of Lighthouse's layout-shifts audit: "selector (score)". */
export function describeShifts(details: unknown): string[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return (items as { node?: { selector?: string; snippet?: string }; score?: number }[])
    .filter((i) => i.node?.selector || i.node?.snippet)
    .map((i) => `${i.node?.selector ?? i.node?.snippet} (${(i.score ?? 0).toFixed(4)})`);
}

/**
 * Condenses a Lighthouse result: scores, the main metrics, and for each category below 100 the
 * audits that cost it points (weighted audits scoring below 1; for performance also the insights
 * and diagnostics that estimate a saving on a metric).
 */
export function summarizeLhr(lhr: LhrLike, ms = 0): LighthouseSummary {
  const metric = (id: string): number | null => lhr.audits[id]?.numericValue ?? null;
  const scores = {} as Record<CategoryId, number | null>;
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    const cat = lhr.categories[category];
    scores[category] = cat?.score == null ? null : Math.round(cat.score * 100);
    if (!cat || cat.score === 1) continue;
    for (const ref of cat.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (
        !audit ||
        audit.score === null ||
        audit.score >= 1 ||
        !SCORED_MODES.has(audit.scoreDisplayMode)
      )
        continue;
      const saves = Object.values(audit.metricSavings ?? {}).some((v) => (v ?? 0) > 0);
      if (ref.weight > 0 || (category === 'performance' && saves)) {
        failing.push({
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          ...(ref.weight > 0 && audit.numericUnit === 'millisecond' && audit.numericValue != null
            ? { ms: audit.numericValue }
            : {}),
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          items: describeItems(audit.details),
        });
      }
    }
  }
  return {
    scores,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    speedIndexMs: metric('speed-index'),
    failing,
    shifts:
      (metric('cumulative-layout-shift') ?? 0) > 0
        ? describeShifts(lhr.audits['layout-shifts']?.details)
        : [],
    warnings: lhr.runWarnings ?? [],
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    ms,
  };
}

/** A result for a page Lighthouse could not run on. */
export function failedRun(error: string, ms = 0): LighthouseSummary {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<
    CategoryId,
    number | null
  >;
  return {
    scores,
    fcpMs: null,
    lcpMs: null,
    tbtMs: null,
    cls: null,
    speedIndexMs: null,
    failing: [],
    shifts: [],
    warnings: [],
    error,
    ms,
  };
}

/** Of several runs of one page, the median by performance score (failed runs count lowest); ties keep the earlier run. */
export function medianRun<T extends { summary: LighthouseSummary }>(runs: T[]): T {
  const score = (r: T): number => (r.summary.error ? -1 : (r.summary.scores.performance ?? -1));
  const sorted = runs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => score(a.r) - score(b.r) || a.i - b.i);
  return sorted[Math.floor((sorted.length - 1) / 2)]!.r;
}
