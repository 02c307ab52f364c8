/**
 * Chapter 2 bar chart: DeepSeek-V3's training bill, from H800 GPU-hours to dollars. Step 0 draws
 * the three training phases as three bars in GPU-hours (pre-training dominates, post-training is a
 * sliver and says so). Step 1 slides the same bars end to end into one stacked bar: the total. Step
 * 2 keeps the bars and relabels them in dollars at the report's rental price (the scale is the
 * same, since dollars are GPU-hours times one price). Step 3 adds dashed placeholder boxes for what
 * the figure leaves out (research and ablations, hardware, people): equal boxes, explicitly 未计入,
 * not sized as if known.
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import type { Mark, WidthClass } from './types.ts';
import {
  centredText,
  defineChart,
  factId,
  factLabel,
  headline,
  kebabKey,
  rect,
  scaleLinear,
  statusOf,
  text,
  textWidth,
  title,
  uniqueKeys,
  withStatusText,
  words,
  defineGeometry,
  sum as d3sum,
  legend,
  legendHeight,
  checkLegend,
  cumsum,
  withStatus,
  COLOUR,
  STYLE,
  UNVERIFIED_CLASS,
} from './kit/index.ts';

const STEPS = 4;
/**
 * The base geometry and the phone's overrides (kit/geometry.ts): step 0 one row per phase (`top`
 * is the foot of the first row's legend swatch, its bar `barGap` below); steps 1–3 one stacked
 * bar, a legend (its first swatch's top at `legendTop`), the formula `formula.gap` under the
 * legend, then the left-out boxes.
 */
