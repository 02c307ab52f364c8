/**
 * Chapter 3 diverging bar chart: the day's moves on 27 January 2025, every instrument on one
 * percentage axis with zero in the middle. Each row is a fact (a signed % change); rows appear step
 * by step in the dataset's order and keep their place, so the chart fills in rather than
 * reshuffling. NVIDIA's bars are in the loss colour, every other instrument in the others'
 * (kit/colours.ts); intraday snapshots are drawn light and say so in their label; unverified
 * figures are dashed and labelled 未证实. Legend swatches are neutral: they explain the styles, the
 * labels name the colours.
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import { formatDate, formatValue } from '../utils/format-number.ts';
import type { Mark, WidthClass } from './types.ts';
import {
  STATUS_TEXT,
  axisX,
  checkAxisX,
  centredText,
  datedFact,
  defineChart,
  factId,
  legend,
  checkLegend,
  defineGeometry,
  line,
  rect,
  text,
  textWidth,
  title,
  withNote,
  words,
  zeroBasedLinear,
  PHONE_TYPE,
  COLOUR,
  STYLE,
  UNVERIFIED_CLASS,
} from './kit/index.ts';

const STEPS = 6;
/** Room kept between a label and the zero line, in units (at least 2 px on every screen). */
const ZERO_GAP = 4;
/**
 * The base geometry and the phone's overrides (kit/geometry.ts): header and tick baselines and
 * about how many ticks, gridline top, rows (label baseline and bar top within a row; whether the
 * value sits beside the zero line on the bar's row, across from the bar, rather than after the
 * name).
 */
