/**
 * Chapter 3 diverging bar chart: the day's moves on 27 January 2025, every instrument on one
 * percentage axis with zero in the middle. Each row is a fact (a signed % change); rows appear
 * step by step in the dataset's order and keep their place, so the chart fills in rather than
 * reshuffling. NVIDIA's close is the focus bar; intraday snapshots are drawn grey
 * (mark-secondary) and say so in their label; unverified figures are dashed (mark-unverified)
 * and labelled 未证实.
 *
 * Usage: `<Scrolly chart="market-moves">` with one <Step> per step (six with the shipped
 * dataset). The dataset lives in content/data/charts/market-moves.json and names facts by id.
 */
import { z } from 'astro/zod';
import raw from '../../content/data/charts/market-moves.json';
import { getFact, factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import { formatDate, formatValue } from '../utils/format-number.ts';
import type { ChartDefinition, ChartSize, ChartTable, Mark } from './types.ts';
import { STATUS_TEXT, factDate, factDateText, textWidthEm, zodMessage, type FactLookup } from './chart-helpers.ts';

/** The dataset file, named in every error about it. */
export const MARKET_MOVES_FILE = 'content/data/charts/market-moves.json';

/** Number of steps the chapter's scrolly has; the dataset's rows must cover exactly these. */
export const MARKET_MOVES_STEPS = 6;

/** How a row's figure was taken: a closing move, an intraday snapshot, or the story's focus (a close). */
export type MoveRole = 'close' | 'intraday' | 'focus';

/** One instrument's move, resolved against the registry. */
export interface MoveRow {
  /** The signed percentage change. */
  fact: Fact;
  name: string;
  note: string | undefined;
  step: number;
  role: MoveRole;
  /** The label drawn above the bar: name, note and 未证实 when unverified. */
  label: string;
  /** The figure as readers see it ("-16.97%", "约8.9%"). */
  valueText: string;
}

/** The chart's dataset after validation. */
export interface MarketMovesData {
  title: string;
  /** The trading day, as a fact (its date is shown in the header). */
  date: { fact: Fact; text: string };
  rows: MoveRow[];
  /** The axis domain in percent: whole multiples of TICK around every value and zero. */
  domain: [number, number];
}

// ---------------------------------------------------------------------------------------------
// Geometry (viewBox units). Fonts are at least 13 so the chart reads on a 360 px phone.

const SIZE: ChartSize = { width: 400, height: 450 };
const X0 = 16;
const X1 = 384;
const HEADER = { y: 20, font: 13 } as const;
const TICK = { every: 5, y: 42, font: 13 } as const;
const GRID_TOP = 50;
const ROWS_TOP = 58;
const ROW = { pitch: 42, labelY: 14, barY: 20, barH: 14, font: 14 } as const;
const LEGEND = { font: 13, square: 12, line: 22 } as const;
/** Widest row label plus its value, in em at the row font. */
const LABEL_MAX_EM = Math.floor((X1 - X0) / ROW.font);
/** Most rows that fit between the axis and the legend. */
const MAX_ROWS = Math.floor((SIZE.height - ROWS_TOP - 2 * LEGEND.line - 12) / ROW.pitch);

// ---------------------------------------------------------------------------------------------
// Validation

const rowSchema = z.strictObject({
  fact: z.string().min(1, 'expected a fact id'),
  name: z.string().min(1, 'expected an instrument name'),
  note: z.string().min(1).optional(),
  step: z.number().int('expected a whole step number').min(0).max(MARKET_MOVES_STEPS - 1, `expected a step from 0 to ${MARKET_MOVES_STEPS - 1}`),
  role: z.enum(['close', 'intraday', 'focus']).optional(),
});

const marketMovesSchema = z.strictObject({
  title: z.string().min(1, 'expected a title'),
  date: z.string().min(1, 'expected the fact id of the trading day'),
  rows: z.array(rowSchema).min(1, 'expected at least one row').max(MAX_ROWS, `expected at most ${MAX_ROWS} rows (no room for more)`),
});

/** The label above a bar: "英伟达（盘中快照）", "A股AI算力指数（未证实）". */
function rowLabel(name: string, note: string | undefined, fact: Fact): string {
  const extra = [note, fact.status === 'unverified' ? '未证实' : undefined].filter(Boolean).join('，');
  return extra ? `${name}（${extra}）` : name;
}

/** Checks the raw dataset and resolves its facts; throws naming the file and the field. */
export function parseMarketMovesData(input: unknown, file: string, lookup: FactLookup): MarketMovesData {
  const result = marketMovesSchema.safeParse(input);
  if (!result.success) throw new Error(zodMessage(file, result.error));
  const dateFact = lookup(result.data.date, `${file}: date`);
  const iso = factDate(dateFact);
  if (!iso) throw new Error(`${file}: date: fact "${dateFact.id}" has no date`);

  const rows = result.data.rows.map((row, i): MoveRow => {
    const field = `rows[${i}]`;
    const fact = lookup(row.fact, `${file}: ${field}.fact`);
    if (typeof fact.value !== 'number' || !Number.isFinite(fact.value) || fact.unit !== '%') {
      throw new Error(`${file}: ${field}.fact: fact "${fact.id}" is not a percentage change (value ${JSON.stringify(fact.value)}, unit "${fact.unit}")`);
    }
    const label = rowLabel(row.name, row.note, fact);
    const valueText = factText(fact);
    if (textWidthEm(`${label} ${valueText}`) > LABEL_MAX_EM) {
      throw new Error(`${file}: ${field}.name: label "${label} ${valueText}" is too long for the chart (at most ${LABEL_MAX_EM} Chinese characters with its value)`);
    }
    return { fact, name: row.name, note: row.note, step: row.step, role: row.role ?? 'close', label, valueText };
  });

  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (previous && row.step < previous.step) {
      throw new Error(`${file}: rows[${i}].step: step ${row.step} comes after step ${previous.step}; list rows in step order`);
    }
  });
  for (let step = 0; step < MARKET_MOVES_STEPS; step++) {
    if (!rows.some((r) => r.step === step)) throw new Error(`${file}: rows: no row for step ${step} (each of the ${MARKET_MOVES_STEPS} steps needs one)`);
  }

  const values = rows.map((r) => r.fact.value as number);
  const domain: [number, number] = [
    Math.floor(Math.min(0, ...values) / TICK.every) * TICK.every,
    Math.ceil(Math.max(0, ...values) / TICK.every) * TICK.every,
  ];
  if (domain[0] === domain[1]) domain[1] = domain[0] + TICK.every;
  return { title: result.data.title, date: { fact: dateFact, text: factDateText(dateFact, iso) }, rows, domain };
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Clamps a step number to the steps there are. */
function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), MARKET_MOVES_STEPS - 1);
}

