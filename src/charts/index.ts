/**
 * Every chart of the story by id. To add a chart: write its dataset in
 * content/data/charts/<id>.json and a module that calls defineChart (src/charts/kit/), then list it
 * here.
 */
import type { ChartDefinition } from './types.ts';
import { timeline } from './timeline.ts';
import { gpuUnits } from './gpu-units.ts';
import { gpuHours } from './gpu-hours.ts';
import { benchmarks } from './benchmarks.ts';
import { downloads } from './downloads.ts';
import { smSplit } from './sm-split.ts';
import { marketMoves } from './market-moves.ts';
import { valueLost } from './value-lost.ts';
import { costScale } from './cost-scale.ts';
import { debates } from './debates.ts';

const all = [
  timeline,
  gpuUnits,
  gpuHours,
  benchmarks,
  downloads,
  smSplit,
  marketMoves,
  valueLost,
  costScale,
  debates,
] as ChartDefinition<unknown>[];

/** Charts by the id authors use in `<Scrolly chart="…">`. */
export const charts: Record<string, ChartDefinition<unknown>> = Object.fromEntries(
  all.map((c) => [c.id, c]),
);

/** The chart with this id; an unknown id throws naming `where`. */
export function getChart(id: string | undefined, where: string): ChartDefinition<unknown> {
  const chart = id ? charts[id] : undefined;
  if (!chart)
    throw new Error(
      `${where}: unknown chart "${id ?? ''}" (known: ${Object.keys(charts).join(', ')})`,
    );
  return chart;
}