const GEOMETRY = defineGeometry(
  {
    frame: { width: 400, height: 450 },
    header: { y: 20 },
    tick: { y: 42, count: 6 },
    gridTop: 50,
    rowsTop: 58,
    row: { pitch: 40, labelY: 14, barY: 20, barH: 14, valueAtZero: false },
  },
  {
    type: [],
    keep: ['tick.count', 'margin'],
    phone: {
      // flush with the figure's title: the phone's width goes to the labels
      margin: 0,
      type: { label: 13, note: PHONE_TYPE.label },
      // ticks every 10 points: at 5 the labels of a 328-unit axis run into each other
      header: { y: 14 },
      tick: { y: 31, count: 3 },
      gridTop: 36,
      rowsTop: 38,
      // a name and its value do not fit left of the zero line on a phone: the value goes beside
      // the line
      row: { pitch: 32, labelY: 13, barY: 17, barH: 12, valueAtZero: true },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];
/**
 * The legend: what light and dashed bars mean, in neutral swatches (red is NVIDIA, grey the
 * others).
 */
const LEGEND_ROWS: [string, string][] = [
  [`${STYLE.legend} ${STYLE.snapshot}`, '浅色：盘中快照，不是收盘涨跌幅'],
  [`${STYLE.legend} ${UNVERIFIED_CLASS}`, '虚线：未证实，未找到一手行情数据'],
];
/** The top of the legend, at the foot of a frame `height` tall. */
const legendTop = (pitch: number, height: number) => height - LEGEND_ROWS.length * pitch - 4;
/** Where a row's value starts when it follows the name: after the name and half a character. */
const valueX = (label: string, g: Geometry) =>
  g.margin + textWidth(label, g.type.label) + g.type.label / 2;
/** The chart's x scale in a width class: every row's move and zero on one nice axis. */
const xScale = (values: readonly number[], g: Geometry) =>
  zeroBasedLinear(values, [g.margin, g.frame.width - g.margin], g.tick.count);

/**
 * A row's value label: after the name on the label line, or (g.row.valueAtZero) on the bar's row
 * beside the zero line, on the side away from the bar, so that it never crosses the line.
 */
function valueLabel(row: MoveRow, id: string, top: number, zero: number, g: Geometry, cls: string) {
  const { labelY, barY, barH, valueAtZero } = g.row;
  const font = g.type.label;
  if (!valueAtZero)
    return text(`value-${id}`, row.valueText, valueX(row.label, g), top + labelY, {
      size: font,
      cls,
    });
  const falling = (row.fact.value as number) < 0;
  return centredText(
    `value-${id}`,
    row.valueText,
    falling ? zero + ZERO_GAP : zero - ZERO_GAP,
    top + barY + barH / 2,
    { size: font, cls, anchor: falling ? 'start' : 'end' },
  );
}

/** Most rows that fit between the axis and the legend in every class. */
const MAX_ROWS = Math.min(
  ...Object.values(GEOMETRY).map((g) =>
    Math.floor((legendTop(g.legend.pitch, g.frame.height) - g.rowsTop) / g.row.pitch),
  ),
);

/**
 * How a row's figure was taken: a closing move, an intraday snapshot, or the story's focus (a
 * close).
 */
export type MoveRole = 'close' | 'intraday' | 'focus';

/** One instrument's move, resolved against the registry. */
export interface MoveRow {
  fact: Fact;
  name: string;
  note: string | undefined;
  step: number;
  role: MoveRole;
  /** The label drawn above the bar: name, note and 未证实 when unverified. */
  label: string;
  valueText: string;
}

const schema = z.strictObject({
  title,
  date: words('the fact id of the trading day'),
  rows: z
    .array(
      z.strictObject({
        fact: factId,
        name: words('an instrument name'),
        note: z.string().min(1).optional(),
        step: z
          .number()
          .int('expected a whole step number')
          .min(0)
          .max(STEPS - 1, `expected a step from 0 to ${STEPS - 1}`),
        role: z.enum(['close', 'intraday', 'focus']).optional(),
      }),
    )
    .min(1, 'expected at least one row')
    .max(MAX_ROWS, `expected at most ${MAX_ROWS} rows (no room for more)`),
});

/** The label above a bar: "英伟达（盘中快照）", "A股AI算力指数（未证实）". */
const rowLabel = (name: string, note: string | undefined, fact: Fact) =>
  withNote(name, note, fact.status === 'unverified' ? '未证实' : undefined);

/**
 * The bar class of a row: NVIDIA (the focus row's name) in the loss colour, the rest in the
 * others'; an intraday snapshot light.
 */
function barClass(row: MoveRow, focusName: string | undefined): string {
  const colour = row.name === focusName ? COLOUR.loss : COLOUR.other;
  return row.role === 'intraday' ? `${colour} ${STYLE.snapshot}` : colour;
}

/** 收盘 / 盘中 for the table. */
const basisText = (row: MoveRow) => (row.role === 'intraday' ? '盘中' : '收盘');

/** The chapter 3 market-moves chart. */
export const marketMoves = defineChart({
  id: 'market-moves',
  geometry: GEOMETRY,
  steps: STEPS,
  // The static view is the last step: every instrument at once, with the next day's rebound for
  // contrast.
  staticStep: STEPS - 1,
  schema,
  resolve(d, { fact, fail, fits, number }) {
    const date = datedFact(fact(d.date, 'date'), (m) => fail('date', m));
    d.rows.forEach((row, i) => {
      if (i > 0 && row.step < d.rows[i - 1]!.step)
        fail(
          `rows[${i}].step`,
          `step ${row.step} comes after step ${d.rows[i - 1]!.step}; list rows in step order`,
        );
    });
    for (let step = 0; step < STEPS; step++)
      if (!d.rows.some((r) => r.step === step))
        fail('rows', `no row for step ${step} (each of the ${STEPS} steps needs one)`);
    const facts = d.rows.map((row, i) =>
      number(row.fact, `rows[${i}].fact`, { what: 'a percentage change', unit: '%' }),
    );
    const values = facts.map((f) => f.value as number);
    const rows = d.rows.map((row, i): MoveRow => {
      const f = facts[i]!;
      const label = rowLabel(row.name, row.note, f);
      const valueText = factText(f);
      // the name (and the value after it) ends ZERO_GAP before the zero line or the frame's edge;
      // a value beside the zero line fits its side
      const zero = (g: Geometry) => xScale(values, g)(0);
      const size = (g: Geometry) => g.type.label;
      fits(
        `rows[${i}].name`,
        (g) => (g.row.valueAtZero ? label : `${label}${valueText}`),
        size,
        (g) =>
          g.row.valueAtZero
            ? zero(g) - ZERO_GAP - g.margin
            : g.frame.width - 2 * g.margin - size(g) / 2,
      );
      fits(`rows[${i}].fact`, valueText, size, (g) =>
        !g.row.valueAtZero
          ? Infinity
          : values[i]! < 0
            ? g.frame.width - g.margin - zero(g) - ZERO_GAP
            : zero(g) - ZERO_GAP - g.margin,
      );
      return {
        fact: f,
        name: row.name,
        note: row.note,
        step: row.step,
        role: row.role ?? 'close',
        label,
        valueText,
      };
    });
    checkLegend(
      fits,
      'rows',
      LEGEND_ROWS.map(([, t]) => ({ text: t })),
      (g) => g.frame.width - 2 * g.margin,
    );
    checkAxisX(
      fits,
      'rows',
      (g) => xScale(values, g),
      (g) => g.tick.count,
      (p) => formatValue(p, '%'),
      (g) => g.type.tick,
    );
    return { title: d.title, date, rows };
  },
  layout(data, k, g) {
    const { frame, margin, header, tick, gridTop, rowsTop, row: ROW, type } = g;
    const x = xScale(
      data.rows.map((r) => r.fact.value as number),
      g,
    );
    const zero = x(0);
    const rowsBottom = rowsTop + data.rows.length * ROW.pitch - 4;
    const axis = axisX(x, tick.count, {
      y: tick.y,
      size: type.tick,
      grid: [gridTop, rowsBottom],
      format: (p) => formatValue(p, '%'),
      skipGrid: (p) => p === 0,
    });
    const marks: Mark[] = [
      ...axis.grid,
      text('header', `${data.date.text}（美东时间）涨跌幅`, margin, header.y, { size: type.note }),
      ...axis.ticks,
      // from the gridlines' top, clear of the 0% tick label above it
      line('zero', zero, gridTop, zero, rowsBottom, 'axis'),
    ];
    const focusName = data.rows.find((r) => r.role === 'focus')?.name;
    data.rows.forEach((row, i) => {
      if (row.step > k) return;
      const id = row.fact.id;
      const top = rowsTop + i * ROW.pitch;
      const end = x(row.fact.value as number);
      const active = row.step === k ? ' is-active' : '';
      marks.push(
        rect(
          `bar-${id}`,
          {
            x: Math.min(end, zero),
            y: top + ROW.barY,
            width: Math.abs(end - zero),
            height: ROW.barH,
          },
          barClass(row, focusName),
          row.fact,
        ),
      );
      marks.push(
        text(`name-${id}`, row.label, margin, top + ROW.labelY, {
          size: type.label,
          cls: `label${active}`,
        }),
      );
      marks.push(valueLabel(row, id, top, zero, g, `label-strong${active}`));
    });
    marks.push(
      ...legend(
        LEGEND_ROWS.map(([swatch, content], i) => ({ id: String(i), swatch, text: content })),
        { x: margin, y: legendTop(g.legend.pitch, frame.height) },
        g.legend,
      ),
    );
    return marks;
  },
  describe(data) {
    const verified = data.rows.filter((r) => r.fact.status !== 'unverified');
    const unverified = data.rows.filter((r) => r.fact.status === 'unverified');
    const sentences = [
      `横条从零线向左表示下跌、向右表示上涨，单位是百分比；日期为${data.date.text}（美东时间）。`,
      verified.map((r) => `${r.name}（${r.note ?? basisText(r)}）${r.valueText}`).join('，') + '。',
    ];
    if (unverified.length)
      sentences.push(
        `${unverified.map((r) => `${r.name}${r.valueText}`).join('、')}未找到一手行情数据，尚未证实，以虚线画出。`,
      );
    if (data.rows.some((r) => r.role === 'intraday'))
      sentences.push(`灰色横条是盘中某一时刻的数字，不是收盘结果。`);
    return sentences.join('');
  },
  table: (data) => ({
    columns: ['标的', '口径', '涨跌幅', '日期', '状态'],
    rows: data.rows.map((r) => [
      withNote(r.name, r.note),
      basisText(r),
      r.valueText,
      r.fact.date ? formatDate(r.fact.date) : '—',
      STATUS_TEXT[r.fact.status],
    ]),
  }),
});