/** The bar class of a row: focus, intraday or plain close; dashed when unverified. */
export function barClass(row: MoveRow): string {
  const base = row.role === 'focus' ? 'mark-highlight' : row.role === 'intraday' ? 'mark-secondary' : 'mark-primary';
  return row.fact.status === 'unverified' ? `${base} mark-unverified` : base;
}

/** The x of a percentage on the axis. */
export function xOf(data: MarketMovesData, percent: number, size: ChartSize = SIZE): number {
  const [lo, hi] = data.domain;
  const right = size.width - X0;
  return X0 + ((percent - lo) / (hi - lo)) * (right - X0);
}

/** The marks of the chart at `step`: axis, rows 0..step (the step's own rows active), legend. */
export function layoutMarketMoves(data: MarketMovesData, step: number, size: ChartSize): Mark[] {
  const k = clampStep(step);
  const marks: Mark[] = [];
  const [lo, hi] = data.domain;
  const zero = xOf(data, 0, size);
  const rowsBottom = ROWS_TOP + data.rows.length * ROW.pitch - 4;

  marks.push({
    key: 'header',
    kind: 'text',
    className: 'label',
    text: `${data.date.text}（美东时间）涨跌幅`,
    attrs: { x: X0, y: HEADER.y, 'font-size': HEADER.font, 'text-anchor': 'start' },
  });

  // Gridlines and tick labels every TICK.every percent; zero is the axis.
  for (let p = lo; p <= hi; p += TICK.every) {
    const x = xOf(data, p, size);
    const anchor = p === lo ? 'start' : p === hi ? 'end' : 'middle';
    marks.push({
      key: `tick-label-${p}`,
      kind: 'text',
      className: 'tick',
      text: formatValue(p, '%'),
      attrs: { x, y: TICK.y, 'font-size': TICK.font, 'text-anchor': anchor },
    });
    if (p !== 0) marks.push({ key: `grid-${p}`, kind: 'line', className: 'tick', attrs: { x1: x, y1: GRID_TOP, x2: x, y2: rowsBottom } });
  }
  marks.push({ key: 'zero', kind: 'line', className: 'axis', attrs: { x1: zero, y1: GRID_TOP - 2, x2: zero, y2: rowsBottom } });

  data.rows.forEach((row, i) => {
    if (row.step > k) return;
    const id = row.fact.id;
    const top = ROWS_TOP + i * ROW.pitch;
    const x = xOf(data, row.fact.value as number, size);
    const active = row.step === k;
    marks.push({
      key: `bar-${id}`,
      kind: 'rect',
      className: barClass(row),
      attrs: { x: Math.min(x, zero), y: top + ROW.barY, width: Math.abs(x - zero), height: ROW.barH },
    });
    marks.push({
      key: `name-${id}`,
      kind: 'text',
      className: active ? 'label is-active' : 'label',
      text: row.label,
      attrs: { x: X0, y: top + ROW.labelY, 'font-size': ROW.font, 'text-anchor': 'start' },
    });
    marks.push({
      key: `value-${id}`,
      kind: 'text',
      className: active ? 'label-strong is-active' : 'label-strong',
      text: row.valueText,
      attrs: { x: X0 + (textWidthEm(row.label) + 0.5) * ROW.font, y: top + ROW.labelY, 'font-size': ROW.font, 'text-anchor': 'start' },
    });
  });

  const legendTop = size.height - 2 * LEGEND.line - 4;
  const legend: [string, string][] = [
    ['mark-secondary', '灰色：盘中数字，不是收盘涨跌幅'],
    ['mark-primary mark-unverified', '虚线：未证实，仅见于中文报道'],
  ];
  legend.forEach(([cls, text], i) => {
    const y = legendTop + i * LEGEND.line;
    marks.push({ key: `legend-square-${i}`, kind: 'rect', className: cls, attrs: { x: X0, y, width: LEGEND.square, height: LEGEND.square } });
    marks.push({
      key: `legend-${i}`,
      kind: 'text',
      className: 'label',
      text,
      attrs: { x: X0 + LEGEND.square + 8, y: y + LEGEND.square / 2 + LEGEND.font * 0.35, 'font-size': LEGEND.font, 'text-anchor': 'start' },
    });
  });
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Texts

/** 收盘 / 盘中 for the table. */
function basisText(row: MoveRow): string {
  return row.role === 'intraday' ? '盘中' : '收盘';
}

/** A Simplified Chinese text alternative for the whole chart. */
export function describeMarketMoves(data: MarketMovesData): string {
  const verified = data.rows.filter((r) => r.fact.status !== 'unverified');
  const unverified = data.rows.filter((r) => r.fact.status === 'unverified');
  const sentences = [
    `横条从零线向左表示下跌、向右表示上涨，单位是百分比；日期为${data.date.text}（美东时间）。`,
    verified.map((r) => `${r.name}（${r.note ?? basisText(r)}）${r.valueText}`).join('，') + '。',
  ];
  if (unverified.length) {
    sentences.push(`${unverified.map((r) => `${r.name}${r.valueText}`).join('、')}只见于中文报道，尚未证实，以虚线画出。`);
  }
  const intraday = data.rows.filter((r) => r.role === 'intraday');
  if (intraday.length) sentences.push(`灰色横条是盘中某一时刻的数字，不是收盘结果。`);
  return sentences.join('');
}

/** The chart as a table: instrument, basis, change, date, status. */
export function marketMovesTable(data: MarketMovesData): ChartTable {
  const rows = data.rows.map((r) => [
    r.note ? `${r.name}（${r.note}）` : r.name,
    basisText(r),
    r.valueText,
    r.fact.date ? formatDate(r.fact.date) : '—',
    STATUS_TEXT[r.fact.status],
  ]);
  return { columns: ['标的', '口径', '涨跌幅', '日期', '状态'], rows };
}

/** Every fact id the chart shows: the day, then each row's change. */
export function marketMovesFacts(data: MarketMovesData): string[] {
  return [...new Set([data.date.fact.id, ...data.rows.map((r) => r.fact.id)])];
}

/** Loads content/data/charts/market-moves.json against the facts registry. */
export function loadMarketMoves(): MarketMovesData {
  return parseMarketMovesData(raw, MARKET_MOVES_FILE, getFact);
}

/** Rows shown at a step, for authors and tests: how many bars the reader sees. */
export function rowsAt(data: MarketMovesData, step: number): MoveRow[] {
  const k = clampStep(step);
  return data.rows.filter((r) => r.step <= k);
}

/** The chapter 3 market-moves chart. */
export const marketMoves: ChartDefinition<MarketMovesData> = {
  id: 'market-moves',
  size: SIZE,
  steps: MARKET_MOVES_STEPS,
  // The static (print, no-JS) view is the last step: every instrument at once, the unverified
  // ones dashed and the intraday snapshots grey, with the next day's rebound for contrast.
  staticStep: MARKET_MOVES_STEPS - 1,
  load: loadMarketMoves,
  layout: layoutMarketMoves,
  caption: (data) => data.title,
  describe: describeMarketMoves,
  table: marketMovesTable,
  facts: marketMovesFacts,
};
