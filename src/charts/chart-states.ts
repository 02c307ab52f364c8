/**
 * Build-time: computes every step's marks of a chart, once, for the static SVG and for
 * the JSON island the browser animates between.
 */
import { WIDTH_CLASSES } from '../marks/types.ts';
import { formatAttr } from '../marks/render-svg.ts';
import type { ChartDefinition, ChartTable, Mark, WidthClass } from './types.ts';
import { getChart } from './index.ts';
import type { FactStore } from '../facts/index.ts';
import { contentLeft } from './kit/content-edge.ts';

/**
 * A mark with its numbers as the SVG writes them (two decimals), so the page carries no more digits
 * than it draws.
 */
const asDrawn = (mark: Mark): Mark => ({
  ...mark,
  attrs: Object.fromEntries(
    Object.entries(mark.attrs).map(([k, v]) => [
      k,
      typeof v === 'number' ? Number(formatAttr(v)) : v,
    ]),
  ),
});

/** One width class of a chart: its viewBox and its marks per step. */
export interface ChartView {
  widthClass: WidthClass;
  width: number;
  height: number;
  /**
   * Where the drawing starts, in units (kit/content-edge.ts): the viewBox starts there, so the title
   * above lines up with the drawing.
   */
  left: number;
  /** Marks per step. */
  states: Mark[][];
}

/** Everything a figure renders for one chart. */
export interface ChartStates {
  id: string;
  staticStep: number;
  /** The chart laid out for each width class, in the order the page carries them. */
  views: ChartView[];
  caption: string;
  description: string;
  table: ChartTable;
  facts: string[];
}

/**
 * Loads the chart's data with its facts from `store` and lays out all its steps; `where` names the
 * MDX file on error.
 */
export function chartStates(id: string, where: string, store: FactStore): ChartStates {
  const chart: ChartDefinition<unknown> = getChart(id, where);
  const data = chart.load(store);
  const views = WIDTH_CLASSES.map((widthClass): ChartView => {
    const frame = chart.sizes[widthClass];
    const states = Array.from({ length: chart.steps }, (_, step) =>
      chart.layout(data, step, frame).map(asDrawn),
    );
    return {
      widthClass,
      width: frame.width,
      height: frame.height,
      left: contentLeft(states),
      states,
    };
  });
  return {
    id,
    staticStep: chart.staticStep,
    views,
    caption: chart.caption(data),
    description: chart.describe(data),
    table: chart.table(data),
    facts: chart.facts(data),
  };
}
