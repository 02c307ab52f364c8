/**
 * Build-time: computes every step's marks of a chart, once, for the static SVG and for
 * the JSON island the browser animates between.
 */
import type { ChartDefinition, ChartTable, Mark } from './types.ts';
import { getChart } from './index.ts';

/** Everything a figure renders for one chart. */
export interface ChartStates {
  id: string;
  width: number;
  height: number;
  staticStep: number;
  /** Marks per step. */
  states: Mark[][];
  caption: string;
  description: string;
  table: ChartTable;
  facts: string[];
}

/** Loads the chart's data and lays out all its steps; `where` names the MDX file on error. */
export function chartStates(id: string, where: string): ChartStates {
  const chart: ChartDefinition<unknown> = getChart(id, where);
  const data = chart.load();
  const states = Array.from({ length: chart.steps }, (_, step) => chart.layout(data, step, chart.size));
  return {
    id,
    width: chart.size.width,
    height: chart.size.height,
    staticStep: chart.staticStep,
    states,
    caption: chart.caption(data),
    description: chart.describe(data),
    table: chart.table(data),
    facts: chart.facts(data),
  };
}
