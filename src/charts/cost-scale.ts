/**
 * Chapter 4 zoom-out chart: amounts from R1's reinforcement-learning stage ($294K) to Stargate's
 * four-year plan ($500B) as nested squares whose area is proportional to dollars. Every step adds
 * an amount and re-scales the frame so the largest visible square fills it: the previous largest
 * shrinks towards the corner, and the oldest shrink to dots (never drawn smaller than MIN_SIDE).
 * Squares keep their keys across steps, so the browser animates the zoom.
 *
 * Rented compute (GPU-hours × rental price) is mark-primary; ownership and capital spending
 * (buying GPUs, building and running data centres) is mark-muted; the legend says which is which,
 * and an unverified amount is dashed (mark-unverified) and labelled 未证实. The header gives the
 * step's amount, what it is, and how it compares with the reference (V3's final training run),
 * from ratio facts in the registry that the parser checks against the amounts.
 *
 * Usage: `<Scrolly chart="cost-scale">` with one <Step> per step (six with the shipped dataset).
 * The dataset lives in content/data/charts/cost-scale.json and names facts by id.
 */
import { z } from 'astro/zod';
import raw from '../../content/data/charts/cost-scale.json';
import { getFact, factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import { formatNumber } from '../utils/format-number.ts';
import type { ChartDefinition, ChartSize, ChartTable, Mark } from './types.ts';
import { STATUS_TEXT, textWidthEm, zodMessage, type FactLookup } from './chart-helpers.ts';
import { dodge } from './timeline.ts';
import { KIND_CLASS } from './value-lost.ts';

/** The dataset file, named in every error about it. */
export const COST_SCALE_FILE = 'content/data/charts/cost-scale.json';

/** Number of steps the chapter's scrolly has; every step introduces exactly one main amount. */
export const COST_SCALE_STEPS = 6;

/** Squares smaller than this (viewBox units) are drawn at this size, as dots. */
export const MIN_SIDE = 2;

/** How far a ratio fact may be from the amounts it divides. */
const RATIO_TOLERANCE = 0.03;

/** What an amount is: rented compute, or ownership / capital spending. */
export type CostKind = 'rental' | 'ownership';

/** Reader-facing names of the two kinds, used in the header and the table. */
export const COST_KIND_TEXT: Record<CostKind, string> = {
  rental: '租用算力折算',
  ownership: '持有成本/资本开支',
};

/** One amount, resolved against the registry. */
export interface CostItem {
  fact: Fact;
  /** Short name for callouts and the table ("V3最终训练"). */
  name: string;
  /** One line for the header when the item is the step's main amount. */
  detail: string;
  kind: CostKind;
  step: number;
  /** Whether the step's header is about this item (one per step). */
  main: boolean;
  /** How it compares with the reference (absent for the reference itself). */
  ratio: Fact | undefined;
  /** The amount in dollars. */
  value: number;
}

/** The chart's dataset after validation. */
export interface CostScaleData {
  title: string;
  /** The item every other is compared with. */
  reference: CostItem;
  /** Items in the dataset's order (by step). */
  items: CostItem[];
}

// ---------------------------------------------------------------------------------------------
// Geometry (viewBox units)

const SIZE: ChartSize = { width: 400, height: 450 };
const X0 = 16;
const BIG = { y: 38, font: 30 } as const;
const DETAIL = { y: 62, font: 14 } as const;
const KIND_LINE = { y: 82, font: 13 } as const;
/** The frame the largest visible square fills. */
export const FRAME = { x: X0, y: 96, side: 244 } as const;
const CALLOUT = { x: FRAME.x + FRAME.side + 10, font: 13, line: 16, block: 38 } as const;
const LEGEND = { fromBottom: 96, line: 22, font: 13, square: 12 } as const;
const TEXT_RIGHT = SIZE.width - 8;
/** Widest callout line, in em. */
const CALLOUT_MAX_EM = (TEXT_RIGHT - CALLOUT.x) / CALLOUT.font;

// ---------------------------------------------------------------------------------------------
// Validation

const itemSchema = z.strictObject({
  fact: z.string().min(1, 'expected a fact id'),
  name: z.string().min(1, 'expected a short name'),
  detail: z.string().min(1, 'expected a one-line description'),
  kind: z.enum(['rental', 'ownership']),
  step: z.number().int('expected a whole step number').min(0).max(COST_SCALE_STEPS - 1, `expected a step from 0 to ${COST_SCALE_STEPS - 1}`),
  ratio: z.string().min(1).optional(),
  main: z.boolean().optional(),
});

const costScaleSchema = z.strictObject({
  title: z.string().min(1, 'expected a title'),
  reference: z.string().min(1, 'expected the fact id every item is compared with'),
  items: z.array(itemSchema).min(COST_SCALE_STEPS, `expected at least ${COST_SCALE_STEPS} items, one main item per step`),
});

/** The value line of a callout: "557.6万美元", "5亿美元（未证实）". */
function valueLine(item: CostItem): string {
  return factText(item.fact) + (item.fact.status === 'unverified' ? '（未证实）' : '');
}

/** The kind and comparison line of the header. */
function kindLine(data: CostScaleData, item: CostItem): string {
  const kind = COST_KIND_TEXT[item.kind];
  if (!item.ratio) return `${kind}，以下各项都与它相比`;
  return `${kind}，相当于${data.reference.name}的${factText(item.ratio)}`;
}

/** Checks the raw dataset and resolves its facts; throws naming the file and the field. */
export function parseCostScaleData(input: unknown, file: string, lookup: FactLookup): CostScaleData {
  const result = costScaleSchema.safeParse(input);
  if (!result.success) throw new Error(zodMessage(file, result.error));
  const items = result.data.items.map((row, i): CostItem => {
    const field = `items[${i}]`;
    const fact = lookup(row.fact, `${file}: ${field}.fact`);
    if (typeof fact.value !== 'number' || !Number.isFinite(fact.value) || fact.value <= 0 || fact.unit !== '美元') {
      throw new Error(`${file}: ${field}.fact: fact "${fact.id}" is not an amount in 美元 (value ${JSON.stringify(fact.value)}, unit "${fact.unit}"); convert no currency without a sourced rate`);
    }
    const ratio = row.ratio ? lookup(row.ratio, `${file}: ${field}.ratio`) : undefined;
    return { fact, name: row.name, detail: row.detail, kind: row.kind, step: row.step, main: row.main ?? true, ratio, value: fact.value };
  });

  const refIndex = items.findIndex((item) => item.fact.id === result.data.reference);
  const reference = items[refIndex];
  if (!reference) throw new Error(`${file}: reference: "${result.data.reference}" is not one of the items`);
  items.forEach((item, i) => {
    const field = `items[${i}]`;
    const previous = items[i - 1];
    if (previous && item.step < previous.step) throw new Error(`${file}: ${field}.step: step ${item.step} comes after step ${previous.step}; list items in step order`);
    if (i === refIndex) {
      if (item.ratio) throw new Error(`${file}: ${field}.ratio: the reference is compared with nothing; remove its ratio`);
    } else {
      if (!item.ratio) throw new Error(`${file}: ${field}.ratio: expected the fact id comparing "${item.fact.id}" with the reference`);
      const said = typeof item.ratio.value === 'number' ? (item.ratio.unit === '%' ? item.ratio.value / 100 : item.ratio.value) : NaN;
      const expected = item.value / reference.value;
      if (!(Math.abs(said - expected) / expected <= RATIO_TOLERANCE)) {
        throw new Error(`${file}: ${field}.ratio: fact "${item.ratio.id}" says ${String(item.ratio.value)}${item.ratio.unit}, but ${item.fact.id} ÷ ${reference.fact.id} is ${formatNumber(expected)}`);
      }
    }
    const tooWide = [item.name, valueLine(item)].find((t) => textWidthEm(t) > CALLOUT_MAX_EM);
    if (tooWide) throw new Error(`${file}: ${field}.name: "${tooWide}" is too wide for a callout (at most ${CALLOUT_MAX_EM.toFixed(1)} Chinese characters)`);
    if (textWidthEm(item.detail) * DETAIL.font > SIZE.width - 2 * X0) {
      throw new Error(`${file}: ${field}.detail: "${item.detail}" is too long for one line (at most ${Math.floor((SIZE.width - 2 * X0) / DETAIL.font)} Chinese characters)`);
    }
  });
  for (let step = 0; step < COST_SCALE_STEPS; step++) {
    const mains = items.filter((item) => item.step === step && item.main);
    if (mains.length !== 1) throw new Error(`${file}: items: step ${step} has ${mains.length} main items; expected exactly one (mark the others "main": false)`);
  }
  const data: CostScaleData = { title: result.data.title, reference, items };
  items.forEach((item, i) => {
    if (textWidthEm(kindLine(data, item)) * KIND_LINE.font > SIZE.width - 2 * X0) {
      throw new Error(`${file}: items[${i}].ratio: header line "${kindLine(data, item)}" is too long`);
    }
  });
  return data;
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Clamps a step number to the steps there are. */
function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), COST_SCALE_STEPS - 1);
}

