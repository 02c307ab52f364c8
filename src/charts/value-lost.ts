/**
 * Chapter 3 yardstick chart: NVIDIA's one-day loss of market value (about $589B) drawn as a full
 * width bar, then, one step at a time, amounts a reader can hold against it on the same linear
 * scale: Stargate's four-year plan, SemiAnalysis's estimate of everything DeepSeek's GPUs cost
 * to own for four years, and V3's final training run at rental prices. The header states the
 * ratio from the registry ("约10.56万倍"); bars too thin to see are drawn at their true width and
 * pointed at in words. Bars are classed by what the money is: a market-value loss
 * (mark-highlight), ownership or capital spending (mark-muted) or rented compute (mark-primary).
 *
 * Usage: `<Scrolly chart="value-lost">` with one <Step> per state (the base bar, then one per row).
 * The dataset lives in content/data/charts/value-lost.json and names facts by id.
 */
import { z } from 'astro/zod';
import raw from '../../content/data/charts/value-lost.json';
import { getFact, factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import type { ChartDefinition, ChartSize, ChartTable, Mark } from './types.ts';
import { STATUS_TEXT, factDate, factDateText, textWidthEm, zodMessage, type FactLookup } from './chart-helpers.ts';

/** The dataset file, named in every error about it. */
export const VALUE_LOST_FILE = 'content/data/charts/value-lost.json';

/** Comparison rows the chart has room for (so steps = rows + 1). */
export const VALUE_LOST_ROWS = 3;

/** How much two sides of a ratio fact may disagree with the amounts they divide. */
const RATIO_TOLERANCE = 0.03;

/** What an amount of money is: a fall in market value, ownership/capital spending, or rented compute. */
export type MoneyKind = 'market' | 'ownership' | 'rental';

/** The class each kind of money is drawn with (the same mapping as the chapter 4 cost chart). */
export const KIND_CLASS: Record<MoneyKind, string> = {
  market: 'mark-highlight',
  ownership: 'mark-muted',
  rental: 'mark-primary',
};

/** Legend text for each kind. */
export const KIND_TEXT: Record<MoneyKind, string> = {
  market: '市值损失：股价下跌，不是花掉的钱',
  ownership: '持有成本/资本开支',
  rental: '租用算力折算',
};

/** One amount, resolved against the registry. */
export interface AmountRow {
  fact: Fact;
  name: string;
  kind: MoneyKind;
  /** A shorter name for the header ("V3最终训练"); the name when absent. */
  short: string;
  /** How many times this amount the base is (absent for the base itself). */
  ratio: Fact | undefined;
}

/** The chart's dataset after validation. */
export interface ValueLostData {
  title: string;
  date: { fact: Fact; text: string };
  base: AmountRow;
  rows: AmountRow[];
}

// ---------------------------------------------------------------------------------------------
// Geometry (viewBox units)

const SIZE: ChartSize = { width: 400, height: 450 };
const X0 = 16;
const X1 = 384;
const HEAD = { y: 26, font: 14 } as const;
const BIG = { y: 66, font: 34 } as const;
const ROWS_TOP = 96;
const ROW = { pitch: 64, labelY: 18, barY: 26, barH: 20, font: 14, noteFont: 13 } as const;
const LEGEND = { top: 358, line: 22, font: 13, square: 12 } as const;
/** Below this width a bar is pointed at in words. */
const THIN = 3;
/** Widest text line, in em at the row font. */
const LINE_MAX_EM = Math.floor((X1 - X0) / ROW.font);

// ---------------------------------------------------------------------------------------------
// Validation

const amountSchema = z.strictObject({
  fact: z.string().min(1, 'expected a fact id'),
  name: z.string().min(1, 'expected a name'),
  kind: z.enum(['market', 'ownership', 'rental']),
  short: z.string().min(1).optional(),
  ratio: z.string().min(1).optional(),
});

const valueLostSchema = z.strictObject({
  title: z.string().min(1, 'expected a title'),
  date: z.string().min(1, 'expected the fact id of the day'),
  base: amountSchema,
  rows: z.array(amountSchema).length(VALUE_LOST_ROWS, `expected ${VALUE_LOST_ROWS} rows, one per step after the first`),
});

type RawAmount = z.infer<typeof amountSchema>;

/** The number in a fact; throws naming the field when it is not a positive amount. */
function amount(fact: Fact, field: string, file: string): number {
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value) || fact.value <= 0) {
    throw new Error(`${file}: ${field}: fact "${fact.id}" is not a positive amount (value ${JSON.stringify(fact.value)}, unit "${fact.unit}")`);
  }
  return fact.value;
}

