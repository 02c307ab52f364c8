/**
 * Chapter 2 grouped bar chart: where DeepSeek-V3 leads and where it trails, on four benchmarks.
 * Steps 0–3 reveal one benchmark each (a group of horizontal bars: V3, GPT-4o-0513,
 * Claude-3.5-Sonnet-1022); the newest group is active (V3 highlighted, rivals grey) and says in
 * words whether V3 leads, sits in the middle or trails. Earlier groups stay, muted. The last step
 * adds the two reasoning models that came later (DeepSeek-R1 and OpenAI o1-1217) to every group and
 * compares those two instead. Bars keep their keys from step to step, so groups slide to make room
 * instead of being redrawn.
 */
import { z } from 'astro/zod';
import { factText } from '../facts/index.ts';
import type { Fact } from '../facts/index.ts';
import type { ChartTable, Mark, WidthClass } from './types.ts';
import {
  defineChart,
  factId,
  factLabel,
  kebabKey,
  scaleLinear,
  statusOf,
  text,
  title,
  uniqueKeys,
  words,
  defineGeometry,
  barRow,
  checkBarRow,
  COLOUR,
} from './kit/index.ts';

/** Number of benchmarks, one per step before the last. */
export const BENCHMARK_COUNT = 4;

/** Number of states: one per benchmark, then the later reasoning models. */
export const BENCHMARKS_STEPS = BENCHMARK_COUNT + 1;

/** A model compared. `late` models appear at the last step only. */
export interface Model {
  key: string;
  name: string;
  short: string;
  late: boolean;
}

/** One benchmark with a score fact per model (undefined where none was published). */
export interface Benchmark {
  key: string;
  name: string;
  what: string;
  scores: (Fact | undefined)[];
}

/** The benchmark chart's dataset after validation. */
export interface BenchmarksData {
  title: string;
  models: Model[];
  /** The model the first steps are about (V3), and the two compared at the last step (R1, o1). */
  focus: Model;
  lateFocus: Model;
  lateRival: Model;
  benchmarks: Benchmark[];
}

/**
 * The base geometry and the phone's overrides (kit/geometry.ts): names from `margin`, bars from `barX` (`barMax` long at a score of 100),
 * values after them. Each group has a title line, then one row per model: roomier while only the
 * early models are shown, tighter when every model is; the footer's baseline (0: none, no room).
 */
