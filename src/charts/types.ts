/**
 * The chart contract. A chart is its data plus a pure function of (data, step, frame) that returns
 * the marks to draw (src/marks/types.ts). The same marks are rendered to static SVG at build time
 * and interpolated by the browser between steps, so the browser lays nothing out. Charts are
 * written with defineChart (src/charts/kit/define-chart.ts), which fills in loading, checking and
 * step clamping.
 */
import type { FactStore } from '../facts/index.ts';
import type { ChartFrame, Mark, WidthClass } from '../marks/types.ts';

export type { ChartFrame, ChartSize, Mark, MarkKind, WidthClass } from '../marks/types.ts';

/** A table of the chart's data, shown under the figure for readers and printers. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/** Everything a page needs to show one chart: static marks per step plus texts. */
export interface ChartDefinition<D> {
  /** Identifier used by authors: `<Scrolly chart="gpu-units">`; also names the dataset file. */
  id: string;
  /**
   * Coordinate system of the SVG per width class: the phone's is about as wide as a phone's column.
   */
  sizes: Record<WidthClass, ChartFrame>;
  /** Number of states; steps are numbered 0 .. steps-1. */
  steps: number;
  /**
   * The state drawn in static SVG (no JavaScript, print, crawlers): the one that tells the most.
   */
  staticStep: number;
  /**
   * Reads and checks the chart's dataset, looking its facts up in `store`; throws naming the
   * dataset file and field.
   */
  load(store: Pick<FactStore, 'getFact'>): D;
  /**
   * Pure geometry: the marks of `step` (clamped to the steps there are) in `frame`, laid out for
   * its width class.
   */
  layout(data: D, step: number, frame: ChartFrame): Mark[];
  /** The figure's caption (its title). */
  caption(data: D): string;
  /** Text alternative for screen readers describing the whole chart. */
  describe(data: D): string;
  /** The chart's data as a table. */
  table(data: D): ChartTable;
  /** Fact ids the chart shows (their sources are listed under the figure). */
  facts(data: D): string[];
}
