/**
 * Scales and axes from d3 (d3-scale, d3-array), run at build time only: no chart maths reaches a
 * reader's browser. Charts import d3 through here; the axis layer (kit/axis.ts) draws the axes.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export { scaleLinear, scaleSqrt, scaleUtc, scaleBand } from 'd3-scale';
export { cumsum, extent, max, min, sum } from 'd3-array';
export { utcYear } from 'd3-time';

/**
 * A linear scale over `values` and zero, with a nice domain of about `count` ticks, onto [x0, x1].
 */
export function zeroBasedLinear(
  values: readonly number[],
  [x0, x1]: [number, number],
  count: number,
): ScaleLinear<number, number> {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  return scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(count)
    .range([x0, x1]);
}
