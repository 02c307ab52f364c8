/**
 * The headline layer: a chart's big number with its caption line under it, drawn one way for every
 * chart, and the text-fit check a chart's resolve calls for every headline it will draw, so that a
 * figure or caption too wide for a width class stops the build naming the field.
 */
import type { Mark } from '../../marks/types.ts';
import { text } from './marks.ts';
import type { Geometry, ResolveTools } from './define-chart.ts';

/** Where a headline sits: the big number's baseline and size, the caption's. */
export interface HeadlineStyle {
  x: number;
  big: { y: number; size: number };
  caption: { y: number; size: number };
}

/** A headline number (key "big-number") with its caption line under it (key "caption"). */
export function headline(
  big: string,
  caption: string,
  { x, big: b, caption: c }: HeadlineStyle,
  captionKey = 'caption',
): Mark[] {
  return [
    text('big-number', big, x, b.y, { size: b.size, cls: 'label-big' }),
    text(captionKey, caption, x, c.y, { size: c.size }),
  ];
}

/** What a headline shows: the big number and its caption. */
export interface HeadlineText {
  big: string;
  caption: string;
}

/**
 * The headline's text-fit check, for resolve: each headline's big number and caption fit `room(g)`
 * units at the sizes `style(g)` gives, in every width class; a failure names `field`.
 */
export function checkHeadlines<G extends Geometry>(
  fits: ResolveTools<G>['fits'],
  field: string,
  headlines: readonly HeadlineText[],
  style: (g: G) => Pick<HeadlineStyle, 'big' | 'caption'>,
  room: (g: G) => number,
): void {
  for (const { big, caption } of headlines) {
    fits(field, big, (g) => style(g).big.size, room);
    fits(field, caption, (g) => style(g).caption.size, room);
  }
}
