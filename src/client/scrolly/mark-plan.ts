/**
 * Pure planning of one mark's change between two chart states, unit-tested without a browser.
 *
 * What a frame of a transition costs decides the plan. In Chromium, changing a text's x, y or
 * font-size lays the text out and shapes it again, and changing a shape's geometry repaints it, on
 * every frame; changing a transform does neither. So marks move the FLIP way: a text, rect or
 * circle takes its new geometry at once and a transform (on a text's wrapper group, on a shape
 * itself) first maps it back onto where it showed, then eases to none. Opacity fades; lines, bars
 * shrinking to nothing and other numbers interpolate their attributes (a path's `d` is swapped).
 */
import { formatAttr } from '../../marks/render-svg.ts';
import type { Mark } from '../../marks/types.ts';
import { interpolateAttr, interpolateText, type Interpolator } from './interpolate.ts';

/** A transform without rotation, [sx, sy, tx, ty]: x′ = sx·x + tx, y′ = sy·y + ty. */
export type Flip = readonly [number, number, number, number];

/** The transform that changes nothing. */
export const IDENTITY: Flip = [1, 1, 0, 0];

/** A mark as it is drawn now, read from its element. */
export interface DrawnMark {
  /** The element's attributes other than data-key and class, as written. */
  attrs: Readonly<Record<string, string>>;
  className: string | null;
  /** Text content, for text. */
  text: string | null;
  /** The transform it is shown through during a move; IDENTITY at rest. */
  flip: Flip;
}

/** What to do to one element to bring it to a mark's state. */
export interface MarkChange {
  /** Attributes to write at once (null removes). */
  set: Record<string, string | null>;
  /** Attributes to interpolate, each over its part of the transition. */
  tweens: { name: string; interpolate: Interpolator; phase: Phase }[];
  /** Attributes to write when the transition ends (null removes). */
  end: Record<string, string | null>;
  /**
   * The transform a move starts from, easing to IDENTITY over PHASES.update; null when the mark
   * does not move that way.
   */
  flipFrom: Flip | null;
  /** The class to write, when it changes (null removes). */
  className?: string | null;
  /** The text to write, when it changes. */
  text?: string;
}

/** A part of a transition, [start, end] as fractions of its time; each part is eased on its own. */
export type Phase = readonly [number, number];

/**
 * A transition in three parts, so that no label crosses another on the way: marks that leave fade
 * out (exit); then marks move, numbers count and new shapes fade in (update); then new labels fade
 * in (enter). An outgoing and an incoming label never show together, and a moving label meets
 * neither.
 */
export const PHASES: { readonly exit: Phase; readonly update: Phase; readonly enter: Phase } = {
  exit: [0, 0.25],
  update: [0.25, 0.75],
  enter: [0.75, 1],
};

/** The tween name of a text's content (a number counted in step with the marks). */
export const TEXT_TWEEN = '#text';

/** Attributes the animator manages itself, never taken from or given to a mark's attrs. */
const OWN = new Set(['data-key', 'class']);

/** The attributes that make each kind's box, moved by a flip instead of being interpolated. */
const GEOMETRY: Partial<Record<Mark['kind'], readonly string[]>> = {
  text: ['x', 'y'],
  rect: ['x', 'y', 'width', 'height'],
  circle: ['cx', 'cy', 'r'],
};

/** Transforms closer than this to IDENTITY are not worth a move. */
const STILL = 0.001;

/**
 * A mark's box [x, y, width, height] from its attributes (a text's is its anchor point), or null.
 */
function boxOf(
  kind: Mark['kind'],
  attrs: Readonly<Record<string, string>>,
): [number, number, number, number] | null {
  const n = (name: string): number =>
    attrs[name] === undefined || attrs[name] === '' ? Number.NaN : Number(attrs[name]);
  const box: [number, number, number, number] =
    kind === 'text'
      ? [n('x'), n('y'), 0, 0]
      : kind === 'rect'
        ? [n('x'), n('y'), n('width'), n('height')]
        : kind === 'circle'
          ? [n('cx') - n('r'), n('cy') - n('r'), 2 * n('r'), 2 * n('r')]
          : [Number.NaN, 0, 0, 0];
  return box.every(Number.isFinite) ? box : null;
}

