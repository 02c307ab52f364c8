/**
 * Chapter 2 unit chart: the streaming multiprocessors (SMs) of one H800, one square each.
 * Step 0 draws every SM as computing. Step 1 recolours the last squares (same keys, same places) as the
 * SMs DeepSeek set aside for communication between nodes. Step 2 keeps the grid and adds a schematic of
 * what that buys with DualPipe: computing and communicating one after the other, against both at once
 * (a drawing of the idea, labelled as not to scale, not data).
 *
 * Usage: `<Scrolly chart="sm-split">` with three <Step>s. The dataset lives in
 * content/data/charts/sm-split.json and names facts by id; every count comes from the facts registry.
 */
import { z } from 'astro/zod';
import raw from '../../content/data/charts/sm-split.json';
import { getFact, factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import type { ChartDefinition, ChartSize, ChartTable, Mark } from './types.ts';
import { STATUS_TEXT, textWidthEm, zodMessage, type FactLookup } from './chart-helpers.ts';

/** The dataset file, named in every error about it. */
export const SM_SPLIT_FILE = 'content/data/charts/sm-split.json';

/** Number of states: all computing, the split, the overlap. */
export const SM_SPLIT_STEPS = 3;

/** Squares per grid row. */
export const SM_COLS = 12;

/** The SM chart's dataset after validation. */
export interface SmSplitData {
  title: string;
  total: Fact;
  comm: Fact;
  compute: Fact;
  /** One to three short lines beside the grid, per step. */
  notes: string[][];
  overlap: { heading: string; sequential: string; overlapped: string; saved: string };
}

// ---------------------------------------------------------------------------------------------
// Geometry (viewBox units). Fonts are at least 13 so the chart reads on a 360 px phone.

const SIZE: ChartSize = { width: 400, height: 460 };
const MARGIN = 16;
const BIG = { y: 48, font: 34 } as const;
const CAPTION = { y: 76, font: 14 } as const;
const GRID = { x: MARGIN, y: 96, pitch: 16, cell: 13, maxRows: 11 } as const;
const SIDE = { x: 224, legendY: [112, 138], swatch: 12, font: 14, notesY: 176, notePitch: 20, noteFont: 13 } as const;
const SIDE_MAX_EM = (SIZE.width - SIDE.x - 4) / SIDE.noteFont;
/** The step 2 schematic: lanes of blocks; widths are illustrative, not measured. */
const SCHEME = {
  headingY: 296,
  seqLabelY: 318,
  seqY: 326,
  ovlLabelY: 364,
  ovlComputeY: 372,
  ovlCommY: 392,
  lane: 16,
  compute: 56,
  comm: 36,
  savedY: 420,
  savedTextY: 440,
  font: 13,
} as const;

// ---------------------------------------------------------------------------------------------
// Validation

const line = z
  .string()
  .min(1, 'expected a line of text')
  .refine((s) => textWidthEm(s) <= SIDE_MAX_EM, `line too long for the side column (at most ${Math.floor(SIDE_MAX_EM)} Chinese characters)`);

const smSplitSchema = z.strictObject({
  title: z.string().min(1, 'expected a title'),
  total: z.string().min(1, 'expected a fact id'),
  comm: z.string().min(1, 'expected a fact id'),
  compute: z.string().min(1, 'expected a fact id'),
  notes: z.array(z.array(line).min(1, 'expected at least one line').max(3, 'expected at most 3 lines')).length(SM_SPLIT_STEPS, `expected ${SM_SPLIT_STEPS} notes, one per step`),
  overlap: z.strictObject({
    heading: z.string().min(1, 'expected a heading'),
    sequential: z.string().min(1, 'expected a label'),
    overlapped: z.string().min(1, 'expected a label'),
    saved: z.string().min(1, 'expected a label'),
  }),
});

/** Looks up a whole-number count of SMs. */
function count(id: string, field: string, file: string, lookup: FactLookup): Fact {
  const fact = lookup(id, `${file}: ${field}`);
  if (typeof fact.value !== 'number' || !Number.isInteger(fact.value) || fact.value <= 0) {
    throw new Error(`${file}: ${field}: fact "${fact.id}" is not a whole positive count (value ${JSON.stringify(fact.value)})`);
  }
  return fact;
}

/** Checks the raw dataset and resolves its facts; throws naming the file and the field. */
export function parseSmSplitData(input: unknown, file: string, lookup: FactLookup): SmSplitData {
  const result = smSplitSchema.safeParse(input);
  if (!result.success) throw new Error(zodMessage(file, result.error));
  const d = result.data;
  const total = count(d.total, 'total', file, lookup);
  const comm = count(d.comm, 'comm', file, lookup);
  const compute = count(d.compute, 'compute', file, lookup);
  const t = total.value as number;
  const c = comm.value as number;
  const p = compute.value as number;
  if (t > SM_COLS * GRID.maxRows) throw new Error(`${file}: total: ${t} squares do not fit the grid (at most ${SM_COLS * GRID.maxRows})`);
  if (c + p !== t) {
    throw new Error(`${file}: compute: fact "${compute.id}" (${p}) plus comm (${c}) is not the total (${t})`);
  }
  for (const key of ['heading', 'sequential', 'overlapped', 'saved'] as const) {
    if (MARGIN + textWidthEm(d.overlap[key]) * SCHEME.font > SIZE.width - MARGIN) {
      throw new Error(`${file}: overlap.${key}: "${d.overlap[key]}" is too long for the chart`);
    }
  }
  return { title: d.title, total, comm, compute, notes: d.notes, overlap: d.overlap };
}

// ---------------------------------------------------------------------------------------------
// Layout

/** A fact's text with 未证实 when it is unverified. */
function withStatusText(fact: Fact): string {
  return fact.status === 'unverified' ? `${factText(fact)}（未证实）` : factText(fact);
}

/** Adds the unverified modifier to a class list when the fact is not verified. */
function withStatus(className: string, fact: Fact): string {
  return fact.status === 'unverified' ? `${className} mark-unverified` : className;
}

/** Clamps a step number to the steps there are. */
function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), SM_SPLIT_STEPS - 1);
}

