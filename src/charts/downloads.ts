/**
 * Chapter 2 chart: the DeepSeek app's first weeks. Step 0 sets DeepSeek's downloads in its first
 * days against ChatGPT's over the same span, as two tall bars. Step 1 shrinks the same bars (same
 * keys) into the left half and draws the US App Store climb on the right: a dot low on a rank scale
 * (No. 31, a few days before) joined to a dot at the top (No. 1, with its date).
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import type { Mark, WidthClass } from './types.ts';
import {
  STATUS_TEXT,
  centredText,
  circle,
  datedFact,
  defineChart,
  factId,
  factLabel,
  headline,
  kebabKey,
  line,
  rect,
  scaleLinear,
  text,
  title,
  uniqueKeys,
  withStatusText,
  words,
  defineGeometry,
  COLOUR,
  STYLE,
} from './kit/index.ts';

const STEPS = 2;
/**
 * The base geometry and the phone's overrides (kit/geometry.ts). Bar panels per step (step 0 spans
 * the width, step 1 ends at `split`); step 1's rank panel runs from `rank.top` (No. 1) to the
 * baseline.
 */
const GEOMETRY = defineGeometry(
  {
    baseline: 372,
    nameGap: 20,
    split: 176,
    panels: [
      { barWidth: 90, maxHeight: 230, valueSize: 15, nameSize: 14 },
      { barWidth: 44, maxHeight: 200, valueSize: 13, nameSize: 13 },
    ],
    rank: {
      titleX: 200,
      titleY: 112,
      axisX: 214,
      top: 150,
      fromX: 250,
      toX: 330,
      dot: 6,
      size: 14,
      noteY: 398,
    },
  },
  {
    type: ['panels.valueSize', 'panels.nameSize', 'rank.size'],
    phone: {
      margin: 6,
      baseline: 312,
      nameGap: 18,
      split: 130,
      panels: [
        { barWidth: 80, maxHeight: 200, valueSize: 14, nameSize: 13 },
        { barWidth: 36, maxHeight: 170, valueSize: 12.5, nameSize: 12.5 },
      ],
      rank: {
        titleX: 146,
        titleY: 92,
        axisX: 156,
        top: 130,
        fromX: 180,
        toX: 260,
        dot: 5,
        size: 13,
        noteY: 352,
      },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];

const schema = z.strictObject({
  title,
  window: factId,
  downloads: z
    .array(z.strictObject({ key: kebabKey, name: words('an app name'), fact: factId }))
    .length(2, 'expected two apps')
    .superRefine(uniqueKeys),
  rank: z.strictObject({
    store: words('the store and chart'),
    from: factId,
    fromWhen: words('when the lower rank held'),
    to: factId,
    toWhen: factId,
  }),
});

/** The downloads chart's dataset after validation. */
interface Data {
  title: string;
  window: Fact;
  downloads: { key: string; name: string; fact: Fact }[];
  rank: {
    store: string;
    from: Fact;
    fromWhen: string;
    to: Fact;
    toWhen: { fact: Fact; text: string };
  };
}

/** "几天前：第31名". */
const fromLabel = (data: Data) =>
  withStatusText(`${data.rank.fromWhen}：第${factText(data.rank.from)}`, data.rank.from);
/** "2025年1月26日：第1名". */
const toLabel = (data: Data) =>
  withStatusText(`${data.rank.toWhen.text}：第${factText(data.rank.to)}`, data.rank.to);

/** The line under the big number at step `k`. */
function captionText(data: Data, k: number): string {
  const other = data.downloads[1]!;
  return k === 0
    ? `上线后头${factText(data.window)}的下载量；${other.name} 同期${factText(other.fact)}`
    : `${data.rank.toWhen.text}登上${data.rank.store}首位`;
}

/** The chapter 2 downloads and App Store rank chart. */
export const downloads = defineChart({
  id: 'downloads',
  geometry: GEOMETRY,
  steps: STEPS,
  // The static view is the last step: both download bars (smaller, on the left) and the App Store
  // climb.
  staticStep: STEPS - 1,
  schema,
  resolve(d, { fact, fail, fits, positive }): Data {
    const window = positive(d.window, 'window', '天');
    const apps = d.downloads.map((row, i) => ({
      key: row.key,
      name: row.name,
      fact: positive(row.fact, `downloads[${i}].fact`, '次'),
    }));
    const from = positive(d.rank.from, 'rank.from', '名');
    const to = positive(d.rank.to, 'rank.to', '名');
    if ((to.value as number) >= (from.value as number))
      fail(
        'rank.to',
        `fact "${to.id}" (${to.value}) must be a better (smaller) rank than rank.from (${from.value})`,
      );
    const toWhen = datedFact(fact(d.rank.toWhen, 'rank.toWhen'), (m) => fail('rank.toWhen', m));
    const data = {
      title: d.title,
      window,
      downloads: apps,
      rank: { store: d.rank.store, from, fromWhen: d.rank.fromWhen, to, toWhen },
    };
    // Each line must fit from where it starts to the frame's right edge.
    const rankFont = (g: Geometry) => g.rank.size;
    const captionFont = (g: Geometry) => g.head.caption.size;
    fits(
      'rank.store',
      `${data.rank.store}排名`,
      rankFont,
      (g) => g.frame.width - 4 - g.rank.titleX,
    );
    fits(
      'rank.fromWhen',
      fromLabel(data),
      rankFont,
      (g) => g.frame.width - 4 - g.rank.fromX - g.rank.dot * 2,
    );
    fits('rank.store', captionText(data, 1), captionFont, (g) => g.frame.width - 4 - g.margin);
    fits('window', captionText(data, 0), captionFont, (g) => g.frame.width - 4 - g.margin);
    fits('rank.toWhen', toLabel(data), rankFont, (g) => g.frame.width - g.rank.titleX - g.margin);
    return data;
  },
  layout(data, k, { frame, margin, head, type, baseline, nameGap, split, panels, rank }) {
    const panel = { ...panels[k]!, x0: margin, x1: k === 0 ? frame.width - margin : split };
    const first = data.downloads[0]!;
    const height = scaleLinear(
      [0, Math.max(...data.downloads.map((d) => d.fact.value as number))],
      [0, panel.maxHeight],
    );
    const big =
      k === 0 ? factLabel(first.fact) : withStatusText(`第${factText(data.rank.to)}`, data.rank.to);
    const marks: Mark[] = headline(big, captionText(data, k), { x: margin, ...head });
    const slot = (panel.x1 - panel.x0) / data.downloads.length;
    data.downloads.forEach((d, i) => {
      const cx = panel.x0 + (i + 0.5) * slot;
      const h = height(d.fact.value as number);
      // the first row is DeepSeek's app, the others its rivals (kit/colours.ts)
      const cls = i === 0 ? COLOUR.deepseek : COLOUR.other;
      marks.push(
        rect(
          `bar-${d.key}`,
          { x: cx - panel.barWidth / 2, y: baseline - h, width: panel.barWidth, height: h },
          cls,
          d.fact,
        ),
      );
      marks.push(
        text(`value-${d.key}`, factLabel(d.fact), cx, baseline - h - 8, {
          size: panel.valueSize,
          cls: i === 0 ? 'label-strong' : 'label',
          anchor: 'middle',
        }),
      );
      marks.push(
        text(`name-${d.key}`, d.name, cx, baseline + nameGap, {
          size: panel.nameSize,
          anchor: 'middle',
        }),
      );
    });
    marks.push(line('baseline', panel.x0, baseline, panel.x1, baseline, 'axis'));
    if (k === 0) return marks;
    const rankY = scaleLinear(
      [1, Math.max(2, data.rank.from.value as number)],
      [rank.top, baseline],
    );
    const fromY = rankY(data.rank.from.value as number);
    const toY = rankY(data.rank.to.value as number);
    marks.push(
      text('rank-title', `${data.rank.store}排名`, rank.titleX, rank.titleY, {
        size: rank.size,
        cls: 'label-strong',
      }),
      line('rank-axis', rank.axisX, rank.top - 6, rank.axisX, baseline + 6, 'axis'),
      line('rank-line', rank.fromX, fromY, rank.toX, toY, COLOUR.deepseek),
      circle(
        'rank-from',
        rank.fromX,
        fromY,
        rank.dot,
        `${COLOUR.deepseek} ${STYLE.hollow}`,
        data.rank.from,
      ),
      circle('rank-to', rank.toX, toY, rank.dot, `${COLOUR.deepseek} is-active`, data.rank.to),
      centredText('rank-from-label', fromLabel(data), rank.fromX + rank.dot * 2, fromY, {
        size: rank.size,
      }),
      text('rank-to-label', toLabel(data), frame.width - margin, toY - rank.dot * 3, {
        size: rank.size,
        cls: 'label-strong is-active',
        anchor: 'end',
      }),
      text('rank-note', '越往上，排名越靠前', rank.titleX, rank.noteY, {
        size: type.note,
        cls: 'label-quiet',
      }),
    );
    return marks;
  },
  describe(data) {
    const [a, b] = data.downloads as [Data['downloads'][number], Data['downloads'][number]];
    return [
      `${a.name} 应用上线后头${factText(data.window)}下载了${factText(a.fact)}，${b.name}同期${factText(b.fact)}。`,
      `在${data.rank.store}上，它${data.rank.fromWhen}还排第${factText(data.rank.from)}，${data.rank.toWhen.text}升到第${factText(data.rank.to)}。`,
    ].join('');
  },
  table: (data) => ({
    columns: ['指标', '数值', '状态'],
    rows: [
      ...data.downloads.map((d) => [
        `${d.name} 上线后头${factText(data.window)}的下载量`,
        factText(d.fact),
        STATUS_TEXT[d.fact.status],
      ]),
      [
        `${data.rank.store}排名（${data.rank.fromWhen}）`,
        `第${factText(data.rank.from)}`,
        STATUS_TEXT[data.rank.from.status],
      ],
      [
        `${data.rank.store}排名（${data.rank.toWhen.text}）`,
        `第${factText(data.rank.to)}`,
        STATUS_TEXT[data.rank.to.status],
      ],
    ],
  }),
});
