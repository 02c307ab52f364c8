/**
 * The unit-grid layer: a count drawn as squares, `cols` to a row, and the text-fit check for a label
 * set under a block of them (it must fit the block's width).
 */
import type { Mark } from '../../marks/types.ts';
import type { Geometry, ResolveTools } from './define-chart.ts';
import { rect } from './marks.ts';

/**
 * How a grid of unit squares sits: columns, top-left corner, distance between squares and their
 * side.
 */
export interface UnitGrid {
  cols: number;
  x: number;
  y: number;
  pitch: number;
  cell: number;
}

/**
 * Squares for `count` units, `cols` to a row from the top left, keyed "<prefix>-<i>" and classed by
 * `cls(i)`; a fractional rest is a narrower last square.
 */
export function unitSquares(
  count: number,
  { cols, x, y, pitch, cell }: UnitGrid,
  prefix: string,
  cls: (i: number) => string,
): Mark[] {
  const whole = Math.floor(count + 1e-9);
  const total = count - whole > 1e-6 ? whole + 1 : whole;
  return Array.from({ length: total }, (_, i) =>
    rect(
      `${prefix}-${i}`,
      {
        x: x + (i % cols) * pitch,
        y: y + Math.floor(i / cols) * pitch,
        width: cell * (i < whole ? 1 : count - whole),
        height: cell,
      },
      cls(i),
    ),
  );
}

/**
 * The unit grid's text-fit check, for resolve: `content` at `size(g)` fits under a block of `cols`
 * squares `pitch(g)` apart, in every width class; a failure names `field`.
 */
export function checkGridLabel<G extends Geometry>(
  fits: ResolveTools<G>['fits'],
  field: string,
  content: string,
  size: (g: G) => number,
  cols: number,
  pitch: (g: G) => number,
): void {
  fits(field, content, size, (g) => cols * pitch(g));
}
