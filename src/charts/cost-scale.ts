/**
 * Chapter 4 zoom-out chart: amounts from R1's reinforcement-learning stage ($294K) to Stargate's
 * four-year plan ($500B) as nested squares whose area is proportional to dollars (a d3 sqrt scale).
 * Every step adds an amount and re-scales the frame so the largest visible square fills it: the
 * previous largest shrinks towards the corner, and the oldest shrink to dots (never drawn smaller
 * than MIN_SIDE). Squares keep their keys across steps, so the browser animates the zoom.
 *
 * Rented compute and ownership/capital spending are drawn and named by kit/vocabulary.ts MONEY; an
 * unverified amount is dashed and labelled 未证实. The header gives the step's amount, what it is,
 * and how it compares with the reference (V3's final training run), from ratio facts in the
 * registry that the parser checks against the amounts.
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import { formatNumber } from '../utils/format-number.ts';
import type { Mark, WidthClass } from './types.ts';
import {
  MONEY,
  STATUS_TEXT,
  defineChart,
  factId,
  factLabel,
  legend,
  checkLegend,
  calloutColumn,
  checkCallouts,
  defineGeometry,
  rect,
  scaleSqrt,
  text,
  title,
  unverifiedNote,
  words,
  type MoneyKind,
  type LegendEntry,
  wrapText,
  COLOUR,
  STYLE,
  UNVERIFIED_CLASS,
  type Entity,
} from './kit/index.ts';

const STEPS = 6;
/** Squares smaller than this (viewBox units) are drawn at this size, as dots. */
export const MIN_SIDE = 2;
/**
 * The base geometry and the phone's overrides (kit/geometry.ts): the headline's big number, then
 * header lines (each wrapped to at most `lines`, `line` apart), the squares' frame, the callout
 * column right of it.
 */
const GEOMETRY = defineGeometry(
  {
    frame: { width: 400, height: 450 },
    head: { big: { y: 38, size: 30 } },
    type: { label: 14 },
    detail: { y: 62, lines: 1 },
    kind: { y: 82, lines: 1 },
    line: 16,
    box: { x: 16, y: 96, side: 244 },
    callout: { line: 16, block: 38 },
  },
  {
    keep: ['detail.lines', 'kind.lines'],
    phone: {
      margin: 12,
      head: { big: { y: 27, size: 28 } },
      detail: { y: 46, lines: 2 },
      kind: { y: 62, lines: 2 },
      line: 16,
      box: { x: 12, y: 102, side: 174 },
      callout: { line: 15, block: 34 },
    },
  },
);
/** The frame the largest visible square fills, in the wide layout. */
export const FRAME = GEOMETRY.wide.box;
type Geometry = (typeof GEOMETRY)[WidthClass];
/** The x of the callout column, right of the frame. */
const calloutX = (g: Geometry) => g.box.x + g.box.side + 10;
/** The callout column's geometry (kit/callouts.ts). */
const calloutStyle = (g: Geometry) => ({ x: calloutX(g), size: g.type.note, ...g.callout });
/** The width of a callout line. */
const calloutRoom = (g: Geometry) => g.frame.width - 8 - calloutX(g);

/** One amount, resolved against the registry. */
export interface CostItem {
  fact: Fact;
  /** Short name for callouts and the table ("V3最终训练"). */
  name: string;
  /** The header's description when the item is the step's main amount (wrapped on a phone). */
  detail: string;
  kind: Exclude<MoneyKind, 'market'>;
  /**
   * Whose money it is, as the colour language draws it (kit/colours.ts): DeepSeek's, others', or an
   * estimate.
   */
  entity: Extract<Entity, 'deepseek' | 'other' | 'estimate'>;
  step: number;
  /** Whether the step's header is about this item (one per step). */
  main: boolean;
  /**
   * How it compares with the reference (absent for the reference itself and a figure of unknown
   * scope).
   */
  ratio: Fact | undefined;
  /**
   * Whether its scope is known: a figure whose scope no source states is drawn but compared with
   * nothing.
   */
  comparable: boolean;
  value: number;
}

/** The chart's dataset after validation. */
export interface CostScaleData {
  title: string;
  reference: CostItem;
  items: CostItem[];
}

const schema = z.strictObject({
  title,
  reference: words('the fact id every item is compared with'),
  items: z
    .array(
      z.strictObject({
        fact: factId,
        name: words('a short name'),
        detail: words('a description for the header'),
        kind: z.enum(['rental', 'ownership']),
        entity: z.enum(['deepseek', 'other', 'estimate']).optional(),
        step: z
          .number()
          .int('expected a whole step number')
          .min(0)
          .max(STEPS - 1, `expected a step from 0 to ${STEPS - 1}`),
        ratio: z.string().min(1).optional(),
        comparable: z.boolean().optional(),
        main: z.boolean().optional(),
      }),
    )
    .min(STEPS, `expected at least ${STEPS} items, one main item per step`),
});