/** Resolves one amount; `field` is its path, e.g. "rows[1]". */
function resolve(row: RawAmount, field: string, file: string, lookup: FactLookup): AmountRow {
  const fact = lookup(row.fact, `${file}: ${field}.fact`);
  amount(fact, `${field}.fact`, file);
  const ratio = row.ratio ? lookup(row.ratio, `${file}: ${field}.ratio`) : undefined;
  return { fact, name: row.name, kind: row.kind, short: row.short ?? row.name, ratio };
}

/** The name and value line drawn above a bar. */
function rowLine(row: AmountRow): string {
  return `${row.name}${row.fact.status === 'unverified' ? '（未证实）' : ''}  ${factText(row.fact)}`;
}

/** The header line above the big number: the day at first, then "英伟达一天蒸发的市值，是V3最终训练的". */
function headLine(data: ValueLostData, row: AmountRow | undefined): string {
  return row ? `${data.base.name}，是${row.short}的` : `${data.date.text}，${data.base.name}`;
}

/** Checks the raw dataset and resolves its facts; throws naming the file and the field. */
export function parseValueLostData(input: unknown, file: string, lookup: FactLookup): ValueLostData {
  const result = valueLostSchema.safeParse(input);
  if (!result.success) throw new Error(zodMessage(file, result.error));
  const dateFact = lookup(result.data.date, `${file}: date`);
  const iso = factDate(dateFact);
  if (!iso) throw new Error(`${file}: date: fact "${dateFact.id}" has no date`);
  const base = resolve(result.data.base, 'base', file, lookup);
  if (base.ratio) throw new Error(`${file}: base.ratio: the base is what the other rows are compared with; it takes no ratio`);
  const rows = result.data.rows.map((row, i) => resolve(row, `rows[${i}]`, file, lookup));
  const baseValue = base.fact.value as number;
  rows.forEach((row, i) => {
    const field = `rows[${i}]`;
    if (!row.ratio) throw new Error(`${file}: ${field}.ratio: expected the fact id of how many times this amount the base is`);
    if (typeof row.ratio.value !== 'number') throw new Error(`${file}: ${field}.ratio: fact "${row.ratio.id}" is not a number`);
    const value = row.fact.value as number;
    if (value > baseValue) throw new Error(`${file}: ${field}.fact: "${row.fact.id}" is larger than the base; the base bar must be the longest`);
    const expected = baseValue / value;
    if (Math.abs(row.ratio.value - expected) / expected > RATIO_TOLERANCE) {
      throw new Error(`${file}: ${field}.ratio: fact "${row.ratio.id}" says ${row.ratio.value}, but ${base.fact.id} ÷ ${row.fact.id} is ${expected.toFixed(2)}`);
    }
  });
  const data: ValueLostData = { title: result.data.title, date: { fact: dateFact, text: factDateText(dateFact, iso) }, base, rows };
  [base, ...rows].forEach((row, i) => {
    const field = i === 0 ? 'base' : `rows[${i - 1}]`;
    if (textWidthEm(rowLine(row)) > LINE_MAX_EM) throw new Error(`${file}: ${field}.name: "${rowLine(row)}" is too long for the chart (at most ${LINE_MAX_EM} Chinese characters with its value)`);
  });
  for (const row of [undefined, ...rows]) {
    if (textWidthEm(headLine(data, row)) > LINE_MAX_EM) {
      const field = row ? `rows[${rows.indexOf(row)}].short` : 'base.name';
      throw new Error(`${file}: ${field}: header "${headLine(data, row)}" is too long for the chart (at most ${LINE_MAX_EM} Chinese characters)`);
    }
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Clamps a step number to the steps there are. */
function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), count - 1);
}

/** The bar class of an amount: its kind, dashed when unverified. */
export function amountClass(row: AmountRow): string {
  const base = KIND_CLASS[row.kind];
  return row.fact.status === 'unverified' ? `${base} mark-unverified` : base;
}

/** Bar width of an amount on the linear scale where the base fills the row. */
export function barWidth(data: ValueLostData, row: AmountRow, size: ChartSize = SIZE): number {
  return ((row.fact.value as number) / (data.base.fact.value as number)) * (size.width - 2 * X0);
}