const GEOMETRY = defineGeometry(
  {
    rows: { top: 124, pitch: 84, barGap: 8, barHeight: 30 },
    stack: { y: 108, height: 44 },
    legendTop: 178,
    legend: { pitch: 28 },
    formula: { gap: 28, pitch: 20 },
    excluded: { heading: 318, top: 332, height: 66, gap: 10, name: 28, status: 50, note: 424 },
  },
  {
    phone: {
      margin: 6,
      type: { label: 13 },
      rows: { top: 104, pitch: 80, barGap: 8, barHeight: 28 },
      stack: { y: 80, height: 40 },
      legendTop: 140,
      legend: { pitch: 24 },
      formula: { gap: 24, pitch: 18 },
      excluded: { heading: 274, top: 284, height: 50, gap: 8, name: 21, status: 40, note: 351 },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];
/**
 * How each phase is told apart within DeepSeek's one colour (kit/colours.ts): filled, light,
 * hollow.
 */
const PHASE_STYLE = ['', STYLE.snapshot, STYLE.hollow];
/** Most phases the stacked bar and its labels have room for. */
const MAX_PHASES = PHASE_STYLE.length;
/** The width bars and lines may take. */
const spanOf = (g: Geometry) => g.frame.width - 2 * g.margin;

/** One training phase, resolved against the registry. */
export interface Phase {
  key: string;
  name: string;
  hours: Fact;
  cost: Fact;
  note: string | undefined;
}

const schema = z.strictObject({
  title,
  phases: z
    .array(
      z.strictObject({
        key: kebabKey,
        name: words('a phase name'),
        hours: factId,
        cost: factId,
        note: z.string().min(1).optional(),
      }),
    )
    .min(1, 'expected at least one phase')
    .max(MAX_PHASES, `expected at most ${MAX_PHASES} phases`)
    .superRefine(uniqueKeys),
  total: z.strictObject({ hours: factId, cost: factId }),
  price: factId,
  lead: z.strictObject({ fact: factId, caption: words('a caption') }),
  excluded: z
    .array(words('a name'))
    .min(1, 'expected at least one item')
    .max(4, 'expected at most 4 items'),
});

/** True when two amounts agree to within rounding (0.1 %, at least 1 unit). */
const agrees = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.001);
const num = (fact: Fact) => fact.value as number;

/** "预训练 266.4万GPU小时" or, in dollars, "预训练 532.8万美元". */
const phaseLabel = (p: Phase, dollars: boolean) =>
  withStatusText(`${p.name} ${factText(dollars ? p.cost : p.hours)}`, dollars ? p.cost : p.hours);

/** Width of one of `n` placeholder boxes across `span`. */
const boxWidth = (n: number, span: number, g: Geometry) => (span - (n - 1) * g.excluded.gap) / n;

/** The GPU-hours chart's dataset after validation. */
interface Data {
  title: string;
  phases: Phase[];
  total: { hours: Fact; cost: Fact };
  price: Fact;
  lead: { fact: Fact; caption: string };
  excluded: string[];
}

/** Big number and caption per step. */
function head(data: Data, k: number): [string, string] {
  const [fact, caption] = (
    [
      [data.lead.fact, data.lead.caption.trim()],
      [data.total.hours, '三个阶段首尾相接：V3 正式训练的全部算力'],
      [data.total.cost, `按每GPU小时${factText(data.price)}的租价折算`],
      [data.total.cost, '这只是正式训练这一项的租价'],
    ] as const
  )[k]!;
  return [factLabel(fact), caption];
}

/** The chapter 2 GPU-hours-to-dollars chart. */
export const gpuHours = defineChart({
  id: 'gpu-hours',
  geometry: GEOMETRY,
  steps: STEPS,
  // The static view is the last step: the stacked bar in dollars, the formula that turns GPU-hours
  // into dollars, and the boxes for what the figure leaves out.
  staticStep: STEPS - 1,
  schema,
  resolve(d, { fail, fits, number, positive }): Data {
    const price = positive(d.price, 'price', '美元');
    const phases = d.phases.map((p, i): Phase => {
      const hours = positive(p.hours, `phases[${i}].hours`, 'GPU小时');
      const cost = positive(p.cost, `phases[${i}].cost`, '美元');
      if (!agrees(num(cost), num(hours) * num(price)))
        fail(
          `phases[${i}].cost`,
          `fact "${cost.id}" (${num(cost)}) is not hours × price (${num(hours)} × ${num(price)})`,
        );
      return { key: p.key, name: p.name, hours, cost, note: p.note };
    });
    const total = {
      hours: positive(d.total.hours, 'total.hours', 'GPU小时'),
      cost: positive(d.total.cost, 'total.cost', '美元'),
    };
    const sum = d3sum(phases, (p) => num(p.hours));
    if (!agrees(sum, num(total.hours)))
      fail(
        'total.hours',
        `fact "${total.hours.id}" (${num(total.hours)}) is not the sum of the phases (${sum})`,
      );
    if (!agrees(num(total.cost), num(total.hours) * num(price)))
      fail('total.cost', `fact "${total.cost.id}" (${num(total.cost)}) is not hours × price`);
    const leadFact = number(d.lead.fact, 'lead.fact', { what: 'a number' });
    // Every text must fit the line or box it is drawn in.
    const label = (g: Geometry) => g.type.label;
    d.excluded.forEach((name, i) =>
      fits(`excluded[${i}]`, name, label, (g) => boxWidth(d.excluded.length, spanOf(g), g) - 8),
    );
    phases.forEach((p, i) =>
      checkLegend(
        fits,
        `phases[${i}].name`,
        [false, true].map((dollars) => ({ text: phaseLabel(p, dollars) })),
        spanOf,
      ),
    );
    fits(
      'lead.caption',
      withStatusText(`${factText(leadFact)}${d.lead.caption}`, leadFact),
      (g) => g.head.caption.size,
      spanOf,
    );
    return {
      title: d.title,
      phases,
      total,
      price,
      lead: { fact: leadFact, caption: d.lead.caption },
      excluded: d.excluded,
    };
  },
  layout(data, k, g) {
    const { margin, rows, stack, legendTop, formula: F, excluded } = g;
    const { label, note } = g.type;
    const span = spanOf(g);
    const width = scaleLinear([0, num(data.total.hours)], [0, span]);
    const dollars = k >= 2;
    const marks: Mark[] = headline(...head(data, k), { x: margin, ...g.head });
    // every phase is DeepSeek's: one colour, each phase in its own style, segments parted by a gap
    const classOf = (i: number) =>
      `${COLOUR.deepseek} ${STYLE.segment} ${PHASE_STYLE[i] ?? ''}`.trim();
    const stackX = cumsum(data.phases, (p) => width(num(p.hours)));
    data.phases.forEach((p, i) => {
      const w = width(num(p.hours));
      const bar =
        k === 0
          ? {
              x: margin,
              y: rows.top + i * rows.pitch + rows.barGap,
              width: w,
              height: rows.barHeight,
            }
          : { x: margin + (stackX[i - 1] ?? 0), y: stack.y, width: w, height: stack.height };
      marks.push(rect(`bar-${p.key}`, bar, classOf(i), p.hours, p.cost));
      if (k === 0 && p.note)
        marks.push(
          centredText(`note-${p.key}`, `← ${p.note}`, margin + w + 8, bar.y + bar.height / 2, {
            size: note,
            cls: 'label-quiet',
          }),
        );
    });
    // The phases' legend: at step 0 each entry heads its own bar, then the entries stack under the
    // one bar.
    const entries = data.phases.map((p, i) => ({
      id: p.key,
      swatch: withStatus(classOf(i), p.hours, p.cost),
      text: phaseLabel(p, dollars),
    }));
    marks.push(
      ...(k === 0
        ? legend(
            entries,
            { x: margin, y: rows.top - g.legend.square },
            { ...g.legend, pitch: rows.pitch },
          )
        : legend(entries, { x: margin, y: legendTop }, g.legend)),
    );
    if (k >= 2) {
      const formula = `${factText(data.total.hours)} × 每GPU小时${factText(data.price)} = ${factText(data.total.cost)}`;
      // Where one line would run to the edge (browsers add space between Chinese and Latin), the
      // result goes on a second line.
      const lines =
        textWidth(formula, label) > span * 0.95
          ? formula.split(' = ').map((part, i) => (i ? `= ${part}` : part))
          : [formula];
      const top = legendTop + legendHeight(data.phases.length, g.legend) + F.gap;
      lines.forEach((content, i) =>
        marks.push(
          text(i ? 'formula-result' : 'formula', content, margin, top + i * F.pitch, {
            size: label,
            cls: 'label-strong',
          }),
        ),
      );
    }
    if (k < 3) return marks;
    marks.push(
      text('excluded-heading', '这笔账没有算进去的：', margin, excluded.heading, {
        size: label,
        cls: 'label-strong',
      }),
    );
    const boxW = boxWidth(data.excluded.length, span, g);
    data.excluded.forEach((name, i) => {
      const bx = margin + i * (boxW + excluded.gap);
      marks.push(
        rect(
          `excluded-box-${i}`,
          { x: bx, y: excluded.top, width: boxW, height: excluded.height },
          `${STYLE.legend} ${UNVERIFIED_CLASS}`,
        ),
      );
      marks.push(
        text(`excluded-name-${i}`, name, bx + boxW / 2, excluded.top + excluded.name, {
          size: label,
          cls: 'label-strong label-inset',
          anchor: 'middle',
        }),
      );
      marks.push(
        text(`excluded-status-${i}`, '未计入', bx + boxW / 2, excluded.top + excluded.status, {
          size: note,
          cls: 'label-quiet label-inset',
          anchor: 'middle',
        }),
      );
    });
    marks.push(
      text('excluded-note', '方框不按金额比例绘制：这些花费没有公开', margin, excluded.note, {
        size: note,
        cls: 'label-quiet',
      }),
    );
    return marks;
  },
  describe(data) {
    const parts = data.phases.map((p) => `${p.name}${factText(p.hours)}`).join('、');
    const costs = data.phases.map((p) => `${p.name}${factText(p.cost)}`).join('、');
    return [
      `DeepSeek-V3 的正式训练共用${factText(data.total.hours)}，分为${parts}，其中预训练占${factText(data.lead.fact)}。`,
      `按每GPU小时${factText(data.price)}的租价折算，合计${factText(data.total.cost)}（${costs}）。`,
      `这个数字不含${data.excluded.join('、')}等开支；这些花费没有公开，图中用虚线方框示意，方框大小不代表金额。`,
    ].join('');
  },
  table: (data) => ({
    columns: ['阶段', 'H800 GPU小时', `按每GPU小时${factText(data.price)}折算`, '状态'],
    rows: [
      ...data.phases.map((p) => [
        p.name,
        factText(p.hours),
        factText(p.cost),
        statusOf(p.hours, p.cost),
      ]),
      [
        '合计',
        factText(data.total.hours),
        factText(data.total.cost),
        statusOf(data.total.hours, data.total.cost),
      ],
      ...data.excluded.map((name) => [name, '—', '未计入', '未公开']),
    ],
  }),
});