/**
 * What an amount counts, as the table and the text alternative name it: 口径不明 when no source
 * says.
 */
const scopeName = (item: CostItem): string =>
  item.comparable ? MONEY[item.kind].name : '口径不明';

/** The kind and comparison line of the header. */
const kindLine = (data: CostScaleData, item: CostItem) =>
  `${MONEY[item.kind].name}，${item.ratio ? `相当于${data.reference.name}的${factText(item.ratio)}` : '以下各项都与它相比'}`;

/** The header's detail and kind lines for `item` in a class, each wrapped to the frame. */
const headerLines = (data: CostScaleData, item: CostItem, g: Geometry) => ({
  detail: wrapText(item.detail, g.type.label, g.frame.width - 2 * g.margin),
  kind: wrapText(kindLine(data, item), g.type.note, g.frame.width - 2 * g.margin),
});

/** Items visible at a step, largest first (the order they are drawn in). */
export function visibleItems(data: CostScaleData, k: number): CostItem[] {
  return data.items.filter((item) => item.step <= k).sort((a, b) => b.value - a.value);
}

/**
 * True side of an item's square at a step (area ∝ dollars; the largest visible fills the frame).
 */
export function trueSide(
  data: CostScaleData,
  item: CostItem,
  k: number,
  frame: number = FRAME.side,
): number {
  const largest = visibleItems(data, k)[0];
  return largest ? scaleSqrt([0, largest.value], [0, frame])(item.value) : 0;
}

/**
 * Items that get a callout, besides the largest (which the header and frame speak for): anything
 * from this step or the two before, and the reference, so the ruler stays in sight however small it
 * gets.
 */
export function calloutItems(data: CostScaleData, k: number): CostItem[] {
  const [largest, ...rest] = visibleItems(data, k);
  return largest ? rest.filter((item) => item.step >= k - 2 || item === data.reference) : [];
}

/** The legend: the two kinds of money and the dashed unverified style, then what area means. */
const legendEntries = (): LegendEntry[] => [
  ...(['rental', 'ownership'] as const).map((money) => ({
    id: money,
    swatch: `${STYLE.legend} ${MONEY[money].style || STYLE.filled}`,
    text: MONEY[money].legend,
  })),
  { id: 'unverified', swatch: `${STYLE.legend} ${UNVERIFIED_CLASS}`, text: '虚线：未证实' },
  { id: 'scale', swatch: '', text: '方块面积与金额成正比，每一步按最大一项缩放', shape: 'none' },
];

