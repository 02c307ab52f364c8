/**
 * Chapter 3 yardstick chart: NVIDIA's one-day loss of market value (about $589B) drawn as a full
 * width bar, then, one step at a time, amounts a reader can hold against it on the same linear
 * scale: Stargate's four-year plan, SemiAnalysis's estimate of everything DeepSeek's GPUs cost
 * to own for four years, and V3's final training run at rental prices. The header states the
 * ratio from the registry ("约10.56万倍"); bars too thin to see are drawn at their true width and
 * pointed at in words. Bars are classed by what the money is (kit/vocabulary.ts MONEY).
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import type { Mark, WidthClass } from './types.ts';
import {
  MONEY,
  STATUS_TEXT,
  centredText,
  datedFact,
  defineChart,
  factId,
  headline,
  legend,
  checkLegend,
  defineGeometry,
  line,
  rect,
  scaleLinear,
  text,
  title,
  unverifiedNote,
  withStatusText,
  words,
  type MoneyKind,
  type LegendEntry,
  PHONE_TYPE,
  COLOUR,
} from './kit/index.ts';

const ROWS = 3;
/**
 * The base geometry and the phone's overrides (kit/geometry.ts): the headline (its caption line
 * above the big number), rows (label baseline, value baseline when the value gets its own line,
 * bar top within a row).
 */