const GEOMETRY = defineGeometry(
  {
    frame: { width: 400, height: 460 },
    type: { label: 13 },
    titleSize: 14,
    top: 6,
    barX: 72,
    barMax: 270,
    valueGap: 4,
    early: { title: 20, baseline: 14, pitch: 24, bar: 16, gap: 14, footer: 446 },
    all: { title: 20, baseline: 14, pitch: 15, bar: 12, gap: 8, footer: 446 },
  },
  {
    type: ['titleSize'],
    // on the phone the last step's five rows a group fill the frame, so its footer goes; a 2-unit
    // gap keeps each group's title clear of the bars above it
    phone: {
      margin: 6,
      titleSize: 13,
      top: 2,
      barX: 58,
      barMax: 215,
      valueGap: 4,
      early: { title: 18, baseline: 13, pitch: 17, bar: 13, gap: 8, footer: 352 },
      all: { title: 15, baseline: 12, pitch: 14.5, bar: 10.5, gap: 2, footer: 0 },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];
const MAX_SCORE = 100;

const modelSchema = z.strictObject({
  key: kebabKey,
  name: words('a model name'),
  short: words('a short name'),
  late: z.boolean().optional(),
});

const benchmarkSchema = z.strictObject({
  key: kebabKey,
  name: words('a benchmark name'),
  what: words('a few words on what it tests'),
  scores: z.record(z.string(), factId),
});

const benchmarksSchema = z.strictObject({
  title: title,
  models: z
    .array(modelSchema)
    .min(2, 'expected at least two models')
    .max(6, 'expected at most 6 models')
    .superRefine(uniqueKeys),
  ...{
    focus: words('a model key'),
    lateFocus: words('a model key'),
    lateRival: words('a model key'),
  },
  benchmarks: z
    .array(benchmarkSchema)
    .length(BENCHMARK_COUNT, `expected ${BENCHMARK_COUNT} benchmarks, one per step`),
});

/** The length of a score's bar in a width class: 0 to MAX_SCORE onto 0 to barMax. */
const scoreScale = (g: Geometry) => scaleLinear([0, MAX_SCORE], [0, g.barMax]);

/** Bar length of a score. */
const barLength = (fact: Fact, g: Geometry) => scoreScale(g)(fact.value as number);

/** Where a row's name, bar and value sit (kit/bar-rows.ts). */
const rowStyle = (g: Geometry) => ({
  nameX: g.margin,
  barX: g.barX,
  valueGap: g.valueGap,
  size: g.type.label,
});

/** "MATH-500 · 数学竞赛题". */
const titleText = (b: Benchmark): string => `${b.name} · ${b.what}`;

/** The score of `model` on `b`, if published. */
const score = (data: BenchmarksData, b: Benchmark, model: Model): Fact | undefined =>
  b.scores[data.models.indexOf(model)];

/**
 * The group's verdict in words. Early steps: whether the focus model (V3) leads, sits in the middle
 * or trails among the early models. Last step: the later focus model (R1) against its rival (o1).
 */
export function verdict(data: BenchmarksData, b: Benchmark, late: boolean): string {
  if (late) {
    const mine = score(data, b, data.lateFocus)?.value as number | undefined;
    const theirs = score(data, b, data.lateRival)?.value as number | undefined;
    if (theirs === undefined || mine === undefined) return `${data.lateRival.short} 未公布`;
    if (mine === theirs) return `${data.lateFocus.short} 与 ${data.lateRival.short} 持平`;
    return `${data.lateFocus.short} ${mine > theirs ? '高于' : '低于'} ${data.lateRival.short}`;
  }
  const early = data.models.filter((m) => !m.late).map((m) => score(data, b, m)?.value as number);
  const mine = score(data, b, data.focus)?.value as number;
  if (mine >= Math.max(...early)) return `${data.focus.short} 领先`;
  if (mine <= Math.min(...early)) return `${data.focus.short} 落后`;
  return `${data.focus.short} 居中`;
}

/**
 * The bar class of `model`: DeepSeek's models in DeepSeek's colour, the others in the others'
 * (kit/colours.ts); the step's focus shows in its labels' weight, not in a colour.
 */
function barClass(data: BenchmarksData, model: Model): string {
  return model === data.focus || model === data.lateFocus ? COLOUR.deepseek : COLOUR.other;
}

/** The chapter 2 benchmark chart. */
export const benchmarks = defineChart({
  id: 'benchmarks',
  geometry: GEOMETRY,
  steps: BENCHMARKS_STEPS,
  // The static (print, no-JS) view is the last step: every benchmark, every model, each group with
  // its verdict, so a printed page carries all the scores the steps reveal one by one.
  staticStep: BENCHMARKS_STEPS - 1,
  schema: benchmarksSchema,
  resolve(d, { fail, fits, number }): BenchmarksData {
    const models: Model[] = d.models.map((m) => ({
      key: m.key,
      name: m.name,
      short: m.short,
      late: m.late ?? false,
    }));
    models.forEach((m, i) => checkBarRow(fits, `models[${i}].short`, { name: m.short }, rowStyle));
    const keys = new Set(models.map((m) => m.key));
    const model = (key: string, field: string, late: boolean): Model => {
      const m = models.find((x) => x.key === key);
      if (!m)
        return fail(
          field,
          `unknown model "${key}" (known: ${models.map((x) => x.key).join(', ')})`,
        );
      if (m.late !== late) fail(field, `model "${key}" must ${late ? '' : 'not '}be marked "late"`);
      return m;
    };
    const focus = model(d.focus, 'focus', false);
    const lateFocus = model(d.lateFocus, 'lateFocus', true);
    const lateRival = model(d.lateRival, 'lateRival', true);
    if (lateFocus === lateRival) fail('lateRival', 'must differ from lateFocus');
    if (models.filter((m) => !m.late).length < 2)
      fail('models', 'expected at least two models without "late"');

    const benchmarks = d.benchmarks.map((b, i): Benchmark => {
      const stranger = Object.keys(b.scores).find((key) => !keys.has(key));
      if (stranger) fail(`benchmarks[${i}].scores.${stranger}`, `unknown model "${stranger}"`);
      const scores = models.map((m) => {
        const id = b.scores[m.key];
        const field = `benchmarks[${i}].scores.${m.key}`;
        if (!id)
          return !m.late || m === lateFocus
            ? fail(field, 'missing score (only a late rival may lack one)')
            : undefined;
        const fact = number(id, field, {
          what: `a score between 0 and ${MAX_SCORE}`,
          unit: '分',
          min: 0,
          max: MAX_SCORE,
        });
        const value = { text: factLabel(fact), length: (g: Geometry) => barLength(fact, g) };
        checkBarRow(fits, field, { value }, rowStyle);
        return fact;
      });
      return { key: b.key, name: b.name, what: b.what, scores };
    });
    const data: BenchmarksData = {
      title: d.title,
      models,
      focus,
      lateFocus,
      lateRival,
      benchmarks,
    };
    // a group's title and its verdict share one line, 12 units apart
    benchmarks.forEach((b, i) =>
      [false, true].forEach((late) =>
        fits(
          `benchmarks[${i}].what`,
          `${titleText(b)}${verdict(data, b, late)}`,
          (g) => g.titleSize,
          (g) => g.frame.width - 2 * g.margin - 12,
        ),
      ),
    );
    return data;
  },
  layout(data, k, g, frame): Mark[] {
    const late = k === data.benchmarks.length;
    const models = late ? data.models : data.models.filter((m) => !m.late);
    const shown = late ? data.benchmarks : data.benchmarks.slice(0, k + 1);
    const row = late ? g.all : g.early;
    const groupHeight = row.title + models.length * row.pitch + row.gap;
    const marks: Mark[] = [];

    shown.forEach((b, i) => {
      const active = late || i === k;
      const top = g.top + i * groupHeight;
      marks.push(
        text(`title-${b.key}`, titleText(b), g.margin, top + row.baseline, {
          size: g.titleSize,
          cls: active ? 'label-strong' : 'label',
        }),
      );
      marks.push(
        text(
          `verdict-${b.key}`,
          verdict(data, b, late),
          frame.width - g.margin,
          top + row.baseline,
          {
            size: g.titleSize,
            cls: active ? 'label-strong is-active' : 'label-quiet',
            anchor: 'end',
          },
        ),
      );
      models.forEach((m, j) => {
        const centre = top + row.title + j * row.pitch + row.pitch / 2;
        const strong = late ? m === data.lateFocus || m === data.lateRival : m === data.focus;
        const fact = score(data, b, m);
        const cls = strong && active ? 'label-strong' : 'label';
        marks.push(
          ...barRow(
            {
              id: `${b.key}-${m.key}`,
              name: m.short,
              nameCls: cls,
              missing: '未公布',
              value: fact && {
                length: barLength(fact, g),
                text: factLabel(fact),
                cls,
                bar: barClass(data, m),
                fact,
              },
            },
            centre,
            row.bar,
            rowStyle(g),
          ),
        );
      });
    });
    if (row.footer)
      marks.push(
        text('footer', '得分为百分制，越高越好', g.margin, row.footer, {
          size: g.type.label,
          cls: 'label-quiet',
        }),
      );
    return marks;
  },
  describe(data): string {
    const early = data.models.filter((m) => !m.late);
    const line = (b: Benchmark, models: Model[]) =>
      `${b.name}上，${models.map((m) => `${m.name}${score(data, b, m) ? `得${factText(score(data, b, m) as Fact)}` : '未公布成绩'}`).join('、')}`;
    return [
      `图中比较${early.map((m) => m.name).join('、')}在${data.benchmarks.map((b) => b.name).join('、')}四项基准测试上的得分（百分制）。`,
      data.benchmarks.map((b) => `${line(b, early)}，${verdict(data, b, false)}`).join('；') + '。',
      `最后加入后来发布的${data.lateFocus.name}与${data.lateRival.name}：` +
        data.benchmarks.map((b) => `${line(b, [data.lateFocus, data.lateRival])}`).join('；') +
        '。',
    ].join('');
  },
  table(data): ChartTable {
    const rows = data.benchmarks.map((b) => [
      b.name,
      ...b.scores.map((f) => (f ? factText(f) : '未公布')),
      statusOf(...b.scores),
    ]);
    return { columns: ['基准测试', ...data.models.map((m) => m.short), '状态'], rows };
  },
});
