/**
 * Where a chart's drawing starts: the left edge of its leftmost mark over every step (a text's edge
 * estimated from its anchor and width). The figure starts its viewBox there, so the chart's title
 * above it lines up with the drawing and not with the frame's empty margin. Pure; build time.
 */
import type { Mark } from '../../marks/types.ts';
import { textWidth } from './text.ts';

/** The left edge of one mark, in units (Infinity for a mark with no measurable edge). */
function markLeft(m: Mark): number {
  const a = (name: string) => Number(m.attrs[name] ?? NaN);
  if (m.kind === 'rect') return a('x');
  if (m.kind === 'circle') return a('cx') - a('r');
  if (m.kind === 'line') return Math.min(a('x1'), a('x2'));
  if (m.kind === 'text') {
    const width = textWidth(m.text ?? '', a('font-size'));
    const anchor = m.attrs['text-anchor'];
    return a('x') - (anchor === 'end' ? width : anchor === 'middle' ? width / 2 : 0);
  }
  return Infinity;
}

/** The leftmost edge of any mark in any step, in whole units, never below 0. */
export function contentLeft(states: readonly (readonly Mark[])[]): number {
  const left = Math.min(
    ...states
      .flat()
      .map(markLeft)
      .filter((x) => !Number.isNaN(x)),
  );
  return Number.isFinite(left) ? Math.max(0, Math.floor(left)) : 0;
}
