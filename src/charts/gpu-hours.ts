/**
 * Chapter 2 bar chart: DeepSeek-V3's training bill, from H800 GPU-hours to dollars.
 * Step 0 draws the three training phases as three bars in GPU-hours (pre-training dominates, post-training
 * is a sliver and says so). Step 1 slides the same bars end to end into one stacked bar: the total.
 * Step 2 keeps the bars and relabels them in dollars at the report's rental price (the scale is the same,
 * since dollars are GPU-hours times one price). Step 3 adds dashed placeholder boxes for what the figure
 * leaves out (research and ablations, hardware, people): equal boxes, explicitly 未计入, not sized as if known.
 *
 * Usage: `<Scrolly chart="gpu-hours">` with four <Step>s. The dataset lives in
 * content/data/charts/gpu-hours.json and names facts by id; every figure comes from the facts registry.
 */
import { z } from 'astro/zod';
import raw from '../../content/data/charts/gpu-hours.json';
import { getFact, factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import type { ChartDefinition, ChartSize, ChartTable, Mark } from './types.ts';
import { STATUS_TEXT, textWidthEm, zodMessage, type FactLookup } from './chart-helpers.ts';

/** The dataset file, named in every error about it. */
export const GPU_HOURS_FILE = 'content/data/charts/gpu-hours.json';

/** Number of states: phases, total, dollars, what is left out. */
export const GPU_HOURS_STEPS = 4;

/** One training phase, resolved against the registry. */
export interface Phase {
  key: string;
  name: string;
  /** GPU-hours of the phase. */
  hours: Fact;
  /** The same hours at the rental price, in dollars. */
  cost: Fact;
  /** A remark drawn beside the bar at step 0 ("细得几乎看不见"). */
  note: string | undefined;
}

/** The GPU-hours chart's dataset after validation. */
export interface GpuHoursData {
  title: string;
  phases: Phase[];
  total: { hours: Fact; cost: Fact };
  /** Dollars per GPU-hour. */
  price: Fact;
  /** The headline of step 0: a share and the words after it. */
  lead: { fact: Fact; caption: string };
  /** What the figure leaves out: names only, never sized. */
  excluded: string[];
}

// ---------------------------------------------------------------------------------------------
// Geometry (viewBox units). Fonts are at least 13 so the chart reads on a 360 px phone.

const SIZE: ChartSize = { width: 400, height: 440 };
const MARGIN = 16;
const BIG = { y: 48, font: 34 } as const;
const CAPTION = { y: 76, font: 14 } as const;
const LABEL_FONT = 14;
const NOTE_FONT = 13;
const SWATCH = 12;
/** Step 0: one row per phase; `y` is the label's baseline, the bar sits below it. */
const ROWS = { top: 124, pitch: 84, barGap: 8, barHeight: 30 } as const;
/** Steps 1–3: one stacked bar and a legend under it. */
const STACK = { y: 108, height: 44 } as const;
const LEGEND = { top: 188, pitch: 28 } as const;
const EXCLUDED = { heading: 318, top: 332, height: 66, gap: 10, note: 424 } as const;
/** Widest text a line holds, in em at the label font. */
const LINE_MAX_EM = (SIZE.width - 2 * MARGIN) / LABEL_FONT;
const CLASS_BY_INDEX = ['mark-primary', 'mark-secondary', 'mark-highlight', 'mark-muted'] as const;

/** Width available to bars. */
const barSpan = (size: ChartSize) => size.width - 2 * MARGIN;

// ---------------------------------------------------------------------------------------------
// Validation

const phaseSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case key'),
  name: z.string().min(1, 'expected a phase name'),
  hours: z.string().min(1, 'expected a fact id'),
  cost: z.string().min(1, 'expected a fact id'),
  note: z.string().min(1).optional(),
});

const gpuHoursSchema = z.strictObject({
  title: z.string().min(1, 'expected a title'),
  phases: z.array(phaseSchema).min(1, 'expected at least one phase').max(CLASS_BY_INDEX.length, `expected at most ${CLASS_BY_INDEX.length} phases`),
  total: z.strictObject({ hours: z.string().min(1, 'expected a fact id'), cost: z.string().min(1, 'expected a fact id') }),
  price: z.string().min(1, 'expected a fact id'),
  lead: z.strictObject({ fact: z.string().min(1, 'expected a fact id'), caption: z.string().min(1, 'expected a caption') }),
  excluded: z.array(z.string().min(1, 'expected a name')).min(1, 'expected at least one item').max(4, 'expected at most 4 items'),
});

