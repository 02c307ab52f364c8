/**
 * Chapter 1 timeline: High-Flyer from quant research (2008) to DeepSeek (2023), one event per step.
 * Step k shows events 0..k on a vertical time axis and highlights event k with its date; later events
 * are absent. Context markers (ChatGPT's launch) appear once the story has reached their date.
 */
import { z } from 'astro/zod';
import type { Fact } from '../data/facts-schema.ts';
import { formatNumber } from '../utils/format-number.ts';
import type { ChartSize, Mark, ChartTable } from './types.ts';
import { STATUS_TEXT, dodge, extent, isoToDate, scaleUtc, utcYear, factId, title, circle, defineChart, factDate, factDateText, line, text, textWidthEm, withStatus, type FactLookup, type ResolveTools, PHONE_FRAME } from './kit/index.ts';

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

const SIZE: ChartSize = { width: 400, height: 460 };
const AXIS_X = 60;
const AXIS_TOP = 28;
const AXIS_BOTTOM_PAD = 24;
const LABEL_X = AXIS_X + 38;
const RIGHT_PAD = 8;
const FONT = { tick: 13, label: 14, activeLabel: 15, date: 14, context: 13 } as const;
/** Height of one label block; the active block holds two lines (date, label). */
const BLOCK = { label: 20, active: 40, context: 20 } as const;
/** Least gap between two dated items on the axis, in square-root years. */
const MIN_GAP = 0.6;
/** A year in milliseconds (365.25 days), for gaps in years. */
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const DOT_R = { event: 5, active: 7, context: 4 } as const;
/** Widest label the column holds at the active font size, in em. */
const LABEL_MAX_EM = Math.floor((SIZE.width - LABEL_X - RIGHT_PAD) / FONT.activeLabel);
/** Widest context label (date + label) at its font size, in em. */
const CONTEXT_MAX_EM = Math.floor((SIZE.width - LABEL_X - RIGHT_PAD) / FONT.context);

const rowSchema = z.strictObject({
  fact: factId,
  label: z
    .string()
    .min(1, 'expected a label')
    .refine((s) => textWidthEm(s) <= LABEL_MAX_EM, `label too long for the chart (at most ${LABEL_MAX_EM} Chinese characters)`),
});

const timelineSchema = z.strictObject({
  title: title,
  events: z.array(rowSchema).length(TIMELINE_STEPS, `expected ${TIMELINE_STEPS} events, one per step`),
  context: z.array(rowSchema).optional(),
});

/** Resolves one dataset row against the registry; `field` is its path, e.g. "events[2]". */
function resolveRow(row: { fact: string; label: string }, field: string, file: string, lookup: FactLookup): TimelineEvent {
  const where = `${file}: ${field}.fact`;
  const fact = lookup(row.fact, where);
  const iso = factDate(fact);
  if (!iso) throw new Error(`${where}: fact "${fact.id}" has no date (unit "${fact.unit}")`);
  return { fact, label: row.label, iso, dateText: factDateText(fact, iso), time: isoToDate(iso) };
}

/** Checks the raw timeline dataset and resolves its facts; throws naming the file and the field. */
function parseTimelineData(d: z.output<typeof timelineSchema>, { file, lookup }: ResolveTools): TimelineData {
  const events = d.events.map((row, i) => resolveRow(row, `events[${i}]`, file, lookup));
  const context = (d.context ?? []).map((row, i) => resolveRow(row, `context[${i}]`, file, lookup));
  events.forEach((event, i) => {
    const previous = events[i - 1];
    if (previous && event.time.getTime() < previous.time.getTime()) {
      throw new Error(`${file}: events[${i}].fact: "${event.fact.id}" (${event.iso}) is earlier than events[${i - 1}] (${previous.iso}); list events in date order`);
    }
  });
  context.forEach((marker, i) => {
    if (textWidthEm(contextText(marker)) > CONTEXT_MAX_EM) {
      throw new Error(`${file}: context[${i}].label: label too long for the chart with its date (at most ${CONTEXT_MAX_EM} Chinese characters in all)`);
    }
  });
  return { title: d.title, events, context };
}

/** The text drawn for a context marker: its date and label. */
function contextText(marker: TimelineEvent): string {
  return `${marker.dateText} ${marker.label}`;
}

/** The first and last year of the axis: whole years around every event and marker. */
function yearDomain(data: TimelineData): [Date, Date] {
  const [first, last] = extent([...data.events, ...data.context], (e) => e.time) as [Date, Date];
  return [utcYear.floor(first), utcYear.offset(utcYear.floor(last), 1)];
}

/**
 * The time axis, from `top` to `bottom`: a d3 polylinear UTC time scale through every dated item, where the
 * gap between neighbours grows with the square root of the time between them (plus a minimum). Quiet
 * years are compressed and close events (2022-11 to 2023-07) get room; the order is always kept, and
 * the yearly ticks show where time is squeezed.
 */
function timeScale(data: TimelineData, top: number, bottom: number) {
  const [start, end] = yearDomain(data);
  const ms = [...new Set([start, ...[...data.events, ...data.context].map((e) => e.time), end].map((d) => d.getTime()))].sort((a, b) => a - b);
  const times = ms.map((t) => new Date(t));
  const weights = ms.slice(1).map((t, i) => MIN_GAP + Math.sqrt((t - ms[i]!) / YEAR_MS));
  const unit = (bottom - top) / weights.reduce((s, w) => s + w, 0);
  const range = times.map((_, i) => top + weights.slice(0, i).reduce((s, w) => s + w, 0) * unit);
  return scaleUtc(times, range);
}