/** The fill class of an item: its kind, dashed when unverified. */
export function itemClass(item: CostItem): string {
  const base = KIND_CLASS[item.kind];
  return item.fact.status === 'unverified' ? `${base} mark-unverified` : base;
}

/** Items visible at a step, largest first (the order they are drawn in). */
export function visibleItems(data: CostScaleData, step: number): CostItem[] {
  const k = clampStep(step);
  return data.items.filter((item) => item.step <= k).sort((a, b) => b.value - a.value);
}

/** The step's main item. */
export function mainItem(data: CostScaleData, step: number): CostItem {
  const k = clampStep(step);
  const main = data.items.find((item) => item.step === k && item.main);
  if (!main) throw new Error(`cost-scale: step ${k} has no main item`);
  return main;
}

/** True side of an item's square at a step (area ∝ dollars; the largest visible fills the frame). */
export function trueSide(data: CostScaleData, item: CostItem, step: number, frame: number = FRAME.side): number {
  const largest = visibleItems(data, step)[0];
  return largest ? frame * Math.sqrt(item.value / largest.value) : 0;
}

/**
 * Items that get a callout, besides the largest (which the header and frame speak for): the
 * step's main item when it is not the largest, anything from this step or the two before, and
 * the reference, so the ruler stays in sight however small it gets.
 */
