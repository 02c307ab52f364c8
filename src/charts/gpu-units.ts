/**
 * Chapter 1 unit chart: High-Flyer's GPUs, one small square per 100 GPUs. Steps 0–2 grow one grid
 * (萤火一号 1100 → 萤火二号 in 2022 → 萤火二号 at about 10,000); the squares keep their keys, so
 * the grid grows instead of being redrawn. Step 3 mutes that grid and fades in a second block for
 * the 2,048 H800s that trained DeepSeek-V3 (20 full squares and a partial one).
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import { formatNumber, formatValue } from '../utils/format-number.ts';
import type { ChartTable, Mark, WidthClass } from './types.ts';
import {
  STATUS_TEXT,
  datedFact,
  unitSquares,
  withNote,
  withStatusText,
  factId,
  title,
  defineChart,
  headline,
  legend,
  checkLegend,
  checkGridLabel,
  defineGeometry,
  text,
  withStatus,
  type ResolveTools,
  PHONE_TYPE,
  COLOUR,
  STYLE,
} from './kit/index.ts';

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
  /** The last growth row, which step 3 keeps (muted) beside the comparison. */
  reference: GpuRow;
  /** Step 3: the block set against the reference. */
  comparison: GpuRow;
}

/**
 * The base geometry and the phone's overrides (kit/geometry.ts): the blocks of squares from
 * `gridTop` (`blockSep` between them), the room kept under them for the group labels and for the
 * legend (whose swatch top is `legendY` above the frame's foot).
 */