/** Big number and caption per step. */
function headline(data: SmSplitData, k: number): { big: string; caption: string } {
  if (k === 0) return { big: withStatusText(data.total), caption: '一块 H800 上的 SM，默认全部用于计算' };
  if (k === 1) return { big: withStatusText(data.comm), caption: `划给通信，其余${withStatusText(data.compute)}继续计算` };
  return { big: withStatusText(data.comm), caption: '通信与计算同时进行，GPU 少了空等' };
}

/** A block of the schematic. */
function block(key: string, x: number, y: number, width: number, className: string): Mark {
  return { key, kind: 'rect', className, attrs: { x, y, width, height: SCHEME.lane } };
}

/** The marks of the SM chart at `step`. */
export function layoutSmSplit(data: SmSplitData, step: number, _size: ChartSize): Mark[] {
  const k = clampStep(step);
  const total = data.total.value as number;
  const firstComm = total - (data.comm.value as number);
  const marks: Mark[] = [];
  const head = headline(data, k);
  marks.push({ key: 'big-number', kind: 'text', className: 'label-big', text: head.big, attrs: { x: MARGIN, y: BIG.y, 'font-size': BIG.font, 'text-anchor': 'start' } });
  marks.push({ key: 'caption', kind: 'text', className: 'label', text: head.caption, attrs: { x: MARGIN, y: CAPTION.y, 'font-size': CAPTION.font, 'text-anchor': 'start' } });

  for (let i = 0; i < total; i++) {
    const comm = k >= 1 && i >= firstComm;
    marks.push({
      key: `sm-${i}`,
      kind: 'rect',
      className: comm ? withStatus('mark-highlight', data.comm) : withStatus('mark-primary', k === 0 ? data.total : data.compute),
      attrs: { x: GRID.x + (i % SM_COLS) * GRID.pitch, y: GRID.y + Math.floor(i / SM_COLS) * GRID.pitch, width: GRID.cell, height: GRID.cell },
    });
  }

  const legend: [string, string, string][] = [['compute', 'mark-primary', `计算 ${withStatusText(k === 0 ? data.total : data.compute)}`]];
  if (k >= 1) legend.push(['comm', 'mark-highlight', `通信 ${withStatusText(data.comm)}`]);
  legend.forEach(([key, cls, text], i) => {
    const y = SIDE.legendY[i] ?? 0;
    marks.push({ key: `legend-swatch-${key}`, kind: 'rect', className: cls, attrs: { x: SIDE.x, y: y - 10.5, width: SIDE.swatch, height: SIDE.swatch } });
    marks.push({ key: `legend-${key}`, kind: 'text', className: 'label-strong', text, attrs: { x: SIDE.x + SIDE.swatch + 6, y, 'font-size': SIDE.font, 'text-anchor': 'start' } });
  });
  (data.notes[k] ?? []).forEach((text, i) => {
    marks.push({
      key: `note-${i}`,
      kind: 'text',
      className: 'label',
      text,
      attrs: { x: SIDE.x, y: SIDE.notesY + i * SIDE.notePitch, 'font-size': SIDE.noteFont, 'text-anchor': 'start' },
    });
  });

  if (k === 2) {
    const o = data.overlap;
    const text = (key: string, t: string, y: number, cls = 'label') =>
      marks.push({ key, kind: 'text', className: cls, text: t, attrs: { x: MARGIN, y, 'font-size': SCHEME.font, 'text-anchor': 'start' } });
    text('scheme-heading', o.heading, SCHEME.headingY, 'label mark-muted');
    text('scheme-sequential', o.sequential, SCHEME.seqLabelY);
    // One after the other: compute, send, compute, send, compute.
    let x = MARGIN;
    ['c', 't', 'c', 't', 'c'].forEach((kind, i) => {
      const w = kind === 'c' ? SCHEME.compute : SCHEME.comm;
      marks.push(block(`seq-${i}`, x, SCHEME.seqY, w, kind === 'c' ? 'mark-primary' : 'mark-highlight'));
      x += w;
    });
    const seqEnd = x;
    text('scheme-overlapped', o.overlapped, SCHEME.ovlLabelY);
    // Both at once: the same computing back to back, the sending under it.
    for (let i = 0; i < 3; i++) marks.push(block(`ovl-c-${i}`, MARGIN + i * SCHEME.compute, SCHEME.ovlComputeY, SCHEME.compute, 'mark-primary'));
    for (let i = 0; i < 2; i++) {
      marks.push(block(`ovl-t-${i}`, MARGIN + (i + 1) * SCHEME.compute - SCHEME.comm / 2 - 4, SCHEME.ovlCommY, SCHEME.comm, 'mark-highlight'));
    }
    const ovlEnd = MARGIN + 3 * SCHEME.compute;
    marks.push({ key: 'saved-guide-seq', kind: 'line', className: 'mark-muted', attrs: { x1: seqEnd, y1: SCHEME.seqY + SCHEME.lane, x2: seqEnd, y2: SCHEME.savedY } });
    marks.push({ key: 'saved-guide-ovl', kind: 'line', className: 'mark-muted', attrs: { x1: ovlEnd, y1: SCHEME.ovlCommY + SCHEME.lane, x2: ovlEnd, y2: SCHEME.savedY } });
    marks.push({ key: 'saved-line', kind: 'line', className: 'mark-highlight', attrs: { x1: ovlEnd, y1: SCHEME.savedY, x2: seqEnd, y2: SCHEME.savedY } });
    marks.push({
      key: 'saved-label',
      kind: 'text',
      className: 'label-strong',
      text: o.saved,
      attrs: { x: (ovlEnd + seqEnd) / 2, y: SCHEME.savedTextY, 'font-size': SCHEME.font, 'text-anchor': 'middle' },
    });
  }
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Texts

/** A Simplified Chinese text alternative for the whole chart. */
export function describeSmSplit(data: SmSplitData): string {
  return [
    `图中每个方格代表 H800 上的一个流式多处理器（SM），一块 H800 共有${factText(data.total)}。`,
    `训练 DeepSeek-V3 时，每块卡划出${factText(data.comm)}专门负责节点之间的通信，其余${factText(data.compute)}用于计算。`,
    `最后一幅示意图比较先算后传与边算边传（DualPipe）两种安排：后者把通信藏进计算的间隙，同样的工作更早完成；示意图不按实际时间比例。`,
  ].join('');
}

/** The chart as a table: use, number of SMs, status. */
export function smSplitTable(data: SmSplitData): ChartTable {
  return {
    columns: ['用途', 'SM 数量', '状态'],
    rows: [
      ['一块 H800 的全部 SM', factText(data.total), STATUS_TEXT[data.total.status]],
      ['V3 训练中用于计算', factText(data.compute), STATUS_TEXT[data.compute.status]],
      ['V3 训练中用于跨节点通信', factText(data.comm), STATUS_TEXT[data.comm.status]],
    ],
  };
}

/** Loads content/data/charts/sm-split.json against the facts registry. */
export function loadSmSplit(): SmSplitData {
  return parseSmSplitData(raw, SM_SPLIT_FILE, getFact);
}

/** The chapter 2 SM unit chart. */
export const smSplit: ChartDefinition<SmSplitData> = {
  id: 'sm-split',
  size: SIZE,
  steps: SM_SPLIT_STEPS,
  // The static (print, no-JS) view is the last step: the split grid with its legend and the overlap
  // schematic, which together carry the section's point.
  staticStep: SM_SPLIT_STEPS - 1,
  load: loadSmSplit,
  layout: layoutSmSplit,
  caption: (data) => data.title,
  describe: describeSmSplit,
  table: smSplitTable,
  facts: (data) => [data.total.id, data.compute.id, data.comm.id],
};
