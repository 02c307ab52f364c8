/**
 * Pure planning of one mark's change between two chart states, unit-tested without a browser.
 *
 * What a frame of a transition costs decides the plan: in Chromium, moving or resizing SVG text
 * (its x, y or font-size) lays the text out and shapes it again on every frame, while moving a
 * group around it with a translation does not. So text never has its own attributes animated:
 * its new attributes are set at once and the text slides from where it was to where it goes
 * with a translation on a wrapper (the FLIP technique), fading where its opacity changes.
 * Shapes (rect, circle, line, path) have their numeric attributes interpolated.
 */
import { formatAttr } from '../charts/render-svg.ts';
import type { Mark } from '../charts/types.ts';
import { interpolateAttr, type Interpolator } from './interpolate.ts';

/** A mark as it is drawn now, read from its element. */
export interface DrawnMark {
  /** The element's attributes other than data-key and class, as written. */
  attrs: Readonly<Record<string, string>>;
  className: string | null;
  /** Text content, for text. */
  text: string | null;
  /** A text's current slide offset (its wrapper's translation); [0, 0] when still. */
  shift: readonly [number, number];
}

/** What to do to one element to bring it to a mark's state. */
export interface MarkChange {
  /** Attributes to write at once (null removes). */
  set: Record<string, string | null>;
  /** Attributes to interpolate over the transition. */
  tweens: { name: string; interpolate: Interpolator }[];
  /** Attributes to write when the transition ends (null removes). */
  end: Record<string, string | null>;
  /** A text's slide: the offset it starts from, going to [0, 0]; null when it does not slide. */
  shiftFrom: [number, number] | null;
  /** The class to write, when it changes (null removes). */
  className?: string | null;
  /** The text to write, when it changes. */
  text?: string;
}

/** Attributes the animator manages itself, never taken from or given to a mark's attrs. */
const OWN = new Set(['data-key', 'class']);

/** Offsets below this (in viewBox units) are not worth a slide. */
const STILL = 0.01;

/** A number attribute of a drawn mark, or null when absent or not a number. */
function numberAttr(attrs: Readonly<Record<string, string>>, name: string): number | null {
  const value = attrs[name];
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * The change that takes `drawn` (null for a mark that enters) to `mark`. With `animate` false
 * everything is written at once; otherwise opacity fades, shapes interpolate and text slides.
 */
export function planChange(drawn: DrawnMark | null, mark: Mark, animate: boolean): MarkChange {
  const change: MarkChange = { set: {}, tweens: [], end: {}, shiftFrom: null };
  const before = drawn?.attrs ?? {};
  const target: Record<string, string> = {};
  for (const [name, value] of Object.entries(mark.attrs)) if (!OWN.has(name)) target[name] = formatAttr(value);

  for (const [name, to] of Object.entries(target)) {
    if (name === 'opacity') continue;
    const from = before[name] ?? null;
    if (from === to) continue;
    const interpolate = animate && drawn && mark.kind !== 'text' ? interpolateAttr(from, to) : null;
    if (interpolate) change.tweens.push({ name, interpolate });
    else change.set[name] = to;
  }
  for (const name of Object.keys(before)) {
    if (!(name in target) && name !== 'opacity') change.set[name] = null;
  }

  // opacity: absent means 1; an entering mark fades in from 0
  const finalOpacity = target.opacity ?? null;
  const fromOpacity = drawn ? (before.opacity ?? '1') : '0';
  const toOpacity = finalOpacity ?? '1';
  const fade = animate ? interpolateAttr(fromOpacity, toOpacity) : null;
  if (fade) {
    change.set.opacity = fromOpacity;
    change.tweens.push({ name: 'opacity', interpolate: fade });
    change.end.opacity = finalOpacity;
  } else if ((before.opacity ?? null) !== finalOpacity || !drawn) {
    change.set.opacity = finalOpacity;
  }

  // text slides from where it shows now (its position plus any slide under way) to its new place
  if (mark.kind === 'text' && drawn && animate) {
    const [dx, dy] = drawn.shift;
    const oldX = numberAttr(before, 'x');
    const oldY = numberAttr(before, 'y');
    const newX = numberAttr(target, 'x');
    const newY = numberAttr(target, 'y');
    if (oldX !== null && oldY !== null && newX !== null && newY !== null) {
      const from: [number, number] = [oldX + dx - newX, oldY + dy - newY];
      if (Math.abs(from[0]) >= STILL || Math.abs(from[1]) >= STILL) change.shiftFrom = from;
    }
  }

  const className = mark.className ?? null;
  if (!drawn || drawn.className !== className) change.className = className;
  if (mark.kind === 'text' && (!drawn || drawn.text !== (mark.text ?? ''))) change.text = mark.text ?? '';
  return change;
}
