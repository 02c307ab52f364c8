/**
 * Chapter 2 chart: the DeepSeek app's first weeks. Step 0 sets DeepSeek's downloads in its first days
 * against ChatGPT's over the same span, as two tall bars. Step 1 shrinks the same bars (same keys) into
 * the left half and draws the US App Store climb on the right: a dot low on a rank scale (No. 31, a few
 * days before) joined to a dot at the top (No. 1, with its date).
 *
 * Usage: `<Scrolly chart="downloads">` with two <Step>s. The dataset lives in
 * content/data/charts/downloads.json and names facts by id; every figure comes from the facts registry.
 */
import { z } from 'astro/zod';
import raw from '../../content/data/charts/downloads.json';
import { getFact, factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import type { ChartDefinition, ChartSize, ChartTable, Mark } from './types.ts';
import { STATUS_TEXT, factDate, factDateText, textWidthEm, zodMessage, type FactLookup } from './chart-helpers.ts';

/** The dataset file, named in every error about it. */
export const DOWNLOADS_FILE = 'content/data/charts/downloads.json';

/** Number of states: downloads, then the rank climb beside them. */
export const DOWNLOADS_STEPS = 2;

/** One app's downloads, resolved against the registry. */
export interface DownloadBar {
  key: string;
  name: string;
  fact: Fact;
}

/** The downloads chart's dataset after validation. */
export interface DownloadsData {
  title: string;
  /** How many days after launch the downloads are counted. */
  window: Fact;
  downloads: DownloadBar[];
  rank: {
    store: string;
    from: Fact;
    /** When the lower rank held, in words ("几天前"). */
    fromWhen: string;
    to: Fact;
    /** The date the top rank was reached, and that date as readers see it. */
    toWhen: { fact: Fact; text: string };
  };
}

// ---------------------------------------------------------------------------------------------
// Geometry (viewBox units). Fonts are at least 13 so the chart reads on a 360 px phone.

const SIZE: ChartSize = { width: 400, height: 440 };
const MARGIN = 16;
const BIG = { y: 48, font: 34 } as const;
const CAPTION = { y: 76, font: 14 } as const;
const BASELINE = 372;
/** Bar panels: step 0 uses the full width, step 1 the left part. */
const PANEL = {
  full: { x0: MARGIN, x1: SIZE.width - MARGIN, barWidth: 90, maxHeight: 230, valueFont: 15, nameFont: 14 },
  half: { x0: MARGIN, x1: 176, barWidth: 44, maxHeight: 200, valueFont: 13, nameFont: 13 },
} as const;
/** The rank panel of step 1. */
const RANK = { titleX: 200, titleY: 112, axisX: 214, top: 150, bottom: BASELINE, fromX: 250, toX: 330, dot: 6, font: 14, noteY: 398, noteFont: 13 } as const;

// ---------------------------------------------------------------------------------------------
// Validation

const downloadsSchema = z.strictObject({
  title: z.string().min(1, 'expected a title'),
  window: z.string().min(1, 'expected a fact id'),
  downloads: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case key'),
        name: z.string().min(1, 'expected an app name'),
        fact: z.string().min(1, 'expected a fact id'),
      }),
    )
    .min(2, 'expected two apps')
    .max(2, 'expected two apps'),
  rank: z.strictObject({
    store: z.string().min(1, 'expected the store and chart'),
    from: z.string().min(1, 'expected a fact id'),
    fromWhen: z.string().min(1, 'expected when the lower rank held'),
    to: z.string().min(1, 'expected a fact id'),
    toWhen: z.string().min(1, 'expected a fact id'),
  }),
});

/** Looks up a fact that must be a positive number in `unit`. */
function positive(id: string, unit: string, field: string, file: string, lookup: FactLookup): Fact {
  const fact = lookup(id, `${file}: ${field}`);
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value) || fact.value <= 0) {
    throw new Error(`${file}: ${field}: fact "${fact.id}" is not a positive number (value ${JSON.stringify(fact.value)})`);
  }
  if (fact.unit !== unit) throw new Error(`${file}: ${field}: fact "${fact.id}" is in "${fact.unit}", expected "${unit}"`);
  return fact;
}

