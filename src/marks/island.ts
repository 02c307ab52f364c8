/**
 * The chart-state island: how a scrolly's marks per step travel from the build to the browser. Each
 * distinct mark is written once; a step is the list of its marks' indexes, so a mark that does not
 * change between steps (an axis, a legend, a bar already drawn) is not repeated. Pure; shared by the
 * build (src/story/Scrolly.astro) and the browser (src/client/scrolly/).
 */
import type { Mark, WidthClass } from './types.ts';

/** The island as written in the page. */
export interface ChartIsland {
  id: string;
  /** Every distinct mark of the chart, once, whichever width class it belongs to. */
  marks: Mark[];
  /** Per width class and step, the indexes of its marks in `marks`, in drawing order. */
  states: Partial<Record<WidthClass, number[][]>>;
}

/** Packs a chart's marks per width class and step, writing each distinct mark once. */
export function packStates(id: string, layouts: Partial<Record<WidthClass, readonly (readonly Mark[])[]>>): ChartIsland {
  const index = new Map<string, number>();
  const marks: Mark[] = [];
  const pack = (states: readonly (readonly Mark[])[]): number[][] =>
    states.map((step) =>
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
  const states = Object.fromEntries(Object.entries(layouts).map(([cls, steps]) => [cls, pack(steps)]));
  return { id, marks, states };
}

/** The marks per step of one width class of a packed island (none when the island lacks the class). */
export function unpackStates(island: ChartIsland, widthClass: WidthClass): Mark[][] {
  return (island.states[widthClass] ?? []).map((step) => step.map((i) => island.marks[i]).filter((m): m is Mark => Boolean(m)));
}
