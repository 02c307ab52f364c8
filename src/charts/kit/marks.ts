/**
 * Mark builders: every chart and layer draws with these, so a text or a bar is written the same
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
