/**
 * The axis layers: a horizontal linear axis (tick labels, end labels snapped inside, gridlines) and
 * a vertical time axis (a line, yearly ticks, the chosen years labelled), each with the text-fit
 * check its chart's resolve calls, so tick labels never run into each other or off the frame.
 */
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { Mark } from '../../marks/types.ts';
import type { Geometry, ResolveTools } from './define-chart.ts';
import { centredText, line, text } from './marks.ts';
import { textWidth } from './text.ts';
import { utcYear } from 'd3-time';

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

/**
 * The horizontal axis's text-fit check, for resolve: at `size(g)`, the widest tick label fits the
 * distance between two ticks less 4 units, in every width class; a failure names `field`.
 */
export function checkAxisX<G extends Geometry>(
  fits: ResolveTools<G>['fits'],
  field: string,
  scale: (g: G) => ScaleLinear<number, number>,
  count: (g: G) => number,
  format: (value: number) => string,
  size: (g: G) => number,
): void {
  const labels = (g: G) => scale(g).ticks(count(g)).map(format);
  fits(
    field,
    (g) => labels(g).reduce((a, b) => (textWidth(b, size(g)) > textWidth(a, size(g)) ? b : a), ''),
    size,
    (g) => {
      const ticks = scale(g).ticks(count(g));
      return ticks.length > 1 ? Math.abs(scale(g)(ticks[1]!) - scale(g)(ticks[0]!)) - 4 : Infinity;
    },
  );
}

/** How a vertical time axis is drawn: its x, its ends, tick lengths, the year labels' size. */
export interface TimeAxisStyle {
  x: number;
  top: number;
  bottom: number;
  size: number;
  /** Room between a year label's end and the axis. */
  labelGap: number;
}

/**
 * A vertical time axis: the axis line (8 units past each end), a tick for every year from `start`
 * to `end` (longer for the years `labelled` names, which get their year beside it).
 */
export function timeAxis(
  y: ScaleTime<number, number>,
  [start, end]: [Date, Date],
  labelled: ReadonlySet<number>,
  { x, top, bottom, size, labelGap }: TimeAxisStyle,
): Mark[] {
  const marks: Mark[] = [line('axis', x, top - 8, x, bottom + 8, 'axis')];
  for (const date of utcYear.range(start, utcYear.offset(end, 1))) {
    const year = date.getUTCFullYear();
    const major = labelled.has(year);
    marks.push(line(`tick-${year}`, x - (major ? 8 : 4), y(date), x, y(date), 'tick'));
    if (major)
      marks.push(
        centredText(`tick-label-${year}`, String(year), x - labelGap, y(date), {
          size,
          cls: 'tick',
          anchor: 'end',
        }),
      );
  }
  return marks;
}

/**
 * The time axis's text-fit check, for resolve: a four-digit year fits left of the axis at every
 * width class's size; a failure names `field`.
 */
export function checkTimeAxis<G extends Geometry>(
  fits: ResolveTools<G>['fits'],
  field: string,
  style: (g: G) => Pick<TimeAxisStyle, 'x' | 'size' | 'labelGap'>,
): void {
  fits(
    field,
    '2000',
    (g) => style(g).size,
    (g) => style(g).x - style(g).labelGap,
  );
}