/** The marks of the timeline at `step`: axis and ticks, events 0..step, the active one highlighted. */
function layoutTimeline(data: TimelineData, k: number, size: ChartSize): Mark[] {
  const active = data.events[k];
  if (!active) return [];
  const [start, end] = yearDomain(data);
  const top = AXIS_TOP;
  const bottom = size.height - AXIS_BOTTOM_PAD;
  const y = timeScale(data, top, bottom);
  const marks: Mark[] = [];

  // Axis and year ticks: the same at every step.
  marks.push(line('axis', AXIS_X, top - 8, AXIS_X, bottom + 8, 'axis'));
  const labelled = new Set(data.events.map((e) => e.time.getUTCFullYear()));
  for (const date of utcYear.range(start, utcYear.offset(end, 1))) {
    const year = date.getUTCFullYear();
    const major = labelled.has(year);
    const ty = y(date);
    marks.push(line(`tick-${year}`, AXIS_X - (major ? 8 : 4), ty, AXIS_X, ty, 'tick'));
    if (major) {
      marks.push(text(`tick-label-${year}`, String(year), AXIS_X - 12, ty + FONT.tick * 0.35, { size: FONT.tick, cls: 'tick', anchor: 'end' }));
    }
  }

  // Events shown so far and the context markers the story has reached, in time order.
  // On equal dates a context marker goes first; otherwise the dataset's order is kept.
  type Item = { event: TimelineEvent; kind: 'event' | 'active' | 'context'; order: number };
  const items: Item[] = [
    ...data.context.filter((c) => c.time.getTime() <= active.time.getTime()).map((event, i): Item => ({ event, kind: 'context', order: i })),
    ...data.events.slice(0, k + 1).map((event, i): Item => ({ event, kind: i === k ? 'active' : 'event', order: data.context.length + i })),
  ].sort((a, b) => a.event.time.getTime() - b.event.time.getTime() || a.order - b.order);

  const heights = { event: BLOCK.label, active: BLOCK.active, context: BLOCK.context };
  const centres = dodge(
    items.map((item) => ({ want: y(item.event.time), height: heights[item.kind] })),
    4,
    size.height - 4,
  );

  items.forEach((item, i) => {
    const { event, kind } = item;
    const id = event.fact.id;
    const cy = y(event.time);
    const centre = centres[i] ?? cy;
    const prefix = kind === 'context' ? 'context' : 'event';
    const r = kind === 'active' ? DOT_R.active : kind === 'context' ? DOT_R.context : DOT_R.event;
    const is = kind === 'active' ? ' is-active' : '';
    const dotClass = kind === 'active' ? 'mark-highlight is-active' : kind === 'context' ? 'mark-muted' : 'mark-primary';

    marks.push(line(`${prefix}-link-${id}`, AXIS_X + r + 3, cy, LABEL_X - 6, centre, (kind === 'context' ? 'mark-muted' : 'mark-secondary') + is));
    marks.push({ key: `${prefix}-dot-${id}`, kind: 'circle', className: withStatus(dotClass, event.fact), attrs: { cx: AXIS_X, cy, r } });

    if (kind === 'active') {
      marks.push(text(`event-date-${id}`, event.dateText + (event.fact.status === 'unverified' ? '（未证实）' : ''), LABEL_X, centre - 5, { size: FONT.date, cls: 'label-strong is-active' }));
      marks.push(text(`event-label-${id}`, event.label, LABEL_X, centre + 15, { size: FONT.activeLabel, cls: 'label-strong is-active' }));
    } else if (kind === 'event') {
      marks.push(text(`event-label-${id}`, event.label, LABEL_X, centre + FONT.label * 0.35, { size: FONT.label }));
    } else {
      marks.push(text(`context-label-${id}`, contextText(event), LABEL_X, centre + FONT.context * 0.35, { size: FONT.context, cls: 'label mark-muted' }));
    }
  });
  return marks;
}

/** A Simplified Chinese text alternative for the whole timeline. */
function describeTimeline(data: TimelineData): string {
  const first = data.events[0];
  const last = data.events[data.events.length - 1];
  if (!first || !last) return '';
  const sentences = [
    `这条时间轴从${first.dateText}到${last.dateText}，共${formatNumber(data.events.length)}个节点。`,
    data.events.map((e) => `${e.dateText}，${e.label}`).join('；') + '。',
  ];
  if (data.context.length) {
    sentences.push(`作为参照，图中还标出了${data.context.map((c) => `${c.dateText}${c.label}`).join('、')}。`);
  }
  const unverified = [...data.events, ...data.context].filter((e) => e.fact.status === 'unverified');
  if (unverified.length) {
    sentences.push(`其中${unverified.map((e) => e.label).join('、')}尚未证实，以虚线标出。`);
  }
  return sentences.join('');
}

/** The timeline as a table: date, event, status; context markers are marked as background. */
function timelineTable(data: TimelineData): ChartTable {
  const rows = [
    ...data.events.map((e) => ({ e, label: e.label })),
    ...data.context.map((e) => ({ e, label: `${e.label}（背景）` })),
  ]
    .sort((a, b) => a.e.time.getTime() - b.e.time.getTime())
    .map(({ e, label }) => [e.dateText, label, STATUS_TEXT[e.fact.status]]);
  return { columns: ['日期', '事件', '状态'], rows };
}

/** The chapter 1 timeline chart. */
export const timeline = defineChart({
  id: 'timeline',
  sizes: { wide: SIZE, phone: PHONE_FRAME },
  steps: TIMELINE_STEPS,
  staticStep: TIMELINE_STEPS - 1,
  schema: timelineSchema,
  resolve: parseTimelineData,
  layout: layoutTimeline,
  describe: describeTimeline,
  table: timelineTable,
});
