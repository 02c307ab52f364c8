/**
 * The chart-state island: how a scrolly's marks per step travel from the build to the browser. Each
 * distinct mark is written once; a step is the list of its marks' indexes, so a mark that does not
 * change between steps (an axis, a legend, a bar already drawn) is not repeated. A mark is written
 * as a flat array, its kind, class and attribute names as indexes into one list of names, so the
 * hundreds of marks of a chart do not each repeat "kind", "attrs", "className" and "width". Pure;
 * shared by the build (src/user-components/Scrolly.astro) and the browser (src/client/scrolly/).
 */
import type { Mark, MarkKind, WidthClass } from './types.ts';

/**
 * A mark as written in the island: [key, kind, class, text, name, value, name, value, …]. Kind,
 * class and attribute names are indexes into the island's `names`; class and text are null when
 * absent.
 */
export type PackedMark = (string | number | null)[];

/** The island as written in the page. */
export interface ChartIsland {
  id: string;
  /** Mark kinds, classes and attribute names, each once. */
  names: string[];
  /** Every distinct mark of the chart, once, whichever width class it belongs to. */
  marks: PackedMark[];
  /** Per width class and step, the indexes of its marks in `marks`, in drawing order. */
  states: Partial<Record<WidthClass, number[][]>>;
}

/** Packs a chart's marks per width class and step, writing each distinct mark once. */
export function packStates(
  id: string,
  layouts: Partial<Record<WidthClass, readonly (readonly Mark[])[]>>,
): ChartIsland {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const name = (value: string): number => {
    let i = nameIndex.get(value);
    if (i === undefined) {
      i = names.push(value) - 1;
      nameIndex.set(value, i);
    }
    return i;
  };
  const index = new Map<string, number>();
  const marks: PackedMark[] = [];
  const pack = (states: readonly (readonly Mark[])[]): number[][] =>
    states.map((step) =>
      step.map((mark) => {
        const signature = JSON.stringify(mark);
        let i = index.get(signature);
        if (i === undefined) {
          i = marks.push(packMark(mark, name)) - 1;
          index.set(signature, i);
        }
        return i;
      }),
    );
  const states = Object.fromEntries(
    Object.entries(layouts).map(([cls, steps]) => [cls, pack(steps)]),
  );
  return { id, names, marks, states };
}

/** One mark as a flat array, its names given as indexes by `name`. */
function packMark(mark: Mark, name: (value: string) => number): PackedMark {
  const packed: PackedMark = [
    mark.key,
    name(mark.kind),
    mark.className === undefined ? null : name(mark.className),
    mark.text ?? null,
  ];
  for (const [attr, value] of Object.entries(mark.attrs)) packed.push(name(attr), value);
  return packed;
}

/** A mark read back from its flat array. */
function unpackMark(packed: PackedMark, names: readonly string[]): Mark {
  const [key, kind, className, text] = packed;
  const attrs: Record<string, number | string> = {};
  for (let i = 4; i + 1 < packed.length; i += 2)
    attrs[names[packed[i] as number] ?? ''] = packed[i + 1] as number | string;
  const mark: Mark = { key: String(key), kind: names[kind as number] as MarkKind, attrs };
  if (text !== null && text !== undefined) mark.text = String(text);
  if (className !== null && className !== undefined) mark.className = names[className as number];
  return mark;
}

/**
 * The marks per step of one width class of a packed island (none when the island lacks the class).
 * A mark shown in several steps is one object, read once.
 */
export function unpackStates(island: ChartIsland, widthClass: WidthClass): Mark[][] {
  const read: (Mark | undefined)[] = [];
  const markAt = (i: number): Mark | undefined => {
    const packed = island.marks[i];
    return packed ? (read[i] ??= unpackMark(packed, island.names)) : undefined;
  };
  return (island.states[widthClass] ?? []).map((step) =>
    step.map(markAt).filter((m): m is Mark => Boolean(m)),
  );
}
