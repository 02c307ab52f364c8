/**
 * The legend layer: one way to draw a legend in every chart, and the text-fit check its resolve
 * calls. A legend is neutral: its words are set in ink and only the swatch carries a colour or a
 * style. Entries stand in a column (one per row, `pitch` apart) or in a row (each after the last
 * one's words). The anchor is the top of the first swatch; each text's middle is its swatch's middle.
 *
 *   ...legend([{ id: 'rental', swatch: `${STYLE.legend} ${STYLE.filled}`, text: '租用算力' }],
 *     { x: g.margin, y: 380 }, g.legend)
 */
import type { Mark } from '../../marks/types.ts';
import type { Geometry, ResolveTools } from './define-chart.ts';
import { circle, rect, text } from './marks.ts';
import { middleY, textWidth } from './text.ts';

/** How every legend is set: swatch side, swatch-to-text gap, row pitch, text size. */
export interface LegendGeometry {
  square: number;
  gap: number;
  pitch: number;
  size: number;
}

/** A geometry with a legend. */
export interface WithLegend extends Geometry {
  legend: LegendGeometry;
}

/**
 * One entry: its key id, the swatch's classes and its words. `shape` draws a circle, or a square
 * whose side is the legend's (the default), or `none` (words only, such as a scale note).
 */
export interface LegendEntry {
  id: string;
  swatch: string;
  text: string;
  shape?: 'square' | 'circle' | 'none';
  /** Classes of the words (ink unless given: `label`). */
  cls?: string;
}

/** Where a legend sits: its first swatch's top left, and whether entries run across (`row`). */
export interface LegendPlace {
  x: number;
  y: number;
  flow?: 'column' | 'row';
  /** Room between entries in a row (two swatch sides unless given). */
  space?: number;
}

/**
 * A legend's marks: per entry a swatch keyed "legend-square-<id>" and words keyed "legend-<id>"
 * (no suffix when the id is empty), the words beside the swatch, their middle level with it.
 */
export function legend(
  entries: readonly LegendEntry[],
  { x, y, flow = 'column', space: given }: LegendPlace,
  { square, gap, pitch, size }: LegendGeometry,
): Mark[] {
  const space = given ?? 2 * square;
  const marks: Mark[] = [];
  let left = x;
  entries.forEach((entry, i) => {
    const suffix = entry.id ? `-${entry.id}` : '';
    const top = flow === 'row' ? y : y + i * pitch;
    const shape = entry.shape ?? 'square';
    if (shape === 'square')
      marks.push(
        rect(
          `legend-square${suffix}`,
          { x: left, y: top, width: square, height: square },
          entry.swatch,
        ),
      );
    if (shape === 'circle')
      marks.push(
        circle(
          `legend-square${suffix}`,
          left + square / 2,
          top + square / 2,
          square / 2,
          entry.swatch,
        ),
      );
    const tx = shape === 'none' ? left : left + square + gap;
    marks.push(
      text(`legend${suffix}`, entry.text, tx, middleY(top + square / 2, size), {
        size,
        cls: entry.cls ?? 'label',
      }),
    );
    if (flow === 'row') left = tx + textWidth(entry.text, size) + space;
  });
  return marks;
}

/** The height a column legend of `n` entries takes, from its anchor to its last swatch's foot. */
export function legendHeight(n: number, { square, pitch }: LegendGeometry): number {
  return n ? (n - 1) * pitch + square : 0;
}

/**
 * The legend's text-fit check, for resolve: every entry's words fit beside its swatch in `room(g)`
 * units (a row legend: all entries and the room between them), in every width class; a failure
 * names `field`.
 */
export function checkLegend<G extends WithLegend>(
  fits: ResolveTools<G>['fits'],
  field: string,
  entries: readonly Pick<LegendEntry, 'text' | 'shape'>[],
  room: (g: G) => number,
  flow: 'column' | 'row' = 'column',
): void {
  const swatch = (g: G, e: Pick<LegendEntry, 'shape'>) =>
    e.shape === 'none' ? 0 : g.legend.square + g.legend.gap;
  if (flow === 'row') {
    const words = entries.map((e) => e.text).join('');
    fits(
      field,
      words,
      (g) => g.legend.size,
      (g) =>
        room(g) -
        entries.reduce((s, e) => s + swatch(g, e), 0) -
        (entries.length - 1) * 2 * g.legend.square,
    );
    return;
  }
  for (const e of entries)
    fits(
      field,
      e.text,
      (g) => g.legend.size,
      (g) => room(g) - swatch(g, e),
    );
}
