/**
 * The chart contract. A chart is its data plus a pure function of (data, step, size)
 * that returns the marks to draw. The same marks are rendered to static SVG at build
 * time and interpolated by the browser between steps, so nothing is laid out twice.
 */

/** Width and height of a chart's coordinate system (the SVG viewBox). */
export interface ChartSize {
  width: number;
  height: number;
}

/** The SVG element a mark is drawn as. */
export type MarkKind = 'rect' | 'circle' | 'line' | 'text' | 'path';

/**
 * One drawable element. `key` identifies it across steps so the browser can move it
 * instead of redrawing it; a key missing from a step means the mark is not shown there.
 * `attrs` are SVG attributes. Between steps a shape's numbers (also those inside a path of the
 * same shape) are interpolated and other strings swapped; a text takes its new attributes at once
 * and slides from its old place as a whole (see src/scroll/mark-plan.ts).
 */
export interface Mark {
  key: string;
  kind: MarkKind;
  attrs: Record<string, number | string>;
  /** Text content, for `text` marks only (Simplified Chinese; editions convert it). */
  text?: string;
  /** CSS classes (space separated), styled in src/styles/charts.css. */
  className?: string;
}

/** A table of the chart's data, shown under the figure for readers and printers. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/** Everything a page needs to show one chart: static marks per step plus texts. */
export interface ChartDefinition<D> {
  /** Identifier used by authors: `<Scrolly chart="gpu-units">`. */
  id: string;
  /** Coordinate system of the SVG. */
  size: ChartSize;
  /** Number of states; steps are numbered 0 .. steps-1. */
  steps: number;
  /** The state drawn in static SVG (no JavaScript, print, crawlers): the one that tells the most. */
  staticStep: number;
  /** Reads and checks the chart's dataset; throws naming the dataset file and field. */
  load(): D;
  /** Pure geometry: the marks of `step` at `size`. */
  layout(data: D, step: number, size: ChartSize): Mark[];
  /** The figure's caption (its title). */
  caption(data: D): string;
  /** Text alternative for screen readers describing the whole chart. */
  describe(data: D): string;
  /** The chart's data as a table. */
  table(data: D): ChartTable;
  /** Fact ids the chart shows (their sources are listed under the figure). */
  facts(data: D): string[];
}