/** Looks up a fact that must be a positive amount in `unit`; `field` is its dataset path. */
function amount(id: string, unit: string, field: string, file: string, lookup: FactLookup): Fact {
  const fact = lookup(id, `${file}: ${field}`);
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value) || fact.value <= 0) {
    throw new Error(`${file}: ${field}: fact "${fact.id}" is not a positive amount (value ${JSON.stringify(fact.value)})`);
  }
  if (fact.unit !== unit) throw new Error(`${file}: ${field}: fact "${fact.id}" is in "${fact.unit}", expected "${unit}"`);
  return fact;
}

/** True when two amounts agree to within rounding (0.1 %, at least 1 unit). */
function agrees(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.001);
}

const num = (fact: Fact) => fact.value as number;

/** Checks the raw dataset and resolves its facts; throws naming the file and the field. */
export function parseGpuHoursData(input: unknown, file: string, lookup: FactLookup): GpuHoursData {
  const result = gpuHoursSchema.safeParse(input);
  if (!result.success) throw new Error(zodMessage(file, result.error));
  const d = result.data;
  const price = amount(d.price, '美元', 'price', file, lookup);
  const phases = d.phases.map((p, i): Phase => {
    const hours = amount(p.hours, 'GPU小时', `phases[${i}].hours`, file, lookup);
    const cost = amount(p.cost, '美元', `phases[${i}].cost`, file, lookup);
    if (!agrees(num(cost), num(hours) * num(price))) {
      throw new Error(`${file}: phases[${i}].cost: fact "${cost.id}" (${num(cost)}) is not hours × price (${num(hours)} × ${num(price)})`);
    }
    return { key: p.key, name: p.name, hours, cost, note: p.note };
  });
  const keys = new Set<string>();
  phases.forEach((p, i) => {
    if (keys.has(p.key)) throw new Error(`${file}: phases[${i}].key: duplicate key "${p.key}"`);
    keys.add(p.key);
  });
  const total = {
    hours: amount(d.total.hours, 'GPU小时', 'total.hours', file, lookup),
    cost: amount(d.total.cost, '美元', 'total.cost', file, lookup),
  };
  const sum = phases.reduce((s, p) => s + num(p.hours), 0);
  if (!agrees(sum, num(total.hours))) {
    throw new Error(`${file}: total.hours: fact "${total.hours.id}" (${num(total.hours)}) is not the sum of the phases (${sum})`);
  }
  if (!agrees(num(total.cost), num(total.hours) * num(price))) {
    throw new Error(`${file}: total.cost: fact "${total.cost.id}" (${num(total.cost)}) is not hours × price`);
  }
  const leadFact = lookup(d.lead.fact, `${file}: lead.fact`);
  if (typeof leadFact.value !== 'number') throw new Error(`${file}: lead.fact: fact "${leadFact.id}" is not a number`);
  const data: GpuHoursData = { title: d.title, phases, total, price, lead: { fact: leadFact, caption: d.lead.caption }, excluded: d.excluded };

  // Every text must fit the line or box it is drawn in.
  const boxWidth = excludedBoxWidth(data, SIZE);
  d.excluded.forEach((name, i) => {
    if (textWidthEm(name) * LABEL_FONT > boxWidth - 8) {
      throw new Error(`${file}: excluded[${i}]: "${name}" is too wide for its box (at most ${Math.floor((boxWidth - 8) / LABEL_FONT)} Chinese characters)`);
    }
  });
  phases.forEach((p, i) => {
    for (const text of [phaseLabel(p, false), phaseLabel(p, true)]) {
      if (textWidthEm(text) > LINE_MAX_EM - 2) throw new Error(`${file}: phases[${i}].name: label "${text}" is too long for the chart`);
    }
  });
  if (textWidthEm(statusText(leadCaptionText(data), leadFact)) * CAPTION.font > barSpan(SIZE)) {
    throw new Error(`${file}: lead.caption: "${d.lead.caption}" is too long for one line`);
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Appends 未证实 to a text whose fact is unverified. */
function statusText(text: string, fact: Fact): string {
  return fact.status === 'unverified' ? `${text}（未证实）` : text;
}

/** Adds the unverified modifier to a class list when the fact is not verified. */
function withStatus(className: string, ...facts: Fact[]): string {
  return facts.some((f) => f.status === 'unverified') ? `${className} mark-unverified` : className;
}

/** "预训练 266.4万GPU小时" or, in dollars, "预训练 532.8万美元". */
function phaseLabel(p: Phase, dollars: boolean): string {
  const fact = dollars ? p.cost : p.hours;
  return statusText(`${p.name} ${factText(fact)}`, fact);
}

/** Step 0's caption line. */
function leadCaptionText(data: GpuHoursData): string {
  return `${factText(data.lead.fact)}${data.lead.caption}`;
}

/** "278.8万GPU小时 × 每GPU小时2美元 = 557.6万美元". */
function formulaText(data: GpuHoursData): string {
  return `${factText(data.total.hours)} × 每GPU小时${factText(data.price)} = ${factText(data.total.cost)}`;
}

/** Width of one placeholder box. */
function excludedBoxWidth(data: Pick<GpuHoursData, 'excluded'>, size: ChartSize): number {
  const n = data.excluded.length;
  return (barSpan(size) - (n - 1) * EXCLUDED.gap) / n;
}

/** Clamps a step number to the steps there are. */
function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), GPU_HOURS_STEPS - 1);
}

