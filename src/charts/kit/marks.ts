/**
 * Mark builders: every chart draws with these, so a text, a bar or a legend row is written the same
 * way everywhere, and the unverified style is applied in one place (pass the mark's facts).
 *
 *   text('header', '涨跌幅', 16, 20, { size: 13 })
 *   rect('bar-x', { x, y, width, height }, 'mark-primary', fact)
 */
import type { Fact } from '../../facts/index.ts';
import type { Mark } from '../../marks/types.ts';
import { withStatus } from './vocabulary.ts';
import { middleY } from './text.ts';

/** How a text is set: size in viewBox units, classes and anchor. */
export interface TextStyle {
  size: number;
  cls?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** A box in viewBox units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A text mark at (x, y), its baseline; class "label" and anchor "start" unless given. */
export function text(
  key: string,
  content: string,
  x: number,
  y: number,
  { size, cls = 'label', anchor = 'start' }: TextStyle,
): Mark {
  return {
    key,
    kind: 'text',
    className: cls,
    text: content,
    attrs: { x, y, 'font-size': size, 'text-anchor': anchor },
  };
}

/** A rect mark; dashed when any of `facts` is unverified. */
export function rect(key: string, box: Box, cls: string, ...facts: (Fact | undefined)[]): Mark {
  return {
    key,
    kind: 'rect',
    className: withStatus(cls, ...facts),
    attrs: { x: box.x, y: box.y, width: box.width, height: box.height },
  };
}

/** A line mark from (x1, y1) to (x2, y2). */
export function line(
  key: string,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  cls: string,
): Mark {
  return { key, kind: 'line', className: cls, attrs: { x1, y1, x2, y2 } };
}

/** A circle mark; dashed when any of `facts` is unverified. */
export function circle(
  key: string,
  cx: number,
  cy: number,
  r: number,
  cls: string,
  ...facts: (Fact | undefined)[]
): Mark {
  return { key, kind: 'circle', className: withStatus(cls, ...facts), attrs: { cx, cy, r } };
}

/** How a legend row is drawn: swatch side, text size, gap between swatch and text. */
export interface LegendStyle {
  square: number;
  size: number;
  gap?: number;
}

/**
 * A legend row: a swatch at (x, y) in `cls` and its text beside it, keyed "legend-square-<id>" and
 * "legend-<id>".
 */
export function legendRow(
  id: string,
  cls: string,
  content: string,
  x: number,
  y: number,
  { square, size, gap = 8 }: LegendStyle,
): Mark[] {
  const suffix = id ? `-${id}` : '';
  return [
    {
      key: `legend-square${suffix}`,
      kind: 'rect',
      className: cls,
      attrs: { x, y, width: square, height: square },
    },
    text(`legend${suffix}`, content, x + square + gap, y + square / 2 + size * 0.35, { size }),
  ];
}

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

/** A text whose middle (not baseline) is at `cy`. */
export function centredText(
  key: string,
  content: string,
  x: number,
  cy: number,
  style: TextStyle,
): Mark {
  return text(key, content, x, middleY(cy, style.size), style);
}