/** The marks of the chart at `step`: header, the base bar and rows 0..step-1, legend. */
export function layoutValueLost(data: ValueLostData, step: number, size: ChartSize): Mark[] {
  const k = clampStep(step, data.rows.length + 1);
  const current = k === 0 ? undefined : data.rows[k - 1];
  const shown = [data.base, ...data.rows.slice(0, k)];
  const marks: Mark[] = [];

  marks.push({
    key: 'head',
    kind: 'text',
    className: 'label',
    text: headLine(data, current),
    attrs: { x: X0, y: HEAD.y, 'font-size': HEAD.font, 'text-anchor': 'start' },
  });
  marks.push({
    key: 'big-number',
    kind: 'text',
    className: 'label-big',
    text: factText(current?.ratio ?? data.base.fact),
    attrs: { x: X0, y: BIG.y, 'font-size': BIG.font, 'text-anchor': 'start' },
  });

  const bottom = ROWS_TOP + shown.length * ROW.pitch - 12;
  marks.push({ key: 'baseline', kind: 'line', className: 'axis', attrs: { x1: X0, y1: ROWS_TOP + ROW.barY - 4, x2: X0, y2: bottom } });

  shown.forEach((row, i) => {
    const id = row.fact.id;
    const top = ROWS_TOP + i * ROW.pitch;
    const width = barWidth(data, row, size);
    const active = row === (current ?? data.base);
    marks.push({
      key: `name-${id}`,
      kind: 'text',
      className: active ? 'label-strong is-active' : 'label',
      text: rowLine(row),
      attrs: { x: X0, y: top + ROW.labelY, 'font-size': ROW.font, 'text-anchor': 'start' },
    });
    marks.push({
      key: `bar-${id}`,
      kind: 'rect',
      className: amountClass(row),
      attrs: { x: X0, y: top + ROW.barY, width: Math.round(width * 1000) / 1000, height: ROW.barH },
    });
    if (width < THIN) {
      marks.push({
        key: `thin-${id}`,
        kind: 'text',
        className: 'label mark-muted',
        text: '← 按比例画出，细得几乎看不见',
        attrs: { x: X0 + Math.max(width, 0) + 8, y: top + ROW.barY + ROW.barH / 2 + ROW.noteFont * 0.35, 'font-size': ROW.noteFont, 'text-anchor': 'start' },
      });
    }
  });

  marks.push({
    key: 'legend-scale',
    kind: 'text',
    className: 'label',
    text: '横条长度与金额成正比',
    attrs: { x: X0, y: LEGEND.top + LEGEND.square / 2 + LEGEND.font * 0.35, 'font-size': LEGEND.font, 'text-anchor': 'start' },
  });
  (['market', 'ownership', 'rental'] as const).forEach((kind, i) => {
    const y = LEGEND.top + (i + 1) * LEGEND.line;
    marks.push({ key: `legend-square-${kind}`, kind: 'rect', className: KIND_CLASS[kind], attrs: { x: X0, y, width: LEGEND.square, height: LEGEND.square } });
    marks.push({
      key: `legend-${kind}`,
      kind: 'text',
      className: 'label',
      text: KIND_TEXT[kind],
      attrs: { x: X0 + LEGEND.square + 8, y: y + LEGEND.square / 2 + LEGEND.font * 0.35, 'font-size': LEGEND.font, 'text-anchor': 'start' },
    });
  });
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Texts

/** A Simplified Chinese text alternative for the whole chart. */
export function describeValueLost(data: ValueLostData): string {
  const sentences = [
    `图中横条长度与金额成正比，最长的一条是${data.date.text}${data.base.name}，${factText(data.base.fact)}。`,
    data.rows.map((r) => `${r.name}为${factText(r.fact)}，前者是它的${factText(r.ratio as Fact)}`).join('；') + '。',
    `后两项在同一比例下细得几乎看不见；市值损失是股价下跌，不是花掉的钱，各项口径不同，只作量级对照。`,
  ];
  const unverified = [data.base, ...data.rows].filter((r) => r.fact.status === 'unverified');
  if (unverified.length) sentences.push(`其中${unverified.map((r) => r.name).join('、')}尚未证实，以虚线画出。`);
  return sentences.join('');
}

/** The chart as a table: item, amount, kind, how many times it the loss is, status. */
export function valueLostTable(data: ValueLostData): ChartTable {
  const rows = [data.base, ...data.rows].map((r) => [r.name, factText(r.fact), KIND_TEXT[r.kind], r.ratio ? factText(r.ratio) : '—', STATUS_TEXT[r.fact.status]]);
  return { columns: ['项目', '金额', '性质', '市值损失是它的', '状态'], rows };
}

/** Every fact id the chart shows. */
export function valueLostFacts(data: ValueLostData): string[] {
  const ids = [data.date.fact.id, data.base.fact.id, ...data.rows.flatMap((r) => [r.fact.id, r.ratio?.id])];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** Loads content/data/charts/value-lost.json against the facts registry. */
export function loadValueLost(): ValueLostData {
  return parseValueLostData(raw, VALUE_LOST_FILE, getFact);
}

/** The chapter 3 yardstick chart. */
export const valueLost: ChartDefinition<ValueLostData> = {
  id: 'value-lost',
  size: SIZE,
  steps: VALUE_LOST_ROWS + 1,
  // The static view is the last step: all four bars, the thin ones pointed at, and the largest
  // ratio (the loss against V3's final training run) in the header.
  staticStep: VALUE_LOST_ROWS,
  load: loadValueLost,
  layout: layoutValueLost,
  caption: (data) => data.title,
  describe: describeValueLost,
  table: valueLostTable,
  facts: valueLostFacts,
};
