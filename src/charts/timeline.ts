/**
 * Chapter 1 timeline: High-Flyer from quant research (2008) to DeepSeek (2023), one event per step.
 * Step k shows events 0..k on a vertical time axis and highlights event k with its date; later
 * events are absent. Context markers (ChatGPT's launch) appear once the story has reached their
 * date.
 */
import { z } from 'astro/zod';
import type { Fact } from '../facts/index.ts';
import { formatNumber } from '../utils/format-number.ts';
import type { ChartTable, Mark, WidthClass } from './types.ts';
import {
  STATUS_TEXT,
  centredText,
  dodge,
  extent,
  isoToDate,
  scaleUtc,
  utcYear,
  factId,
  title,
  circle,
  defineChart,
  datedFact,
  line,
  text,
  unverifiedNote,
  withStatusText,
  words,
  type ResolveTools,
  defineGeometry,
  timeAxis,
  checkTimeAxis,
  COLOUR,
  STYLE,
} from './kit/index.ts';

/** Number of steps: one per event. */
export const TIMELINE_STEPS = 7;

/** One event on the axis, resolved against the registry. */
export interface TimelineEvent {
  fact: Fact;
  label: string;
  /** The event's date as YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  /** The date as readers see it ("2016年10月21日", "2015年"). */
  dateText: string;
  /** The date as a point in time (UTC). */
  time: Date;
}

/** The timeline's dataset after validation. */
export interface TimelineData {
  title: string;
  events: TimelineEvent[];
  /** Background markers drawn muted, not counted as steps. */
  context: TimelineEvent[];
}

/**
 * The base geometry and the phone's overrides (kit/geometry.ts): the axis's x, the room above and below it, from the axis to the label column, the room kept at the right
 * edge; the height of one label block (the active block holds two lines, the date `dateDy` above
 * its centre and the label `labelDy` below).
 */