/** Checks the raw dataset and resolves its facts; throws naming the file and the field. */
export function parseDownloadsData(input: unknown, file: string, lookup: FactLookup): DownloadsData {
  const result = downloadsSchema.safeParse(input);
  if (!result.success) throw new Error(zodMessage(file, result.error));
  const d = result.data;
  const window = positive(d.window, '天', 'window', file, lookup);
  const downloads = d.downloads.map((row, i) => ({ key: row.key, name: row.name, fact: positive(row.fact, '次', `downloads[${i}].fact`, file, lookup) }));
  if (downloads[0]?.key === downloads[1]?.key) throw new Error(`${file}: downloads[1].key: duplicate key "${downloads[1]?.key}"`);
  const from = positive(d.rank.from, '名', 'rank.from', file, lookup);
  const to = positive(d.rank.to, '名', 'rank.to', file, lookup);
  if ((to.value as number) >= (from.value as number)) {
    throw new Error(`${file}: rank.to: fact "${to.id}" (${to.value}) must be a better (smaller) rank than rank.from (${from.value})`);
  }
  const whenFact = lookup(d.rank.toWhen, `${file}: rank.toWhen`);
  const iso = factDate(whenFact);
  if (!iso) throw new Error(`${file}: rank.toWhen: fact "${whenFact.id}" has no date`);
  const data: DownloadsData = {
    title: d.title,
    window,
    downloads,
    rank: { store: d.rank.store, from, fromWhen: d.rank.fromWhen, to, toWhen: { fact: whenFact, text: factDateText(whenFact, iso) } },
  };
  const lines: [string, string, number, number][] = [
    ['rank.store', `${data.rank.store}排名`, RANK.titleX, RANK.font],
    ['rank.fromWhen', fromLabel(data), RANK.fromX + RANK.dot * 2, RANK.font],
    ['rank.store', captionText(data, 1), MARGIN, CAPTION.font],
    ['window', captionText(data, 0), MARGIN, CAPTION.font],
  ];
  for (const [field, text, x, font] of lines) {
    if (x + textWidthEm(text) * font > SIZE.width - 4) throw new Error(`${file}: ${field}: "${text}" is too long for the chart`);
  }
  if (textWidthEm(toLabel(data)) * RANK.font > SIZE.width - MARGIN - RANK.titleX) {
    throw new Error(`${file}: rank.toWhen: "${toLabel(data)}" is too long for the chart`);
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Layout

/** A fact's text with 未证实 when it is unverified. */
function withStatusText(text: string, fact: Fact): string {
  return fact.status === 'unverified' ? `${text}（未证实）` : text;
}

/** Adds the unverified modifier to a class list when the fact is not verified. */
function withStatus(className: string, fact: Fact): string {
  return fact.status === 'unverified' ? `${className} mark-unverified` : className;
}

/** "几天前：第31名". */
function fromLabel(data: DownloadsData): string {
  return withStatusText(`${data.rank.fromWhen}：第${factText(data.rank.from)}`, data.rank.from);
}

/** "2025年1月26日：第1名". */
function toLabel(data: DownloadsData): string {
  return withStatusText(`${data.rank.toWhen.text}：第${factText(data.rank.to)}`, data.rank.to);
}

/** The line under the big number at step `k`. */
function captionText(data: DownloadsData, k: number): string {
  if (k === 0) {
    const other = data.downloads[1];
    return `上线后头${factText(data.window)}的下载量；${other?.name ?? ''} 同期${other ? factText(other.fact) : ''}`;
  }
  return `${data.rank.toWhen.text}登上${data.rank.store}首位`;
}

/** Clamps a step number to the steps there are. */
function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), DOWNLOADS_STEPS - 1);
}

/** The y of a rank on the step 1 scale: rank 1 at the top, the lower rank at the bottom. */
function rankY(data: DownloadsData, rank: number): number {
  const worst = data.rank.from.value as number;
  return RANK.top + ((rank - 1) / Math.max(1, worst - 1)) * (RANK.bottom - RANK.top);
}