/** The chapter 4 zoom-out chart. */
export const costScale = defineChart({
  id: 'cost-scale',
  geometry: GEOMETRY,
  steps: STEPS,
  // The static view is the last step: Stargate's $500B fills the frame, its first $100B phase
  // inside, SemiAnalysis's $2.573B a small square and V3's final run a dot, each with a callout.
  staticStep: STEPS - 1,
  schema,
  resolve(d, { fact, fail, fits, number, ratio }) {
    const facts = d.items.map((row, i) => ({
      f: number(row.fact, `items[${i}].fact`, {
        what: 'an amount',
        unit: '美元',
        positive: true,
        hint: 'convert no currency without a sourced rate',
      }),
      r: row.ratio ? fact(row.ratio, `items[${i}].ratio`) : undefined,
    }));
    const refIndex = facts.findIndex(({ f }) => f.id === d.reference);
    const reference = facts[refIndex]?.f;
    if (!reference) return fail('reference', `"${d.reference}" is not one of the items`);
    const items = d.items.map((row, i): CostItem => {
      const [{ f, r }, field, previous] = [facts[i]!, `items[${i}]`, d.items[i - 1]];
      if (previous && row.step < previous.step)
        fail(
          `${field}.step`,
          `step ${row.step} comes after step ${previous.step}; list items in step order`,
        );
      if (i === refIndex && row.ratio)
        fail(`${field}.ratio`, 'the reference is compared with nothing; remove its ratio');
      const comparable = row.comparable ?? true;
      if (!comparable && row.ratio)
        fail(
          `${field}.ratio`,
          'a figure of unknown scope is compared with nothing; remove its ratio',
        );
      if (i !== refIndex && comparable && !row.ratio)
        fail(`${field}.ratio`, `expected the fact id comparing "${f.id}" with the reference`);
      const item = {
        fact: f,
        name: row.name,
        detail: row.detail,
        kind: row.kind,
        entity: row.entity ?? 'other',
        step: row.step,
        main: row.main ?? true,
        value: f.value as number,
        ratio: r,
        comparable,
      };
      if (r) ratio(r, `${field}.ratio`, f, reference);
      checkCallouts(
        fits,
        `${field}.name`,
        [item.name, factLabel(f)],
        (g) => g.type.note,
        calloutRoom,
      );
      return item;
    });
    const mainsAt = (step: number) =>
      items.filter((item) => item.step === step && item.main).length;
    for (let step = 0; step < STEPS; step++)
      if (mainsAt(step) !== 1)
        fail(
          'items',
          `step ${step} has ${mainsAt(step)} main items; expected exactly one (mark the others "main": false)`,
        );
    const data: CostScaleData = { title: d.title, reference: items[refIndex]!, items };
    const room = (g: Geometry) => g.frame.width - 2 * g.margin;
    items.forEach((item, i) => {
      fits(
        `items[${i}].detail`,
        item.detail,
        (g) => g.type.label,
        room,
        (g) => g.detail.lines,
      );
      fits(
        `items[${i}].ratio`,
        kindLine(data, item),
        (g) => g.type.note,
        room,
        (g) => g.kind.lines,
      );
    });
    checkLegend(fits, 'items', legendEntries(), room);
    return data;
  },
  layout(data, k, g) {
    const { margin: x0, head, detail, kind, box: square, type } = g;
    const main = data.items.find((item) => item.step === k && item.main)!;
    const lines = headerLines(data, main, g);
    const bottom = square.y + square.side;
    const marks: Mark[] = [
      text('big-number', factLabel(main.fact), x0, head.big.y, {
        size: head.big.size,
        cls: 'label-big',
      }),
      ...lines.detail.map((t, i) =>
        text(i ? `detail-${i + 1}` : 'detail', t, x0, detail.y + i * g.line, {
          size: type.label,
          cls: 'label-strong',
        }),
      ),
      ...lines.kind.map((t, i) =>
        text(
          i ? `kind-line-${i + 1}` : 'kind-line',
          t,
          x0,
          kind.y + (lines.detail.length - 1 + i) * g.line,
          { size: type.note },
        ),
      ),
    ];
    const sideOf = new Map(
      visibleItems(data, k).map((item) => [
        item,
        Math.max(trueSide(data, item, k, square.side), MIN_SIDE),
      ]),
    );
    for (const [item, side] of sideOf) {
      const box = { x: square.x, y: bottom - side, width: side, height: side };
      marks.push(
        rect(
          `sq-${item.fact.id}`,
          box,
          `${COLOUR[item.entity]} ${MONEY[item.kind].style}`.trim(),
          item.fact,
        ),
      );
      if (item.fact.status !== 'unverified') marks.push(rect(`frame-${item.fact.id}`, box, 'axis'));
    }
    // Callouts in the column right of the frame, each near its square's top, none overlapping.
    const callouts = calloutItems(data, k).sort(
      (a, b) => (sideOf.get(b) ?? 0) - (sideOf.get(a) ?? 0),
    );
    marks.push(
      ...calloutColumn(
        callouts.map((item) => {
          const side = sideOf.get(item) ?? 0;
          return {
            id: item.fact.id,
            name: item.name,
            value: factLabel(item.fact),
            at: { x: square.x + side, y: bottom - side },
          };
        }),
        { top: square.y - 4, bottom: bottom + 10 },
        calloutStyle(g),
      ),
    );
    // neutral swatches: the legend explains the styles (filled, hollow, dashed); the callouts name
    // who
    marks.push(...legend(legendEntries(), { x: x0, y: bottom + 14 }, g.legend));
    return marks;
  },
  describe(data) {
    const list = data.items
      .map(
        (item) =>
          `${item.name}，${factText(item.fact)}（${scopeName(item)}${item.ratio ? `，相当于${data.reference.name}的${factText(item.ratio)}` : ''}）`,
      )
      .join('；');
    const sentences = [
      `图中方块的面积与金额成正比，每一步加入一项，并按当时最大的一项重新缩放，之前的方块随之缩小，直至成为一个点。`,
      `依次为：${list}。`,
      `${MONEY.rental.name}是按 GPU 小时乘以租价算出的单次训练费用，${MONEY.ownership.name}是买卡、建机房和运营的花费或计划投资，两者口径不同。`,
    ];
    sentences.push(
      unverifiedNote(
        data.items.filter((item) => item.fact.status === 'unverified').map((item) => item.name),
      ),
    );
    return sentences.join('');
  },
  table: (data) => ({
    columns: ['步骤', '项目', '金额', '口径', `相当于${data.reference.name}`, '状态'],
    rows: data.items.map((item) => [
      formatNumber(item.step + 1),
      item.detail,
      factText(item.fact),
      scopeName(item),
      item.ratio ? factText(item.ratio) : item.comparable ? '（基准）' : '不作比较',
      STATUS_TEXT[item.fact.status],
    ]),
  }),
});