const GEOMETRY = defineGeometry(
  {
    head: { big: { y: 52, size: 40 }, caption: { y: 80, size: 14 } },
    type: { note: 13 },
    gridTop: 100,
    blockSep: 20,
    groupLabelSpace: 24,
    legendSpace: 44,
    legend: { square: 12 },
  },
  {
    phone: {
      head: { big: { y: 34, size: 30 }, caption: { y: 58, size: PHONE_TYPE.label } },
      gridTop: 74,
      blockSep: 16,
      groupLabelSpace: 24,
      legendSpace: 40,
      legend: { square: 12 },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];
const GRID_COLS = 10;
/** The legend's one entry: what a square stands for. */
const LEGEND_TEXT = `每格 = ${formatValue(GPUS_PER_SQUARE, '块')}GPU`;
const CMP_COLS = 5;
const GAP = 3;
const MIN_PITCH = 8;

/**
 * The grid geometry for `data` laid out with `g`: the largest square pitch at which every block
 * fits.
 */
export function gridGeometry(
  data: GpuUnitsData,
  { frame, margin, gridTop, blockSep, groupLabelSpace, legendSpace }: Geometry,
) {
  const rows = Math.max(
    1,
    ...data.growth.map((r) => Math.ceil(r.squares / GRID_COLS)),
    Math.ceil(data.comparison.squares / CMP_COLS),
  );
  const width = frame.width - 2 * margin - blockSep;
  const height = frame.height - gridTop - legendSpace - groupLabelSpace;
  const pitch = Math.floor(Math.min(width / (GRID_COLS + CMP_COLS), height / rows) * 10) / 10;
  return {
    pitch,
    cell: pitch - GAP,
    gridX: margin,
    cmpX: margin + GRID_COLS * pitch + blockSep,
    top: gridTop,
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
  growth: z
    .array(rowSchema)
    .length(GPU_GROWTH_ROWS, `expected ${GPU_GROWTH_ROWS} rows, one per growth step`),
  comparison: rowSchema,
});

type RawRow = z.infer<typeof rowSchema>;

/** Resolves one row against the registry; `field` is its path, e.g. "growth[1]". */
function resolveRow(
  row: RawRow,
  field: string,
  { fact, fail, fits, number }: ResolveTools<Geometry>,
): GpuRow {
  const count = number(row.fact, `${field}.fact`, { what: 'a GPU count', positive: true });
  const when = row.when
    ? datedFact(fact(row.when, `${field}.when`), (m) =>
        fail(`${field}.when`, `${m} (add a "date" to it in content/data/facts/)`),
      )
    : undefined;
  const cost = row.cost ? number(row.cost, `${field}.cost`, { what: 'an amount' }) : undefined;
  const parts = [
    when?.text,
    withNote(row.name, row.model),
    cost ? `投资${factText(cost)}` : undefined,
    row.note,
  ];
  const caption = withStatusText(parts.filter(Boolean).join('，'), count);
  fits(
    `${field}: caption`,
    caption,
    (g) => g.head.caption.size,
    (g) => g.frame.width - 2 * g.margin,
  );
  return {
    fact: count,
    name: row.name,
    model: row.model,
    when,
    cost,
    note: row.note,
    squares: (count.value as number) / GPUS_PER_SQUARE,
    caption,
  };
}

/** The label under the muted grid at the last step: "萤火二号，约1万张A100". */
const referenceLabel = ({ reference: ref }: GpuUnitsData): string =>
  `${ref.name}，${factText(ref.fact)}${ref.model ?? ''}`;

/** The label under the comparison block: "2048块H800". */
const comparisonLabel = (data: GpuUnitsData): string =>
  `${factText(data.comparison.fact)}${data.comparison.model ?? ''}`;

/** "萤火二号（2022年，分期建设中）" for prose. */
const rowTitle = (row: GpuRow) => withNote(row.name, row.when?.text, row.note);

/** The chapter 1 GPU unit chart. */
export const gpuUnits = defineChart({
  id: 'gpu-units',
  geometry: GEOMETRY,
  steps: GPU_GROWTH_ROWS + 1,
  // The static (print, no-JS) view is the last step: it keeps the ~10,000 A100 grid (muted, all 100
  // squares) beside the 2,048 H800 block, so one picture carries both the buildup's end point and
  // the comparison the chapter turns on; the earlier counts are in the table under the figure.
  staticStep: GPU_GROWTH_ROWS,
  schema: gpuUnitsSchema,
  resolve(d, tools): GpuUnitsData {
    const growth = d.growth.map((row, i) => resolveRow(row, `growth[${i}]`, tools));
    const data = {
      title: d.title,
      growth,
      reference: growth.at(-1)!,
      comparison: resolveRow(d.comparison, 'comparison', tools),
    };
    const pitch = (g: Geometry) => gridGeometry(data, g).pitch;
    tools.within(
      'growth',
      `too many GPUs to draw at ${GPUS_PER_SQUARE} per square (squares at least ${MIN_PITCH} units apart)`,
      () => MIN_PITCH,
      pitch,
    );
    const size = (g: Geometry) => g.type.note;
    checkGridLabel(tools.fits, 'comparison.model', comparisonLabel(data), size, CMP_COLS, pitch);
    checkGridLabel(tools.fits, 'growth', referenceLabel(data), size, GRID_COLS, pitch);
    checkLegend(tools.fits, 'growth', [{ text: LEGEND_TEXT }], (g) => g.frame.width - 2 * g.margin);
    return data;
  },
  layout(data, k, g): Mark[] {
    const { reference, comparison: cmp } = data;
    const comparing = k === data.growth.length;
    const row = comparing ? cmp : data.growth[k]!;
    const { frame, margin, head, type, legendSpace } = g;
    const grid = gridGeometry(data, g);
    const marks = headline(factText(row.fact), row.caption, { x: margin, ...head });
    const gridCount = comparing ? reference.squares : row.squares;
    const gridClass = comparing
      ? withStatus(COLOUR.deepseek, reference.fact)
      : withStatus(COLOUR.deepseek, row.fact);
    marks.push(
      ...unitSquares(
        gridCount,
        { ...grid, cols: GRID_COLS, x: grid.gridX, y: grid.top },
        'grid',
        () => gridClass,
      ),
    );
    if (comparing) {
      marks.push(
        ...unitSquares(
          cmp.squares,
          { ...grid, cols: CMP_COLS, x: grid.cmpX, y: grid.top },
          'cmp',
          () => withStatus(COLOUR.deepseek, cmp.fact),
        ),
      );
      const bottom = (squares: number, cols: number) =>
        grid.top + Math.ceil(squares / cols) * grid.pitch + 16;
      marks.push(
        text(
          'group-label-grid',
          referenceLabel(data),
          grid.gridX,
          bottom(reference.squares, GRID_COLS),
          { size: type.note, cls: 'label-quiet' },
        ),
      );
      marks.push(
        text('group-label-cmp', comparisonLabel(data), grid.cmpX, bottom(cmp.squares, CMP_COLS), {
          size: type.note,
          cls: 'label-strong',
        }),
      );
    }
    marks.push(
      ...legend(
        [{ id: '', swatch: `${STYLE.legend} ${STYLE.filled}`, text: LEGEND_TEXT }],
        { x: margin, y: frame.height - legendSpace + 14 },
        g.legend,
      ),
    );
    return marks;
  },
  describe(data): string {
    const { comparison: cmp, reference } = data;
    const share = Math.round((cmp.squares / reference.squares) * 100);
    return [
      `图中每个方格代表${formatValue(GPUS_PER_SQUARE, '块')}GPU。`,
      data.growth
        .map((row) => `${rowTitle(row)}：${factText(row.fact)}${row.model ?? 'GPU'}`)
        .join('；') + '。',
      `${rowTitle(cmp)}：${factText(cmp.fact)}${cmp.model ?? 'GPU'}，约为${reference.name}规模的${formatNumber(share)}%。`,
    ].join('');
  },
  table(data): ChartTable {
    const rows = [...data.growth, data.comparison].map((row) => [
      row.when?.text ?? '—',
      withNote(row.name, row.model, row.note),
      factText(row.fact),
      formatNumber(row.squares),
      STATUS_TEXT[row.fact.status],
    ]);
    return {
      columns: [
        '时间',
        '集群',
        'GPU数量',
        `方格数（每格${formatValue(GPUS_PER_SQUARE, '块')}）`,
        '状态',
      ],
      rows,
    };
  },
});