const GEOMETRY = defineGeometry(
  {
    frame: { width: 400, height: 460 },
    type: { label: 14, note: 13, tick: 13 },
    axisX: 60,
    top: 28,
    bottomPad: 24,
    labelGap: 38,
    rightPad: 8,
    activeSize: 15,
    dateSize: 14,
    block: { label: 20, active: 40, context: 20, dateDy: -5, labelDy: 15 },
  },
  {
    type: ['activeSize', 'dateSize'],
    phone: {
      axisX: 42,
      top: 24,
      bottomPad: 20,
      labelGap: 28,
      rightPad: 4,
      activeSize: 14,
      dateSize: 13,
      block: { label: 17, active: 36, context: 17, dateDy: -5, labelDy: 13 },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];
/** Least gap between two dated items on the axis, in square-root years. */
const MIN_GAP = 0.6;
/** A year in milliseconds (365.25 days), for gaps in years. */
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const DOT_R = { event: 5, active: 7, context: 4 } as const;
/** Where the time axis sits and how its years are set (kit/axis.ts). */
const axisStyle = (g: Geometry) => ({ x: g.axisX, size: g.type.tick, labelGap: 12 });
/** The width of the label column. */
const column = (g: Geometry) => g.frame.width - g.axisX - g.labelGap - g.rightPad;
const rowSchema = z.strictObject({
  fact: factId,
  label: words('a label'),
});

const timelineSchema = z.strictObject({
  title: title,
  events: z
    .array(rowSchema)
    .length(TIMELINE_STEPS, `expected ${TIMELINE_STEPS} events, one per step`),
  context: z.array(rowSchema).optional(),
});

/** Resolves one dataset row against the registry; `field` is its path, e.g. "events[2]". */
function resolveRow(
  row: { fact: string; label: string },
  field: string,
  tools: ResolveTools<Geometry>,
): TimelineEvent {
  const { fact, iso, text } = datedFact(tools.fact(row.fact, `${field}.fact`), (m) =>
    tools.fail(`${field}.fact`, m),
  );
  return { fact, label: row.label, iso, dateText: text, time: isoToDate(iso) };
}

/** The text drawn for a context marker: its date and label. */
const contextText = (marker: TimelineEvent): string => `${marker.dateText} ${marker.label}`;

/** The first and last year of the axis: whole years around every event and marker. */
function yearDomain(data: TimelineData): [Date, Date] {
  const [first, last] = extent([...data.events, ...data.context], (e) => e.time) as [Date, Date];
  return [utcYear.floor(first), utcYear.offset(utcYear.floor(last), 1)];
}

/**
 * The time axis, from `top` to `bottom`: a d3 polylinear UTC time scale through every dated item,
 * where the gap between neighbours grows with the square root of the time between them (plus a
 * minimum). Quiet years are compressed and close events (2022-11 to 2023-07) get room; the order is
 * always kept, and the yearly ticks show where time is squeezed.
 */
function timeScale(data: TimelineData, top: number, bottom: number) {
  const [start, end] = yearDomain(data);
  const ms = [
    ...new Set(
      [start, ...[...data.events, ...data.context].map((e) => e.time), end].map((d) => d.getTime()),
    ),
  ].sort((a, b) => a - b);
  const times = ms.map((t) => new Date(t));
  const weights = ms.slice(1).map((t, i) => MIN_GAP + Math.sqrt((t - ms[i]!) / YEAR_MS));
  const unit = (bottom - top) / weights.reduce((s, w) => s + w, 0);
  const range = times.map((_, i) => top + weights.slice(0, i).reduce((s, w) => s + w, 0) * unit);
  return scaleUtc(times, range);
}

/** The chapter 1 timeline chart. */
export const timeline = defineChart({
  id: 'timeline',
  geometry: GEOMETRY,
  steps: TIMELINE_STEPS,
  staticStep: TIMELINE_STEPS - 1,
  schema: timelineSchema,
  resolve(d, tools): TimelineData {
    const events = d.events.map((row, i) => resolveRow(row, `events[${i}]`, tools));
    const context = (d.context ?? []).map((row, i) => resolveRow(row, `context[${i}]`, tools));
    events.forEach((event, i) => {
      const previous = events[i - 1];
      if (previous && event.time < previous.time)
        tools.fail(
          `events[${i}].fact`,
          `"${event.fact.id}" (${event.iso}) is earlier than events[${i - 1}] (${previous.iso}); list events in date order`,
        );
    });
    // every label fits the column beside the axis, an event's at its active size; a year fits
    // left of the axis
    events.forEach((event, i) =>
      tools.fits(`events[${i}].label`, event.label, (g) => g.activeSize, column),
    );
    context.forEach((marker, i) =>
      tools.fits(`context[${i}].label`, contextText(marker), (g) => g.type.note, column),
    );
    checkTimeAxis(tools.fits, 'events', axisStyle);
    return { title: d.title, events, context };
  },
  layout(data, k, g): Mark[] {
    const active = data.events[k];
    if (!active) return [];
    const { frame, axisX, top, bottomPad, labelGap, type, block } = g;
    const labelX = axisX + labelGap;
    const [start, end] = yearDomain(data);
    const bottom = frame.height - bottomPad;
    const y = timeScale(data, top, bottom);
    const marks: Mark[] = [];

    // Year ticks, the same at every step; the years with an event are labelled.
    const labelled = new Set(data.events.map((e) => e.time.getUTCFullYear()));
    marks.push(...timeAxis(y, [start, end], labelled, { ...axisStyle(g), top, bottom }));

    // Events shown so far and the context markers the story has reached, in time order.
    // On equal dates a context marker goes first; otherwise the dataset's order is kept.
    type Item = { event: TimelineEvent; kind: 'event' | 'active' | 'context'; order: number };
    const items: Item[] = [
      ...data.context
        .filter((c) => c.time.getTime() <= active.time.getTime())
        .map((event, i): Item => ({ event, kind: 'context', order: i })),
      ...data.events.slice(0, k + 1).map((event, i): Item => ({
        event,
        kind: i === k ? 'active' : 'event',
        order: data.context.length + i,
      })),
    ].sort((a, b) => a.event.time.getTime() - b.event.time.getTime() || a.order - b.order);
    const heights = { event: block.label, active: block.active, context: block.context };
    const centres = dodge(
      items.map((item) => ({ want: y(item.event.time), height: heights[item.kind] })),
      4,
      frame.height - 4,
    );

    items.forEach(({ event, kind }, i) => {
      const id = event.fact.id;
      const cy = y(event.time);
      const centre = centres[i] ?? cy;
      const prefix = kind === 'context' ? 'context' : 'event';
      const r = DOT_R[kind];
      const is = kind === 'active' ? ' is-active' : '';
      const dotClass = {
        active: `${COLOUR.deepseek} is-active`,
        context: COLOUR.other,
        event: COLOUR.deepseek,
      }[kind];
      marks.push(
        line(`${prefix}-link-${id}`, axisX + r + 3, cy, labelX - 6, centre, STYLE.guide + is),
      );
      marks.push(circle(`${prefix}-dot-${id}`, axisX, cy, r, dotClass, event.fact));
      if (kind === 'active') {
        marks.push(
          text(
            `event-date-${id}`,
            withStatusText(event.dateText, event.fact),
            labelX,
            centre + block.dateDy,
            { size: g.dateSize, cls: 'label-strong is-active' },
          ),
        );
        marks.push(
          text(`event-label-${id}`, event.label, labelX, centre + block.labelDy, {
            size: g.activeSize,
            cls: 'label-strong is-active',
          }),
        );
      } else {
        const context = kind === 'context';
        marks.push(
          centredText(
            `${prefix}-label-${id}`,
            context ? contextText(event) : event.label,
            labelX,
            centre,
            {
              size: context ? type.note : type.label,
              cls: context ? 'label-quiet' : 'label',
            },
          ),
        );
      }
    });
    return marks;
  },
  describe(data): string {
    const first = data.events[0];
    const last = data.events[data.events.length - 1];
    if (!first || !last) return '';
    const sentences = [
      `这条时间轴从${first.dateText}到${last.dateText}，共${formatNumber(data.events.length)}个节点。`,
      data.events.map((e) => `${e.dateText}，${e.label}`).join('；') + '。',
    ];
    if (data.context.length) {
      sentences.push(
        `作为参照，图中还标出了${data.context.map((c) => `${c.dateText}${c.label}`).join('、')}。`,
      );
    }
    sentences.push(
      unverifiedNote(
        [...data.events, ...data.context]
          .filter((e) => e.fact.status === 'unverified')
          .map((e) => e.label),
      ),
    );
    return sentences.join('');
  },
  table(data): ChartTable {
    const rows = [
      ...data.events.map((e) => ({ e, label: e.label })),
      ...data.context.map((e) => ({ e, label: `${e.label}（背景）` })),
    ]
      .sort((a, b) => a.e.time.getTime() - b.e.time.getTime())
      .map(({ e, label }) => [e.dateText, label, STATUS_TEXT[e.fact.status]]);
    return { columns: ['日期', '事件', '状态'], rows };
  },
});