/** Big number and caption per step. */
function headline(data: GpuHoursData, k: number): { big: string; caption: string; fact: Fact } {
  if (k === 0) return { big: factText(data.lead.fact), caption: data.lead.caption.trim(), fact: data.lead.fact };
  if (k === 1) return { big: factText(data.total.hours), caption: '三个阶段首尾相接：V3 正式训练的全部算力', fact: data.total.hours };
  if (k === 2) return { big: factText(data.total.cost), caption: `按每GPU小时${factText(data.price)}的租价折算`, fact: data.total.cost };
  return { big: factText(data.total.cost), caption: '这只是正式训练这一项的租价', fact: data.total.cost };
}

/** The marks of the GPU-hours chart at `step`. */
export function layoutGpuHours(data: GpuHoursData, step: number, size: ChartSize): Mark[] {
  const k = clampStep(step);
  const span = barSpan(size);
  const total = num(data.total.hours);
  const width = (p: Phase) => (num(p.hours) / total) * span;
  const dollars = k >= 2;
  const marks: Mark[] = [];

  const head = headline(data, k);
  marks.push({
    key: 'big-number',
    kind: 'text',
    className: 'label-big',
    text: statusText(head.big, head.fact),
    attrs: { x: MARGIN, y: BIG.y, 'font-size': BIG.font, 'text-anchor': 'start' },
  });
  marks.push({
    key: 'caption',
    kind: 'text',
    className: 'label',
    text: head.caption,
    attrs: { x: MARGIN, y: CAPTION.y, 'font-size': CAPTION.font, 'text-anchor': 'start' },
  });

  let x = MARGIN;
  data.phases.forEach((p, i) => {
    const cls = withStatus(CLASS_BY_INDEX[i] ?? 'mark-muted', p.hours, p.cost);
    const w = Math.round(width(p) * 100) / 100;
    const labelY = k === 0 ? ROWS.top + i * ROWS.pitch : LEGEND.top + i * LEGEND.pitch;
    const barY = k === 0 ? labelY + ROWS.barGap : STACK.y;
    const barH = k === 0 ? ROWS.barHeight : STACK.height;
    const barX = k === 0 ? MARGIN : x;
    marks.push({ key: `bar-${p.key}`, kind: 'rect', className: cls, attrs: { x: barX, y: barY, width: w, height: barH } });
    marks.push({ key: `swatch-${p.key}`, kind: 'rect', className: cls, attrs: { x: MARGIN, y: labelY - 10.5, width: SWATCH, height: SWATCH } });
    marks.push({
      key: `label-${p.key}`,
      kind: 'text',
      className: 'label',
      text: phaseLabel(p, dollars),
      attrs: { x: MARGIN + SWATCH + 6, y: labelY, 'font-size': LABEL_FONT, 'text-anchor': 'start' },
    });
    if (k === 0 && p.note) {
      marks.push({
        key: `note-${p.key}`,
        kind: 'text',
        className: 'label mark-muted',
        text: `← ${p.note}`,
        attrs: { x: MARGIN + w + 8, y: barY + barH / 2 + NOTE_FONT * 0.35, 'font-size': NOTE_FONT, 'text-anchor': 'start' },
      });
    }
    x += w;
  });

  if (k >= 2) {
    marks.push({
      key: 'formula',
      kind: 'text',
      className: 'label-strong',
      text: formulaText(data),
      attrs: { x: MARGIN, y: LEGEND.top + data.phases.length * LEGEND.pitch + 8, 'font-size': LABEL_FONT, 'text-anchor': 'start' },
    });
  }

  if (k === 3) {
    marks.push({
      key: 'excluded-heading',
      kind: 'text',
      className: 'label-strong',
      text: '这笔账没有算进去的：',
      attrs: { x: MARGIN, y: EXCLUDED.heading, 'font-size': LABEL_FONT, 'text-anchor': 'start' },
    });
    const boxW = Math.round(excludedBoxWidth(data, size) * 100) / 100;
    data.excluded.forEach((name, i) => {
      const bx = MARGIN + i * (boxW + EXCLUDED.gap);
      marks.push({
        key: `excluded-box-${i}`,
        kind: 'rect',
        className: 'mark-muted mark-unverified',
        attrs: { x: bx, y: EXCLUDED.top, width: boxW, height: EXCLUDED.height },
      });
      marks.push({
        key: `excluded-name-${i}`,
        kind: 'text',
        className: 'label-strong',
        text: name,
        attrs: { x: bx + boxW / 2, y: EXCLUDED.top + 28, 'font-size': LABEL_FONT, 'text-anchor': 'middle' },
      });
      marks.push({
        key: `excluded-status-${i}`,
        kind: 'text',
        className: 'label mark-muted',
        text: '未计入',
        attrs: { x: bx + boxW / 2, y: EXCLUDED.top + 50, 'font-size': NOTE_FONT, 'text-anchor': 'middle' },
      });
    });
    marks.push({
      key: 'excluded-note',
      kind: 'text',
      className: 'label mark-muted',
      text: '方框不按金额比例绘制：这些花费没有公开',
      attrs: { x: MARGIN, y: EXCLUDED.note, 'font-size': NOTE_FONT, 'text-anchor': 'start' },
    });
  }
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Texts

/** A Simplified Chinese text alternative for the whole chart. */
export function describeGpuHours(data: GpuHoursData): string {
  const parts = data.phases.map((p) => `${p.name}${factText(p.hours)}`).join('、');
  const costs = data.phases.map((p) => `${p.name}${factText(p.cost)}`).join('、');
  return [
    `DeepSeek-V3 的正式训练共用${factText(data.total.hours)}，分为${parts}，其中预训练占${factText(data.lead.fact)}。`,
    `按每GPU小时${factText(data.price)}的租价折算，合计${factText(data.total.cost)}（${costs}）。`,
    `这个数字不含${data.excluded.join('、')}等开支；这些花费没有公开，图中用虚线方框示意，方框大小不代表金额。`,
  ].join('');
}

/** The chart as a table: phase, GPU-hours, dollars, status; the left-out items close it. */
export function gpuHoursTable(data: GpuHoursData): ChartTable {
  const status = (...facts: Fact[]) => STATUS_TEXT[facts.find((f) => f.status !== 'verified')?.status ?? 'verified'];
  const rows: (string | number)[][] = data.phases.map((p) => [p.name, factText(p.hours), factText(p.cost), status(p.hours, p.cost)]);
  rows.push(['合计', factText(data.total.hours), factText(data.total.cost), status(data.total.hours, data.total.cost)]);
  for (const name of data.excluded) rows.push([name, '—', '未计入', '未公开']);
  return { columns: ['阶段', 'H800 GPU小时', `按每GPU小时${factText(data.price)}折算`, '状态'], rows };
}

/** Every fact id the chart shows, without repeats. */
export function gpuHoursFacts(data: GpuHoursData): string[] {
  const ids = [
    data.lead.fact.id,
    ...data.phases.flatMap((p) => [p.hours.id, p.cost.id]),
    data.total.hours.id,
    data.total.cost.id,
    data.price.id,
  ];
  return [...new Set(ids)];
}

/** Loads content/data/charts/gpu-hours.json against the facts registry. */
export function loadGpuHours(): GpuHoursData {
  return parseGpuHoursData(raw, GPU_HOURS_FILE, getFact);
}

/** The chapter 2 GPU-hours-to-dollars chart. */
export const gpuHours: ChartDefinition<GpuHoursData> = {
  id: 'gpu-hours',
  size: SIZE,
  steps: GPU_HOURS_STEPS,
  // The static (print, no-JS) view is the last step: the stacked bar in dollars, the formula that turns
  // GPU-hours into dollars, and the boxes for what the figure leaves out; the hours per phase are in
  // the table under the figure.
  staticStep: GPU_HOURS_STEPS - 1,
  load: loadGpuHours,
  layout: layoutGpuHours,
  caption: (data) => data.title,
  describe: describeGpuHours,
  table: gpuHoursTable,
  facts: gpuHoursFacts,
};
