/**
 * Chapter 1 unit chart: High-Flyer's GPUs, one small square per 100 GPUs.
 * Steps 0–2 grow one grid (萤火一号 1100 → 萤火二号 in 2022 → 萤火二号 at about 10,000); the squares keep
 * their keys, so the grid grows instead of being redrawn. Step 3 mutes that grid and fades in a second
 * block for the 2,048 H800s that trained DeepSeek-V3 (20 full squares and a partial one).
 */
import { z } from 'astro/zod';
import { factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import { formatNumber, formatValue } from '../utils/format-number.ts';
import type { ChartSize, ChartTable, Mark } from './types.ts';
import { STATUS_TEXT, assertFits, datedFact, withStatusText, factId, title, defineChart, factDate, factDateText, line, rect, text, textWidthEm, withStatus, type FactLookup, type ResolveTools, PHONE_FRAME } from './kit/index.ts';

/** GPUs drawn by one square. */
export const GPUS_PER_SQUARE = 100;

/** Number of growth rows (steps 0–2); the comparison is the last step. */
export const GPU_GROWTH_ROWS = 3;

/** One cluster or cluster state, resolved against the registry. */
export interface GpuRow {
  /** The GPU count. */
  fact: Fact;
  name: string;
  model: string | undefined;
  /** The fact whose date the row is shown with, and that date as readers see it. */
  when: { fact: Fact; text: string } | undefined;
  /** The cluster's cost, when the dataset names one. */
  cost: Fact | undefined;
  note: string | undefined;
  /** GPU count in squares (may be fractional: 2048 → 20.48). */
  squares: number;
  /** The one-line caption drawn under the big number. */
  caption: string;
}

/** The unit chart's dataset after validation. */
export interface GpuUnitsData {
  title: string;
  /** Steps 0–2: the same grid, growing. */
  growth: GpuRow[];
  /** Step 3: the block set against the last growth row. */
  comparison: GpuRow;
}

const SIZE: ChartSize = { width: 400, height: 440 };
const MARGIN = 16;
const BIG = { y: 52, font: 40 } as const;
const CAPTION = { y: 80, font: 14 } as const;
const GRID_TOP = 100;
const GRID_COLS = 10;
const CMP_COLS = 5;
const BLOCK_SEP = 20;
const GAP = 3;
const GROUP_LABEL = { font: 13, space: 24 } as const;
const LEGEND = { space: 44, square: 12, font: 13 } as const;
const MIN_PITCH = 8;

/** Where the two blocks of squares sit; depends on the whole dataset, never on the step. */
export interface GridGeometry {
  pitch: number;
  cell: number;
  gridX: number;
  cmpX: number;
  top: number;
  gridRows: number;
  cmpRows: number;
}

/** The grid geometry for `data` at `size`: the largest square pitch at which every block fits. */
export function gridGeometry(data: GpuUnitsData, size: ChartSize): GridGeometry {
  const gridRows = Math.max(1, ...data.growth.map((r) => Math.ceil(r.squares / GRID_COLS)));
  const cmpRows = Math.max(1, Math.ceil(data.comparison.squares / CMP_COLS));
  const width = size.width - 2 * MARGIN - BLOCK_SEP;
  const height = size.height - GRID_TOP - LEGEND.space - GROUP_LABEL.space;
  const pitch = Math.floor(Math.min(width / (GRID_COLS + CMP_COLS), height / Math.max(gridRows, cmpRows)) * 10) / 10;
  return {
    pitch,
    cell: pitch - GAP,
    gridX: MARGIN,
    cmpX: MARGIN + GRID_COLS * pitch + BLOCK_SEP,
    top: GRID_TOP,
    gridRows,
    cmpRows,
  };
}

const rowSchema = z.strictObject({
  fact: factId,
  name: z.string().min(1, 'expected a cluster name'),
  model: z.string().min(1).optional(),
  when: z.string().min(1).optional(),
  cost: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

const gpuUnitsSchema = z.strictObject({
  title: title,
  growth: z.array(rowSchema).length(GPU_GROWTH_ROWS, `expected ${GPU_GROWTH_ROWS} rows, one per growth step`),
  comparison: rowSchema,
});

type RawRow = z.infer<typeof rowSchema>;

/** The GPU model and note in brackets after a name: "萤火二号（A100，分期建设中）". */
function fullName(row: Pick<GpuRow, 'name' | 'model' | 'note'>): string {
  const extra = [row.model, row.note].filter(Boolean).join('，');
  return extra ? `${row.name}（${extra}）` : row.name;
}

/** Resolves one row against the registry; `field` is its path, e.g. "growth[1]". */
function resolveRow(row: RawRow, field: string, { fact, fail, file }: ResolveTools): GpuRow {
  const count = fact(row.fact, `${field}.fact`);
  if (typeof count.value !== 'number' || !Number.isFinite(count.value) || count.value <= 0) {
    fail(`${field}.fact`, `fact "${count.id}" is not a GPU count (value ${JSON.stringify(count.value)}, unit "${count.unit}")`);
  }
  const when = row.when ? datedFact(fact(row.when, `${field}.when`), (m) => fail(`${field}.when`, `${m} (add a "date" to it in content/data/facts/)`)) : undefined;
  const cost = row.cost ? fact(row.cost, `${field}.cost`) : undefined;
  if (cost && typeof cost.value !== 'number') fail(`${field}.cost`, `fact "${cost.id}" is not an amount`);
  const parts = [when?.text, row.model ? `${row.name}（${row.model}）` : row.name, cost ? `投资${factText(cost)}` : undefined, row.note];
  const caption = withStatusText(parts.filter(Boolean).join('，'), count);
  assertFits(caption, CAPTION.font, SIZE.width - 2 * MARGIN, `${file}: ${field}: caption`);
  return { fact: count, name: row.name, model: row.model, when, cost, note: row.note, squares: (count.value as number) / GPUS_PER_SQUARE, caption };
}

/** Checks the raw unit-chart dataset and resolves its facts; throws naming the file and the field. */
function parseGpuUnitsData(d: z.output<typeof gpuUnitsSchema>, tools: ResolveTools): GpuUnitsData {
  const data = { title: d.title, growth: d.growth.map((row, i) => resolveRow(row, `growth[${i}]`, tools)), comparison: resolveRow(d.comparison, 'comparison', tools) };
  const grid = gridGeometry(data, SIZE);
  if (grid.pitch < MIN_PITCH) tools.fail('growth', `too many GPUs to draw at ${GPUS_PER_SQUARE} per square (squares would be ${grid.pitch} units wide)`);
  if (textWidthEm(comparisonLabel(data)) * GROUP_LABEL.font > CMP_COLS * grid.pitch) {
    tools.fail('comparison.model', `"${comparisonLabel(data)}" is too wide for its block; use a shorter model name`);
  }
  return data;
}

/** The label under the muted grid at the last step: "萤火二号，约1万张A100". */
function referenceLabel(data: GpuUnitsData): string {
  const ref = data.growth[data.growth.length - 1];
  return ref ? `${ref.name}，${factText(ref.fact)}${ref.model ?? ''}` : '';
}

/** The label under the comparison block: "2048块H800". */
function comparisonLabel(data: GpuUnitsData): string {
  return `${factText(data.comparison.fact)}${data.comparison.model ?? ''}`;
}

/** Squares for `count` units, `cols` to a row from the top left, keyed `${prefix}-${i}`; a fractional rest is a narrower last square. */
export function unitSquares(count: number, cols: number, x0: number, y0: number, grid: GridGeometry, prefix: string, className: string): Mark[] {
  const marks: Mark[] = [];
  const whole = Math.floor(count + 1e-9);
  const rest = count - whole;
  const total = rest > 1e-6 ? whole + 1 : whole;
  for (let i = 0; i < total; i++) {
    const fraction = i < whole ? 1 : rest;
    marks.push({
      key: `${prefix}-${i}`,
      kind: 'rect',
      className,
      attrs: {
        x: x0 + (i % cols) * grid.pitch,
        y: y0 + Math.floor(i / cols) * grid.pitch,
        width: Math.round(grid.cell * fraction * 100) / 100,
        height: grid.cell,
      },
    });
  }
  return marks;
}

/** The marks of the unit chart at `step`: big number, caption, squares, legend. */
function layoutGpuUnits(data: GpuUnitsData, k: number, size: ChartSize): Mark[] {
  const last = data.growth.length;
  const comparing = k === last;
  const row = comparing ? data.comparison : data.growth[k];
  const reference = data.growth[last - 1];
  if (!row || !reference) return [];
  const grid = gridGeometry(data, size);
  const marks: Mark[] = [];

  marks.push(text('big-number', factText(row.fact), MARGIN, BIG.y, { size: BIG.font, cls: 'label-big' }));
  marks.push(text('caption', row.caption, MARGIN, CAPTION.y, { size: CAPTION.font }));

  const gridCount = comparing ? reference.squares : row.squares;
  const gridClass = comparing ? withStatus('mark-muted', reference.fact) : withStatus('mark-primary', row.fact);
  marks.push(...unitSquares(gridCount, GRID_COLS, grid.gridX, grid.top, grid, 'grid', gridClass));

  if (comparing) {
    const cmp = data.comparison;
    marks.push(...unitSquares(cmp.squares, CMP_COLS, grid.cmpX, grid.top, grid, 'cmp', withStatus('mark-highlight', cmp.fact)));
    const gridBottom = grid.top + Math.ceil(reference.squares / GRID_COLS) * grid.pitch;
    const cmpBottom = grid.top + Math.ceil(cmp.squares / CMP_COLS) * grid.pitch;
    marks.push(text('group-label-grid', referenceLabel(data), grid.gridX, gridBottom + 16, { size: GROUP_LABEL.font, cls: 'label mark-muted' }));
    marks.push(text('group-label-cmp', comparisonLabel(data), grid.cmpX, cmpBottom + 16, { size: GROUP_LABEL.font, cls: 'label-strong' }));
  }

  const legendY = size.height - LEGEND.space + 14;
  marks.push(rect('legend-square', { x: MARGIN, y: legendY, width: LEGEND.square, height: LEGEND.square }, comparing ? 'mark-highlight' : 'mark-primary'));
  marks.push(text('legend', `每格 = ${formatValue(GPUS_PER_SQUARE, '块')}GPU`, MARGIN + LEGEND.square + 8, legendY + LEGEND.square / 2 + LEGEND.font * 0.35, { size: LEGEND.font }));
  return marks;
}

/** "萤火二号（2022年，分期建设中）" for prose and the table. */
function rowTitle(row: GpuRow): string {
  const extra = [row.when?.text, row.note].filter(Boolean).join('，');
  return extra ? `${row.name}（${extra}）` : row.name;
}

/** A Simplified Chinese text alternative for the whole unit chart. */
function describeGpuUnits(data: GpuUnitsData): string {
  const cmp = data.comparison;
  const reference = data.growth[data.growth.length - 1];
  const sentences = [
    `图中每个方格代表${formatValue(GPUS_PER_SQUARE, '块')}GPU。`,
    data.growth.map((row) => `${rowTitle(row)}：${factText(row.fact)}${row.model ?? 'GPU'}`).join('；') + '。',
  ];
  let last = `${rowTitle(cmp)}：${factText(cmp.fact)}${cmp.model ?? 'GPU'}`;
  if (reference && typeof reference.fact.value === 'number' && typeof cmp.fact.value === 'number') {
    const share = Math.round((cmp.fact.value / reference.fact.value) * 100);
    last += `，约为${reference.name}规模的${formatNumber(share)}%`;
  }
  sentences.push(`${last}。`);
  return sentences.join('');
}

/** The unit chart as a table: time, cluster, GPU count, squares, status. */
function gpuUnitsTable(data: GpuUnitsData): ChartTable {
  const rows = [...data.growth, data.comparison].map((row) => [
    row.when?.text ?? '—',
    fullName(row),
    factText(row.fact),
    formatNumber(row.squares),
    STATUS_TEXT[row.fact.status],
  ]);
  return { columns: ['时间', '集群', 'GPU数量', `方格数（每格${formatValue(GPUS_PER_SQUARE, '块')}）`, '状态'], rows };
}

/** The chapter 1 GPU unit chart. */
export const gpuUnits = defineChart({
  id: 'gpu-units',
  sizes: { wide: SIZE, phone: PHONE_FRAME },
  steps: GPU_GROWTH_ROWS + 1,
  // The static (print, no-JS) view is the last step: it keeps the ~10,000 A100 grid (muted, all 100
  // squares) beside the 2,048 H800 block, so one picture carries both the buildup's end point and the
  // comparison the chapter turns on; the earlier counts are in the table under the figure.
  staticStep: GPU_GROWTH_ROWS,
  schema: gpuUnitsSchema,
  resolve: parseGpuUnitsData,
  layout: layoutGpuUnits,
  describe: describeGpuUnits,
  table: gpuUnitsTable,
});
