/**
 * Pure helpers of the chart animator: easing and attribute interpolation, unit-tested without a
 * browser. The number blend is one line here: d3-interpolate would bring d3-color with it, which
 * does not tree-shake (measured: 4.6 KB gzipped more script on every chapter page). The easing is
 * d3-ease's cubic in-out written out (the unit test holds it to d3-ease's): d3-ease is one module
 * whose other easings are built by top-level calls that do not tree-shake either (0.4 KB gzipped).
 */
import { formatAttr } from '../../marks/render-svg.ts';

/** Cubic ease-in-out (d3-ease's easeCubicInOut) over t, clamped to 0..1. */
export function easeCubicInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t)) * 2;
  return (x <= 1 ? x * x * x : (x - 2) * (x - 2) * (x - 2) + 2) / 2;
}

/** An attribute's value at progress 0..1 (already eased). */
export type Interpolator = (t: number) => string;

/**
 * Interpolates between two numeric attribute values as written in SVG. Returns null when the two
 * cannot be blended (a keyword, a path, a missing start), so the new value is swapped in.
 */
export function interpolateAttr(from: string | null, to: string): Interpolator | null {
  if (from === null || from === to) return null;
  const x = from.trim() === '' ? Number.NaN : Number(from);
  const y = to.trim() === '' ? Number.NaN : Number(to);
  return Number.isFinite(x) && Number.isFinite(y)
    ? (t) => (t >= 1 ? to : formatAttr(x + (y - x) * t))
    : null;
}

/** A number as the build writes it in a chart text: digits, and a decimal part. */
const NUMBER = /\d+(?:\.\d+)?/g;

/**
 * Counts a text from `from` to `to` when the two differ in one number only ("1100块" to "5000块"),
 * each frame's number written with as many decimals as the target's, ending exactly on `to`.
 * Returns null for any other change (other words, more than one number), so the text is swapped.
 */
export function interpolateText(from: string | null, to: string): Interpolator | null {
  if (from === null || from === to) return null;
  const [a, b] = [from.match(NUMBER) ?? [], to.match(NUMBER) ?? []];
  if (a.length !== b.length || from.split(NUMBER).join('\0') !== to.split(NUMBER).join('\0'))
    return null;
  const changed = b.flatMap((n, i) => (n === a[i] ? [] : [i]));
  if (changed.length !== 1) return null;
  const at = changed[0]!;
  const [x, y] = [Number(a[at]), Number(b[at])];
  const decimals = b[at]!.split('.')[1]?.length ?? 0;
  return (t) => {
    if (t >= 1) return to;
    let i = 0;
    return to.replace(NUMBER, (n) => (i++ === at ? (x + (y - x) * t).toFixed(decimals) : n));
  };
}
