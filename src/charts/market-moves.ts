/**
 * Chapter 3 diverging bar chart: the day's moves on 27 January 2025, every instrument on one
 * percentage axis with zero in the middle. Each row is a fact (a signed % change); rows appear
 * step by step in the dataset's order and keep their place, so the chart fills in rather than
 * reshuffling. NVIDIA's bars are in the loss colour, every other instrument in the others' (kit/colours.ts);
 * intraday snapshots are drawn light and say so in their label; unverified figures are dashed and
 * labelled 未证实. Legend swatches are neutral: they explain the styles, the labels name the colours.
 */
import { z } from 'astro/zod';
import { factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import { formatDate, formatValue } from '../utils/format-number.ts';
import type { Mark, WidthClass } from './types.ts';
import {
  STATUS_TEXT,
  axisX,
  datedFact,
  defineChart,
  factId,
  legendRow,
  line,
  rect,
  text,
  textWidth,
  title,
  withNote,
  words,
  zeroBasedLinear,
  PHONE_FRAME,
  PHONE_TYPE,
  desktopGeometry,
  COLOUR,
  STYLE,
  UNVERIFIED_CLASS,
} from './kit/index.ts';

const STEPS = 6;
const X0 = 16;
const TICKS = 6;
/** Per width class: the frame, header and tick baselines and sizes, gridline top, rows (label baseline and bar top within a row), legend rows. */
const GEOMETRY = {
  wide: desktopGeometry(
    {
      frame: { width: 400, height: 450 },
      header: { y: 20, font: 13 },
      tick: { y: 42, font: 13 },
      gridTop: 50,
      rowsTop: 58,
      row: { pitch: 40, labelY: 14, barY: 20, barH: 14, font: 14 },
      legend: { size: 13, square: 12, line: 22 },
    },
    ['header.font', 'tick.font', 'row.font', 'legend.size'],
  ),
  phone: {
    frame: PHONE_FRAME,
    header: { y: 14, font: PHONE_TYPE.label },
    tick: { y: 31, font: PHONE_TYPE.tick },
    gridTop: 36,
    rowsTop: 38,
    row: { pitch: 32, labelY: 13, barY: 17, barH: 12, font: 13 },
    legend: { size: PHONE_TYPE.label, square: 11, line: 18 },
  },
} satisfies Record<WidthClass, object>;
type Geometry = (typeof GEOMETRY)[WidthClass];
/** The legend: what light and dashed bars mean, in neutral swatches (red is NVIDIA, grey the others). */
const LEGEND_ROWS: [string, string][] = [
  [`${STYLE.legend} ${STYLE.snapshot}`, '浅色：盘中快照，不是收盘涨跌幅'],
  [`${STYLE.legend} ${UNVERIFIED_CLASS}`, '虚线：未证实，未找到一手行情数据'],
];
/** The top of the legend, at the foot of a frame `height` tall. */
const legendTop = (pitch: number, height: number) => height - LEGEND_ROWS.length * pitch - 4;
/** Where a row's value starts: after its label and half a character. */
const valueX = (label: string, g: Geometry) => X0 + textWidth(label, g.row.font) + g.row.font / 2;
/** Most rows that fit between the axis and the legend in every class. */
const MAX_ROWS = Math.min(
  ...Object.values(GEOMETRY).map((g) =>
    Math.floor((legendTop(g.legend.line, g.frame.height) - g.rowsTop) / g.row.pitch),
  ),
);

/** How a row's figure was taken: a closing move, an intraday snapshot, or the story's focus (a close). */
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

/** The bar class of a row: NVIDIA (the focus row's name) in the loss colour, the rest in the others'; an intraday snapshot light. */
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
  // The static view is the last step: every instrument at once, with the next day's rebound for contrast.
  staticStep: STEPS - 1,
  schema,
  resolve(d, { fact, fail, number }) {
    const date = datedFact(fact(d.date, 'date'), (m) => fail('date', m));
    const rows = d.rows.map((row, i): MoveRow => {
      const f = number(row.fact, `rows[${i}].fact`, { what: 'a percentage change', unit: '%' });
      const label = rowLabel(row.name, row.note, f);
      const valueText = factText(f);
      if (
        Object.values(GEOMETRY).some(
          (g) => valueX(label, g) + textWidth(valueText, g.row.font) > g.frame.width - X0,
        )
      )
        fail(
          `rows[${i}].name`,
          `label "${label} ${valueText}" is too long for the chart with its value`,
        );
      if (i > 0 && row.step < d.rows[i - 1]!.step)
        fail(
          `rows[${i}].step`,
          `step ${row.step} comes after step ${d.rows[i - 1]!.step}; list rows in step order`,
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
    for (let step = 0; step < STEPS; step++)
      if (!rows.some((r) => r.step === step))
        fail('rows', `no row for step ${step} (each of the ${STEPS} steps needs one)`);
    return { title: d.title, date, rows };
  },
  layout(data, k, g) {
    const { frame, header, tick, gridTop, rowsTop, row: ROW, legend } = g;
    const x = zeroBasedLinear(
      data.rows.map((r) => r.fact.value as number),
      [X0, frame.width - X0],
      TICKS,
    );
    const zero = x(0);
    const rowsBottom = rowsTop + data.rows.length * ROW.pitch - 4;
    const axis = axisX(x, TICKS, {
      y: tick.y,
      size: tick.font,
      grid: [gridTop, rowsBottom],
      format: (p) => formatValue(p, '%'),
      skipGrid: (p) => p === 0,
    });
    const marks: Mark[] = [
      ...axis.grid,
      text('header', `${data.date.text}（美东时间）涨跌幅`, X0, header.y, { size: header.font }),
      ...axis.ticks,
      line('zero', zero, gridTop - 2, zero, rowsBottom, 'axis'),
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
        text(`name-${id}`, row.label, X0, top + ROW.labelY, {
          size: ROW.font,
          cls: `label${active}`,
        }),
      );
      marks.push(
        text(`value-${id}`, row.valueText, valueX(row.label, g), top + ROW.labelY, {
          size: ROW.font,
          cls: `label-strong${active}`,
        }),
      );
    });
    const top = legendTop(legend.line, frame.height);
    LEGEND_ROWS.forEach(([cls, content], i) =>
      marks.push(...legendRow(String(i), cls, content, X0, top + i * legend.line, legend)),
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