export function calloutItems(data: CostScaleData, step: number): CostItem[] {
  const k = clampStep(step);
  const visible = visibleItems(data, k);
  const largest = visible[0];
  return visible.filter((item) => item !== largest && (item.step >= k - 2 || item === data.reference));
}

/** The marks of the chart at `step`: header, nested squares, callouts, legend. */
export function layoutCostScale(data: CostScaleData, step: number, size: ChartSize): Mark[] {
  const k = clampStep(step);
  const main = mainItem(data, k);
  const marks: Mark[] = [];
  const bottom = FRAME.y + FRAME.side;

  marks.push({ key: 'big-number', kind: 'text', className: 'label-big', text: valueLine(main), attrs: { x: X0, y: BIG.y, 'font-size': BIG.font, 'text-anchor': 'start' } });
  marks.push({ key: 'detail', kind: 'text', className: 'label-strong', text: main.detail, attrs: { x: X0, y: DETAIL.y, 'font-size': DETAIL.font, 'text-anchor': 'start' } });
  marks.push({ key: 'kind-line', kind: 'text', className: 'label', text: kindLine(data, main), attrs: { x: X0, y: KIND_LINE.y, 'font-size': KIND_LINE.font, 'text-anchor': 'start' } });

  const sideOf = new Map<CostItem, number>();
  for (const item of visibleItems(data, k)) {
    const id = item.fact.id;
    const side = Math.max(trueSide(data, item, k), MIN_SIDE);
    sideOf.set(item, side);
    const box = { x: FRAME.x, y: bottom - side, width: side, height: side };
    marks.push({ key: `sq-${id}`, kind: 'rect', className: itemClass(item), attrs: box });
    if (item.fact.status !== 'unverified') marks.push({ key: `frame-${id}`, kind: 'rect', className: 'axis', attrs: box });
  }

  // Callouts in the column right of the frame, each near its square's top, none overlapping.
  const callouts = calloutItems(data, k).sort((a, b) => (sideOf.get(b) ?? 0) - (sideOf.get(a) ?? 0));
  const centres = dodge(
    callouts.map((item) => ({ want: bottom - (sideOf.get(item) ?? 0) + CALLOUT.block / 2 - 4, height: CALLOUT.block })),
    FRAME.y - 4,
    bottom + 10,
  );
  callouts.forEach((item, i) => {
    const id = item.fact.id;
    const side = sideOf.get(item) ?? 0;
    const nameY = (centres[i] ?? bottom) - CALLOUT.block / 2 + CALLOUT.font;
    marks.push({
      key: `leader-${id}`,
      kind: 'line',
      className: 'tick',
      attrs: { x1: FRAME.x + side, y1: bottom - side, x2: CALLOUT.x - 4, y2: nameY - CALLOUT.font * 0.35 },
    });
    marks.push({ key: `callout-name-${id}`, kind: 'text', className: 'label', text: item.name, attrs: { x: CALLOUT.x, y: nameY, 'font-size': CALLOUT.font, 'text-anchor': 'start' } });
    marks.push({
      key: `callout-value-${id}`,
      kind: 'text',
      className: 'label-strong',
      text: valueLine(item),
      attrs: { x: CALLOUT.x, y: nameY + CALLOUT.line, 'font-size': CALLOUT.font, 'text-anchor': 'start' },
    });
  });

  const legend: { key: string; cls: string | undefined; frame: boolean; text: string }[] = [
    { key: 'rental', cls: KIND_CLASS.rental, frame: true, text: '租用算力折算：GPU小时 × 每小时租价' },
    { key: 'ownership', cls: KIND_CLASS.ownership, frame: true, text: '持有成本/资本开支：买卡、建机房、运营' },
    { key: 'unverified', cls: `${KIND_CLASS.rental} mark-unverified`, frame: false, text: '虚线：未证实' },
    { key: 'scale', cls: undefined, frame: false, text: '方块面积与金额成正比，每一步按最大一项缩放' },
  ];
  legend.forEach((entry, i) => {
    const y = size.height - LEGEND.fromBottom + i * LEGEND.line;
    const textX = entry.cls ? X0 + LEGEND.square + 8 : X0;
    if (entry.cls) {
      const box = { x: X0, y, width: LEGEND.square, height: LEGEND.square };
      marks.push({ key: `legend-square-${entry.key}`, kind: 'rect', className: entry.cls, attrs: box });
      if (entry.frame) marks.push({ key: `legend-frame-${entry.key}`, kind: 'rect', className: 'axis', attrs: box });
    }
    marks.push({
      key: `legend-${entry.key}`,
      kind: 'text',
      className: 'label',
      text: entry.text,
      attrs: { x: textX, y: y + LEGEND.square / 2 + LEGEND.font * 0.35, 'font-size': LEGEND.font, 'text-anchor': 'start' },
    });
  });
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Texts

/** A Simplified Chinese text alternative for the whole chart. */
export function describeCostScale(data: CostScaleData): string {
  const list = data.items
    .map((item) => `${item.name}${factText(item.fact)}（${COST_KIND_TEXT[item.kind]}${item.ratio ? `，相当于${data.reference.name}的${factText(item.ratio)}` : ''}）`)
    .join('；');
  const sentences = [
    `图中方块的面积与金额成正比，每一步加入一项，并按当时最大的一项重新缩放，之前的方块随之缩小，直至成为一个点。`,
    `依次为：${list}。`,
    `${COST_KIND_TEXT.rental}是按 GPU 小时乘以租价算出的单次训练费用，${COST_KIND_TEXT.ownership}是买卡、建机房和运营的花费或计划投资，两者口径不同。`,
  ];
  const unverified = data.items.filter((item) => item.fact.status === 'unverified');
  if (unverified.length) sentences.push(`其中${unverified.map((item) => item.name).join('、')}尚未证实，以虚线画出。`);
  return sentences.join('');
}

/** The chart as a table: step, item, amount, kind, comparison with the reference, status. */
export function costScaleTable(data: CostScaleData): ChartTable {
  const rows = data.items.map((item) => [
    formatNumber(item.step + 1),
    item.detail,
    factText(item.fact),
    COST_KIND_TEXT[item.kind],
    item.ratio ? factText(item.ratio) : '（基准）',
    STATUS_TEXT[item.fact.status],
  ]);
  return { columns: ['步骤', '项目', '金额', '口径', `相当于${data.reference.name}`, '状态'], rows };
}

/** Every fact id the chart shows: amounts and ratios. */
export function costScaleFacts(data: CostScaleData): string[] {
  const ids = data.items.flatMap((item) => [item.fact.id, item.ratio?.id]);
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** Loads content/data/charts/cost-scale.json against the facts registry. */
export function loadCostScale(): CostScaleData {
  return parseCostScaleData(raw, COST_SCALE_FILE, getFact);
}

/** The chapter 4 zoom-out chart. */
export const costScale: ChartDefinition<CostScaleData> = {
  id: 'cost-scale',
  size: SIZE,
  steps: COST_SCALE_STEPS,
  // The static view is the last step: Stargate's $500B fills the frame, its first $100B phase
  // sits inside, SemiAnalysis's $2.573B is a small square and V3's final run a dot, each with a
  // callout; the other amounts are in the table under the figure.
  staticStep: COST_SCALE_STEPS - 1,
  load: loadCostScale,
  layout: layoutCostScale,
  caption: (data) => data.title,
  describe: describeCostScale,
  table: costScaleTable,
  facts: costScaleFacts,
};