/** The marks of the downloads chart at `step`. */
export function layoutDownloads(data: DownloadsData, step: number, size: ChartSize): Mark[] {
  const k = clampStep(step);
  const panel = k === 0 ? PANEL.full : PANEL.half;
  const first = data.downloads[0];
  const max = Math.max(...data.downloads.map((d) => d.fact.value as number));
  const marks: Mark[] = [];

  const big = k === 0 && first ? withStatusText(factText(first.fact), first.fact) : withStatusText(`第${factText(data.rank.to)}`, data.rank.to);
  marks.push({ key: 'big-number', kind: 'text', className: 'label-big', text: big, attrs: { x: MARGIN, y: BIG.y, 'font-size': BIG.font, 'text-anchor': 'start' } });
  marks.push({ key: 'caption', kind: 'text', className: 'label', text: captionText(data, k), attrs: { x: MARGIN, y: CAPTION.y, 'font-size': CAPTION.font, 'text-anchor': 'start' } });

  const slot = (panel.x1 - panel.x0) / data.downloads.length;
  data.downloads.forEach((d, i) => {
    const cx = panel.x0 + (i + 0.5) * slot;
    const h = Math.round(((d.fact.value as number) / max) * panel.maxHeight * 100) / 100;
    const focus = i === 0;
    const cls = k === 0 ? (focus ? 'mark-highlight' : 'mark-secondary') : focus ? 'mark-primary' : 'mark-muted';
    marks.push({
      key: `bar-${d.key}`,
      kind: 'rect',
      className: withStatus(cls, d.fact),
      attrs: { x: cx - panel.barWidth / 2, y: BASELINE - h, width: panel.barWidth, height: h },
    });
    marks.push({
      key: `value-${d.key}`,
      kind: 'text',
      className: focus ? 'label-strong' : 'label',
      text: withStatusText(factText(d.fact), d.fact),
      attrs: { x: cx, y: BASELINE - h - 8, 'font-size': panel.valueFont, 'text-anchor': 'middle' },
    });
    marks.push({
      key: `name-${d.key}`,
      kind: 'text',
      className: 'label',
      text: d.name,
      attrs: { x: cx, y: BASELINE + 20, 'font-size': panel.nameFont, 'text-anchor': 'middle' },
    });
  });
  marks.push({ key: 'baseline', kind: 'line', className: 'axis', attrs: { x1: panel.x0, y1: BASELINE, x2: panel.x1, y2: BASELINE } });

  if (k === 1) {
    const fromY = rankY(data, data.rank.from.value as number);
    const toY = rankY(data, data.rank.to.value as number);
    marks.push({
      key: 'rank-title',
      kind: 'text',
      className: 'label-strong',
      text: `${data.rank.store}排名`,
      attrs: { x: RANK.titleX, y: RANK.titleY, 'font-size': RANK.font, 'text-anchor': 'start' },
    });
    marks.push({ key: 'rank-axis', kind: 'line', className: 'axis', attrs: { x1: RANK.axisX, y1: RANK.top - 6, x2: RANK.axisX, y2: RANK.bottom + 6 } });
    marks.push({ key: 'rank-line', kind: 'line', className: 'mark-highlight', attrs: { x1: RANK.fromX, y1: fromY, x2: RANK.toX, y2: toY } });
    marks.push({ key: 'rank-from', kind: 'circle', className: withStatus('mark-secondary', data.rank.from), attrs: { cx: RANK.fromX, cy: fromY, r: RANK.dot } });
    marks.push({ key: 'rank-to', kind: 'circle', className: withStatus('mark-highlight is-active', data.rank.to), attrs: { cx: RANK.toX, cy: toY, r: RANK.dot } });
    marks.push({
      key: 'rank-from-label',
      kind: 'text',
      className: 'label',
      text: fromLabel(data),
      attrs: { x: RANK.fromX + RANK.dot * 2, y: fromY + RANK.font * 0.35, 'font-size': RANK.font, 'text-anchor': 'start' },
    });
    marks.push({
      key: 'rank-to-label',
      kind: 'text',
      className: 'label-strong is-active',
      text: toLabel(data),
      attrs: { x: size.width - MARGIN, y: toY - RANK.dot * 3, 'font-size': RANK.font, 'text-anchor': 'end' },
    });
    marks.push({
      key: 'rank-note',
      kind: 'text',
      className: 'label mark-muted',
      text: '越往上，排名越靠前',
      attrs: { x: RANK.titleX, y: RANK.noteY, 'font-size': RANK.noteFont, 'text-anchor': 'start' },
    });
  }
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Texts

/** A Simplified Chinese text alternative for the whole chart. */
export function describeDownloads(data: DownloadsData): string {
  const [a, b] = data.downloads;
  if (!a || !b) return '';
  return [
    `${a.name} 应用上线后头${factText(data.window)}下载了${factText(a.fact)}，${b.name}同期${factText(b.fact)}。`,
    `在${data.rank.store}上，它${data.rank.fromWhen}还排第${factText(data.rank.from)}，${data.rank.toWhen.text}升到第${factText(data.rank.to)}。`,
  ].join('');
}

/** The chart as a table: what, value, status. */
export function downloadsTable(data: DownloadsData): ChartTable {
  const rows: (string | number)[][] = data.downloads.map((d) => [`${d.name} 上线后头${factText(data.window)}的下载量`, factText(d.fact), STATUS_TEXT[d.fact.status]]);
  rows.push([`${data.rank.store}排名（${data.rank.fromWhen}）`, `第${factText(data.rank.from)}`, STATUS_TEXT[data.rank.from.status]]);
  rows.push([`${data.rank.store}排名（${data.rank.toWhen.text}）`, `第${factText(data.rank.to)}`, STATUS_TEXT[data.rank.to.status]]);
  return { columns: ['指标', '数值', '状态'], rows };
}

/** Every fact id the chart shows, without repeats. */
export function downloadsFacts(data: DownloadsData): string[] {
  return [...new Set([data.window.id, ...data.downloads.map((d) => d.fact.id), data.rank.from.id, data.rank.to.id, data.rank.toWhen.fact.id])];
}

/** Loads content/data/charts/downloads.json against the facts registry. */
export function loadDownloads(): DownloadsData {
  return parseDownloadsData(raw, DOWNLOADS_FILE, getFact);
}

/** The chapter 2 downloads and App Store rank chart. */
export const downloads: ChartDefinition<DownloadsData> = {
  id: 'downloads',
  size: SIZE,
  steps: DOWNLOADS_STEPS,
  // The static (print, no-JS) view is the last step: it keeps both download bars (smaller, on the left)
  // and adds the App Store climb, so one picture carries both halves of the story.
  staticStep: DOWNLOADS_STEPS - 1,
  load: loadDownloads,
  layout: layoutDownloads,
  caption: (data) => data.title,
  describe: describeDownloads,
  table: downloadsTable,
  facts: downloadsFacts,
};
