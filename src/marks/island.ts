/**
 * The chart-state island: how a scrolly's marks per step travel from the build to the browser. Each
 * distinct mark is written once; a step is the list of its marks' indexes, so a mark that does not
 * change between steps (an axis, a legend, a bar already drawn) is not repeated. Pure; shared by the
 * build (src/story/Scrolly.astro) and the browser (src/client/scrolly/).
 */
import type { Mark } from './types.ts';

/** The island as written in the page. */
export interface ChartIsland {
  id: string;
  /** Every distinct mark of the chart, once. */
  marks: Mark[];
  /** Per step, the indexes of its marks in `marks`, in drawing order. */
  states: number[][];
}

/** Packs a chart's marks per step, writing each distinct mark once. */
export function packStates(id: string, states: readonly (readonly Mark[])[]): ChartIsland {
  const index = new Map<string, number>();
  const marks: Mark[] = [];
  const packed = states.map((step) =>
    step.map((mark) => {
      const signature = JSON.stringify(mark);
      let i = index.get(signature);
      if (i === undefined) {
        i = marks.push(mark) - 1;
        index.set(signature, i);
      }
      return i;
    }),
  );
  return { id, marks, states: packed };
}

/** The marks per step of a packed island. */
export function unpackStates(island: ChartIsland): Mark[][] {
  return island.states.map((step) => step.map((i) => island.marks[i]).filter((m): m is Mark => Boolean(m)));
}