/**
 * The transform that shows a mark drawn with the `to` attributes where it shows now (`from`
 * attributes seen through `flip`), or null when no such transform exists (no box, an empty new
 * box).
 */
export function flipBetween(
  kind: Mark['kind'],
  from: Readonly<Record<string, string>>,
  flip: Flip,
  to: Readonly<Record<string, string>>,
): Flip | null {
  const a = boxOf(kind, from);
  const b = boxOf(kind, to);
  if (!a || !b) return null;
  const [fx, fy, ftx, fty] = flip;
  const seen = [fx * a[0] + ftx, fy * a[1] + fty, fx * a[2], fy * a[3]] as const;
  if (kind === 'text') return [1, 1, seen[0] - b[0], seen[1] - b[1]];
  if (b[2] <= 0 || b[3] <= 0) return null;
  const sx = seen[2] / b[2];
  const sy = seen[3] / b[3];
  return [sx, sy, seen[0] - sx * b[0], seen[1] - sy * b[1]];
}

/** Whether a transform is (close enough to) IDENTITY. */
export function isIdentity([sx, sy, tx, ty]: Flip): boolean {
  return (
    Math.abs(sx - 1) < STILL &&
    Math.abs(sy - 1) < STILL &&
    Math.abs(tx) < STILL * 10 &&
    Math.abs(ty) < STILL * 10
  );
}

/**
 * The change that takes `drawn` (null for a mark that enters) to `mark`. With `animate` false
 * everything is written at once; otherwise, in PHASES.update, opacity fades (an entering label's in
 * PHASES.enter), texts, rects and circles move by a transform, a text whose one number changes
 * counts (TEXT_TWEEN) and other numbers interpolate.
 */
export function planChange(drawn: DrawnMark | null, mark: Mark, animate: boolean): MarkChange {
  const change: MarkChange = { set: {}, tweens: [], end: {}, flipFrom: null };
  const before = drawn?.attrs ?? {};
  const target: Record<string, string> = {};
  for (const [name, value] of Object.entries(mark.attrs))
    if (!OWN.has(name)) target[name] = formatAttr(value);

  // a text, rect or circle moves by a transform from where it shows now, its geometry set at once
  const geometry = GEOMETRY[mark.kind] ?? [];
  const canFlip =
    animate &&
    drawn !== null &&
    geometry.length > 0 &&
    !('transform' in target) &&
    !('transform' in before);
  const moving =
    canFlip && (geometry.some((name) => before[name] !== target[name]) || !isIdentity(drawn.flip));
  const flip = moving ? flipBetween(mark.kind, before, drawn.flip, target) : null;
  if (flip && !isIdentity(flip)) change.flipFrom = [...flip];
  const moves = flip !== null;

  for (const [name, to] of Object.entries(target)) {
    if (name === 'opacity') continue;
    const from = before[name] ?? null;
    if (from === to) continue;
    const interpolate =
      animate && drawn && mark.kind !== 'text' && !(moves && geometry.includes(name))
        ? interpolateAttr(from, to)
        : null;
    if (interpolate) change.tweens.push({ name, interpolate, phase: PHASES.update });
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
    // an entering label waits until everything else has moved
    const phase = !drawn && mark.kind === 'text' ? PHASES.enter : PHASES.update;
    change.tweens.push({ name: 'opacity', interpolate: fade, phase });
    change.end.opacity = finalOpacity;
  } else if ((before.opacity ?? null) !== finalOpacity || !drawn) {
    change.set.opacity = finalOpacity;
  }

  const className = mark.className ?? null;
  if (!drawn || drawn.className !== className) change.className = className;
  if (mark.kind === 'text' && (!drawn || drawn.text !== (mark.text ?? ''))) {
    // a number that changes alone is counted in step with the marks; other texts are swapped
    const count = animate && drawn ? interpolateText(drawn.text, mark.text ?? '') : null;
    if (count) change.tweens.push({ name: TEXT_TWEEN, interpolate: count, phase: PHASES.update });
    else change.text = mark.text ?? '';
  }
  return change;
}
