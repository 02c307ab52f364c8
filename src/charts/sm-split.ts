/**
 * Chapter 2 unit chart: the streaming multiprocessors (SMs) of one H800, one square each. Step 0
 * draws every SM as computing. Step 1 recolours the last squares (same keys, same places) as the
 * SMs DeepSeek set aside for communication between nodes. Step 2 keeps the grid and adds a
 * schematic of what that buys with DualPipe: computing and communicating one after the other,
 * against both at once (a drawing of the idea, labelled as not to scale, not data).
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import type { Mark, WidthClass } from './types.ts';
import {
  STATUS_TEXT,
  unitSquares,
  withStatus,
  defineChart,
  factId,
  factLabel,
  checkHeadlines,
  headline,
  line,
  rect,
  text,
  title,
  words,
  defineGeometry,
  legend,
  checkLegend,
  COLOUR,
  STYLE,
} from './kit/index.ts';

const STEPS = 3;
/** Squares per grid row. */
export const SM_COLS = 12;
/**
 * The base geometry and the phone's overrides (kit/geometry.ts): the grid left, legend and notes in
 * the side column, the step 2 schematic under both.
 */
const GEOMETRY = defineGeometry(
  {
    frame: { width: 400, height: 460 },
    // the grid as large as the side column leaves room for (its lines fit at the desktop's size)
    grid: { y: 96, pitch: 20, cell: 16.25 },
    side: { gutter: 16, legendTop: 101, notesY: 176, notePitch: 20 },
    legend: { pitch: 26 },
    scheme: {
      headingY: 334,
      seqLabelY: 352,
      seqY: 358,
      ovlLabelY: 390,
      ovlComputeY: 396,
      ovlCommY: 414,
      lane: 14,
      savedY: 436,
      savedTextY: 452,
      // the blocks' lengths are illustrative, not measured
      compute: 56,
      comm: 36,
    },
  },
  {
    // the phone's grid is finer and everything sits closer, type at 13
    phone: {
      margin: 6,
      type: { label: 13, note: 13 },
      head: { big: { y: 30 }, caption: { y: 52 } },
      grid: { y: 68, pitch: 12, cell: 10 },
      side: { gutter: 6, legendTop: 74, notesY: 138, notePitch: 18 },
      legend: { square: 12, pitch: 22 },
      scheme: {
        headingY: 224,
        seqLabelY: 244,
        seqY: 250,
        ovlLabelY: 284,
        ovlComputeY: 290,
        ovlCommY: 308,
        lane: 14,
        savedY: 330,
        savedTextY: 348,
      },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];
const GRID_ROWS = 11;
/** The side column's x, beside a grid of squares `pitch` apart. */
const sideX = (g: Geometry, pitch: number) => g.margin + SM_COLS * pitch + g.side.gutter;
/** The room of a line in the side column. */
const sideRoom = (g: Geometry) => g.frame.width - sideX(g, g.grid.pitch) - 4;

const note = words('a line of text');
const label = words('a label');

const schema = z.strictObject({
  title,
  ...{ total: factId, comm: factId, compute: factId },
  notes: z
    .array(z.array(note).min(1, 'expected at least one line').max(3, 'expected at most 3 lines'))
    .length(STEPS, `expected ${STEPS} notes, one per step`),
  overlap: z.strictObject({
    heading: z.string().min(1, 'expected a heading'),
    sequential: label,
    overlapped: label,
    saved: label,
  }),
});

/** The headline of each step: the SMs in play, then those given to communication. */
const headlines = ({ total, comm, compute }: { total: Fact; comm: Fact; compute: Fact }) => [
  { big: factLabel(total), caption: '一块 H800 上的 SM，默认全部用于计算' },
  { big: factLabel(comm), caption: `划给通信，其余${factLabel(compute)}继续计算` },
  { big: factLabel(comm), caption: '通信与计算同时进行，GPU 少了空等' },
];

/** The legend at step `k`: the computing SMs, then (from step 1) those given to communication. */
const legendEntries = (data: { comm: Fact; compute: Fact; total: Fact }, k: number) => [
  {
    id: 'compute',
    swatch: COLOUR.other,
    text: `计算 ${factLabel(k === 0 ? data.total : data.compute)}`,
  },
  ...(k >= 1
    ? [{ id: 'comm', swatch: COLOUR.deepseek, text: `通信 ${factLabel(data.comm)}` }]
    : []),
];

/** The chapter 2 SM unit chart. */
export const smSplit = defineChart({
  id: 'sm-split',
  geometry: GEOMETRY,
  steps: STEPS,
  // The static view is the last step: the split grid with its legend and the overlap schematic.
  staticStep: STEPS - 1,
  schema,
  resolve(d, tools) {
    const [total, comm, compute] = (['total', 'comm', 'compute'] as const).map((field) =>
      tools.number(d[field], field, {
        what: 'a whole positive count',
        positive: true,
        integer: true,
      }),
    ) as [Fact, Fact, Fact];
    const [t, c, p] = [total, comm, compute].map((f) => f.value as number) as [
      number,
      number,
      number,
    ];
    if (t > SM_COLS * GRID_ROWS)
      tools.fail('total', `${t} squares do not fit the grid (at most ${SM_COLS * GRID_ROWS})`);
    if (c + p !== t)
      tools.fail('compute', `fact "${compute.id}" (${p}) plus comm (${c}) is not the total (${t})`);
    (['heading', 'sequential', 'overlapped', 'saved'] as const).forEach((key) =>
      tools.fits(
        `overlap.${key}`,
        d.overlap[key],
        (g) => g.type.note,
        (g) => g.frame.width - 2 * g.margin,
      ),
    );
    d.notes.forEach((lines, k) =>
      lines.forEach((line, i) =>
        tools.fits(`notes[${k}][${i}]`, line, (g) => g.type.note, sideRoom),
      ),
    );
    [0, 1].forEach((k) =>
      checkLegend(tools.fits, 'comm', legendEntries({ total, comm, compute }, k), sideRoom),
    );
    checkHeadlines(
      tools.fits,
      'total',
      headlines({ total, comm, compute }),
      (g) => g.head,
      (g) => g.frame.width - 2 * g.margin,
    );
    return { title: d.title, total, comm, compute, notes: d.notes, overlap: d.overlap };
  },
  layout(data, k, g) {
    const { margin, head: headStyle, type, grid, side, scheme } = g;
    const total = data.total.value as number;
    const firstComm = total - (data.comm.value as number);
    const computing = k === 0 ? data.total : data.compute;
    const head = headlines(data)[k]!;
    const marks: Mark[] = headline(head.big, head.caption, { x: margin, ...headStyle });
    marks.push(
      ...unitSquares(total, { ...grid, cols: SM_COLS, x: margin }, 'sm', (i) =>
        k >= 1 && i >= firstComm
          ? withStatus(COLOUR.deepseek, data.comm)
          : withStatus(COLOUR.other, computing),
      ),
    );
    const x = sideX(g, grid.pitch);
    marks.push(...legend(legendEntries(data, k), { x, y: side.legendTop }, g.legend));
    (data.notes[k] ?? []).forEach((content, i) =>
      marks.push(
        text(`note-${i}`, content, x, side.notesY + i * side.notePitch, {
          size: type.note,
        }),
      ),
    );
    if (k < 2) return marks;
    const o = data.overlap;
    const label = (key: string, content: string, y: number, cls = 'label') =>
      marks.push(text(key, content, margin, y, { size: type.note, cls }));
    const block = (key: string, x: number, y: number, width: number, cls: string) =>
      marks.push(rect(key, { x, y, width, height: scheme.lane }, cls));
    label('scheme-heading', o.heading, scheme.headingY, 'label-quiet');
    label('scheme-sequential', o.sequential, scheme.seqLabelY);
    // One after the other: compute, send, compute, send, compute.
    const seqX = (i: number) =>
      margin + Math.ceil(i / 2) * scheme.compute + Math.floor(i / 2) * scheme.comm;
    for (let i = 0; i < 5; i++)
      block(
        `seq-${i}`,
        seqX(i),
        scheme.seqY,
        i % 2 ? scheme.comm : scheme.compute,
        i % 2 ? COLOUR.deepseek : COLOUR.other,
      );
    const seqEnd = seqX(5);
    label('scheme-overlapped', o.overlapped, scheme.ovlLabelY);
    // Both at once: the same computing back to back, the sending under it.
    for (let i = 0; i < 3; i++)
      block(
        `ovl-c-${i}`,
        margin + i * scheme.compute,
        scheme.ovlComputeY,
        scheme.compute,
        COLOUR.other,
      );
    for (let i = 0; i < 2; i++)
      block(
        `ovl-t-${i}`,
        margin + (i + 1) * scheme.compute - scheme.comm / 2 - 4,
        scheme.ovlCommY,
        scheme.comm,
        COLOUR.deepseek,
      );
    const ovlEnd = margin + 3 * scheme.compute;
    marks.push(
      line(
        'saved-guide-seq',
        seqEnd,
        scheme.seqY + scheme.lane,
        seqEnd,
        scheme.savedY,
        STYLE.guide,
      ),
    );
    marks.push(
      line(
        'saved-guide-ovl',
        ovlEnd,
        scheme.ovlCommY + scheme.lane,
        ovlEnd,
        scheme.savedY,
        STYLE.guide,
      ),
    );
    marks.push(line('saved-line', ovlEnd, scheme.savedY, seqEnd, scheme.savedY, COLOUR.deepseek));
    marks.push(
      text('saved-label', o.saved, (ovlEnd + seqEnd) / 2, scheme.savedTextY, {
        size: type.note,
        cls: 'label-strong',
        anchor: 'middle',
      }),
    );
    return marks;
  },
  describe: (data) =>
    [
      `图中每个方格代表 H800 上的一个流式多处理器（SM），一块 H800 共有${factText(data.total)}。`,
      `训练 DeepSeek-V3 时，每块卡划出${factText(data.comm)}专门负责节点之间的通信，其余${factText(data.compute)}用于计算。`,
      `最后一幅示意图比较先算后传与边算边传（DualPipe）两种安排：后者把通信藏进计算的间隙，同样的工作更早完成；示意图不按实际时间比例。`,
    ].join(''),
  table: (data) => ({
    columns: ['用途', 'SM 数量', '状态'],
    rows: [
      ['一块 H800 的全部 SM', factText(data.total), STATUS_TEXT[data.total.status]],
      ['V3 训练中用于计算', factText(data.compute), STATUS_TEXT[data.compute.status]],
      ['V3 训练中用于跨节点通信', factText(data.comm), STATUS_TEXT[data.comm.status]],
    ],
  }),
});
