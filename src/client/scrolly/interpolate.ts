/**
 * Pure helpers of the chart animator: easing and attribute interpolation, unit-tested without a browser.
 */
import { formatAttr } from '../../marks/render-svg.ts';

/** Cubic ease-in-out over t in 0..1. */
export function easeCubicInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** An attribute's value at progress 0..1 (already eased). */
export type Interpolator = (t: number) => string;

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Interpolates between two attribute values as written in SVG: plain numbers, and strings
 * whose numbers differ but whose text around them is the same (a path's `d`). Returns null
 * when the two cannot be blended (a different shape, a keyword), so the new value is swapped in.
 */
export function interpolateAttr(from: string | null, to: string): Interpolator | null {
  if (from === null || from === to) return null;
  // the common case, two plain numbers, without the pattern matching
  const x = from.trim() === '' ? Number.NaN : Number(from);
  const y = to.trim() === '' ? Number.NaN : Number(to);
  if (Number.isFinite(x) && Number.isFinite(y)) return (t) => (t >= 1 ? to : formatAttr(x + (y - x) * t));
  const a = from.match(NUMBER) ?? [];
  const b = to.match(NUMBER) ?? [];
  if (a.length === 0 || a.length !== b.length) return null;
  const skeletonA = from.split(NUMBER);
  const skeletonB = to.split(NUMBER);
  if (skeletonA.join('\u0000') !== skeletonB.join('\u0000')) return null;
  const pairs = a.map((n, i) => [Number(n), Number(b[i])] as const);
  return (t) => {
    if (t >= 1) return to;
    let out = skeletonB[0]!;
    pairs.forEach(([x, y], i) => {
      out += formatAttr(x + (y - x) * t) + skeletonB[i + 1]!;
    });
    return out;
  };
}
