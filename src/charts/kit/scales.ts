/**
 * Scales and axes from d3 (d3-scale, d3-array), run at build time only: no chart maths reaches a
 * reader's browser. Charts import d3 through here so every axis is built and labelled the same way.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Mark } from '../../marks/types.ts';
import { line, text } from './marks.ts';

export { scaleLinear, scaleSqrt, scaleUtc, scaleBand } from 'd3-scale';
export { extent, max, min, sum } from 'd3-array';
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

/**
 * Anchor of the i-th of n tick labels: the first starts at its tick, the last ends at it, the rest
 * are centred.
 */
export function snapAnchor(i: number, n: number): 'start' | 'middle' | 'end' {
  return i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle';
}

/** How a horizontal axis is drawn: tick label baseline and size, gridline span, label format. */
export interface AxisXStyle {
  y: number;
  size: number;
  grid: [number, number];
  format: (value: number) => string;
  /** Values that get no gridline (the zero line is drawn by the chart). */
  skipGrid?: (value: number) => boolean;
}

/** Tick labels (end labels snapped inside) and vertical gridlines for a linear x scale. */
export function axisX(
  scale: ScaleLinear<number, number>,
  count: number,
  { y, size, grid, format, skipGrid }: AxisXStyle,
): { ticks: Mark[]; grid: Mark[] } {
  const values = scale.ticks(count);
  return {
    ticks: values.map((v, i) =>
      text(`tick-label-${v}`, format(v), scale(v), y, {
        size,
        cls: 'tick',
        anchor: snapAnchor(i, values.length),
      }),
    ),
    grid: values
      .filter((v) => !skipGrid?.(v))
      .map((v) => line(`grid-${v}`, scale(v), grid[0], scale(v), grid[1], 'grid')),
  };
}