const GEOMETRY = defineGeometry(
  {
    frame: { width: 400, height: 450 },
    head: { big: { y: 66, size: 34 }, caption: { y: 26, size: 14 } },
    rowsTop: 96,
    row: { pitch: 64, labelY: 18, valueY: null as number | null, barY: 26, barH: 20 },
  },
  {
    phone: {
      head: { big: { y: 46, size: 30 }, caption: { y: 14, size: PHONE_TYPE.label } },
      rowsTop: 56,
      row: { pitch: 54, labelY: 13, valueY: 28, barY: 33, barH: 14 },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];
/** Below this width a bar is pointed at in words. */
const THIN = 3;

/** One amount, resolved against the registry. */
export interface AmountRow {
  fact: Fact;
  name: string;
  kind: MoneyKind;
  /**
   * An analyst's estimate: drawn in the estimates' colour (kit/colours.ts), in its kind's style.
   */
  estimate: boolean;
  /** A shorter name for the header ("V3最终训练"); the name when absent. */
  short: string;
  /** How many times this amount the base is (absent for the base itself). */
  ratio: Fact | undefined;
}

const amountSchema = z.strictObject({
  fact: factId,
  name: words('a name'),
  kind: z.enum(['market', 'ownership', 'rental']),
  estimate: z.boolean().optional(),
  short: z.string().min(1).optional(),
  ratio: z.string().min(1).optional(),
});

const schema = z.strictObject({
  title,
  date: words('the fact id of the day'),
  base: amountSchema,
  rows: z.array(amountSchema).length(ROWS, `expected ${ROWS} rows, one per step after the first`),
});

/**
 * The texts above a bar, by key: name and value on one line, or (`split`) the value on a line of
 * its own.
 */
function rowTexts(row: AmountRow, split: boolean): [string, string][] {
  const [name, value] = [withStatusText(row.name, row.fact), factText(row.fact)];
  return split
    ? [
        [`name-${row.fact.id}`, name],
        [`value-${row.fact.id}`, value],
      ]
    : [[`name-${row.fact.id}`, `${name}  ${value}`]];
}

/** The chapter 3 yardstick chart. */
export const valueLost = defineChart({
  id: 'value-lost',
  geometry: GEOMETRY,
  steps: ROWS + 1,
  // The static view is the last step: all four bars, the thin ones pointed at, and the largest
  // ratio in the header.
  staticStep: ROWS,
  schema,
  resolve(d, { fact, fail, fits, positive, ratio }) {
    const date = datedFact(fact(d.date, 'date'), (m) => fail('date', m));
    if (d.base.ratio)
      fail('base.ratio', 'the base is what the other rows are compared with; it takes no ratio');
    const amount = (row: typeof d.base, field: string): AmountRow => ({
      fact: positive(row.fact, `${field}.fact`),
      name: row.name,
      kind: row.kind,
      estimate: row.estimate ?? false,
      short: row.short ?? row.name,
      ratio: row.ratio ? fact(row.ratio, `${field}.ratio`) : undefined,
    });
    const base = amount(d.base, 'base');
    const rows = d.rows.map((row, i): AmountRow => {
      const [field, resolved] = [`rows[${i}]`, amount(row, `rows[${i}]`)];
      if (!resolved.ratio)
        return fail(
          `${field}.ratio`,
          'expected the fact id of how many times this amount the base is',
        );
      if ((resolved.fact.value as number) > (base.fact.value as number))
        fail(
          `${field}.fact`,
          `"${resolved.fact.id}" is larger than the base; the base bar must be the longest`,
        );
      ratio(resolved.ratio, `${field}.ratio`, base.fact, resolved.fact);
      return resolved;
    });
    const data = { title: d.title, date, base, rows };
    const room = (g: Geometry) => g.frame.width - 2 * g.margin;
    [base, ...rows].forEach((row, i) =>
      [0, 1].forEach((j) =>
        fits(
          `${i === 0 ? 'base' : `rows[${i - 1}]`}.name`,
          (g) => rowTexts(row, g.row.valueY !== null)[j]?.[1] ?? '',
          (g) => g.type.label,
          room,
        ),
      ),
    );
    checkLegend(fits, 'rows', legendEntries(), room);
    [undefined, ...rows].forEach((row, i) =>
      fits(
        row ? `rows[${i - 1}].short` : 'base.name',
        headLine(data, row),
        (g) => g.head.caption.size,
        room,
      ),
    );
    return data;
  },
  layout(data, k, g) {
    const { frame, margin: x0, head, rowsTop, row: ROW, type } = g;
    const current = k === 0 ? undefined : data.rows[k - 1];
    const shown = [data.base, ...data.rows.slice(0, k)];
    const x = scaleLinear([0, data.base.fact.value as number], [0, frame.width - 2 * x0]);
    const marks: Mark[] = [
      ...headline(
        factText(current?.ratio ?? data.base.fact),
        headLine(data, current),
        { x: x0, ...head },
        'head',
      ).reverse(),
      line(
        'baseline',
        x0,
        rowsTop + ROW.barY - 4,
        x0,
        rowsTop + (shown.length - 1) * ROW.pitch + ROW.barY + ROW.barH + 6,
        'axis',
      ),
    ];
    shown.forEach((row, i) => {
      const id = row.fact.id;
      const top = rowsTop + i * ROW.pitch;
      const width = x(row.fact.value as number);
      const cls = row === (current ?? data.base) ? 'label-strong is-active' : 'label';
      rowTexts(row, ROW.valueY !== null).forEach(([key, content], j) =>
        marks.push(
          text(key, content, x0, top + (j ? (ROW.valueY ?? 0) : ROW.labelY), {
            size: type.label,
            cls,
          }),
        ),
      );
      marks.push(
        rect(
          `bar-${id}`,
          { x: x0, y: top + ROW.barY, width, height: ROW.barH },
          row.estimate
            ? `${COLOUR.estimate} ${MONEY[row.kind].style}`.trim()
            : MONEY[row.kind].className,
          row.fact,
        ),
      );
      if (width < THIN)
        marks.push(
          centredText(
            `thin-${id}`,
            '← 按比例画出，细得几乎看不见',
            x0 + Math.max(width, 0) + 8,
            top + ROW.barY + ROW.barH / 2,
            { size: type.note, cls: 'label-quiet' },
          ),
        );
    });
    const entries = legendEntries();
    marks.push(
      ...legend(
        entries,
        { x: x0, y: frame.height - entries.length * g.legend.pitch - 4 },
        g.legend,
      ),
    );
    return marks;
  },
  describe(data) {
    const sentences = [
      `图中横条长度与金额成正比，最长的一条是${data.date.text}${data.base.name}，${factText(data.base.fact)}。`,
      data.rows
        .map((r) => `${r.name}为${factText(r.fact)}，前者是它的${factText(r.ratio as Fact)}`)
        .join('；') + '。',
      `后两项在同一比例下细得几乎看不见；市值损失是股价下跌，不是花掉的钱，各项口径不同，只作量级对照。`,
    ];
    sentences.push(
      unverifiedNote(
        [data.base, ...data.rows].filter((r) => r.fact.status === 'unverified').map((r) => r.name),
      ),
    );
    return sentences.join('');
  },
  table: (data) => ({
    columns: ['项目', '金额', '性质', '市值损失是它的', '状态'],
    rows: [data.base, ...data.rows].map((r) => [
      r.name,
      factText(r.fact),
      MONEY[r.kind].name,
      r.ratio ? factText(r.ratio) : '—',
      STATUS_TEXT[r.fact.status],
    ]),
  }),
});

/**
 * The header line above the big number: the day at first, then "英伟达一天蒸发的市值，是V3最终训练
 * 的".
 */
const headLine = (
  data: { date: { text: string }; base: AmountRow },
  row: AmountRow | undefined,
): string => (row ? `${data.base.name}，是${row.short}的` : `${data.date.text}，${data.base.name}`);

/** The legend: what a bar's length means, then one swatch per kind of money. */
const legendEntries = (): LegendEntry[] => [
  { id: 'scale', swatch: '', text: '横条长度与金额成正比', shape: 'none' },
  ...(['market', 'ownership', 'rental'] as const).map((kind) => ({
    id: kind,
    swatch: MONEY[kind].className,
    text: MONEY[kind].legend,
  })),
];
