/**
 * The callout-column layer: labels in a column beside a figure, each a name and a value, placed as
 * near the point it speaks for as it can be without overlapping another (kit/dodge.ts), joined to
 * that point by a leader; and the text-fit check that every line fits the column.
 */
import type { Fact } from '../../facts/index.ts';
import type { Mark } from '../../marks/types.ts';
import type { Geometry, ResolveTools } from './define-chart.ts';
import { dodge } from './dodge.ts';
import { line, text } from './marks.ts';

/** How the column is set: its x, text size, the pitch of its two lines, the height of a block. */
export interface CalloutGeometry {
  x: number;
  size: number;
  line: number;
  block: number;
}

/** One callout: its key id, name and value, and the point its leader starts from. */
export interface Callout {
  id: string;
  name: string;
  value: string;
  fact?: Fact;
  at: { x: number; y: number };
}

/**
 * The callouts (in the order given, top first) between `top` and `bottom`: per callout a leader
 * "leader-<id>" from its point to the name's middle, "callout-name-<id>" and
 * "callout-value-<id>" under it.
 */
export function calloutColumn(
  callouts: readonly Callout[],
  { top, bottom }: { top: number; bottom: number },
  { x, size, line: pitch, block }: CalloutGeometry,
): Mark[] {
  const centres = dodge(
    callouts.map((c) => ({ want: c.at.y + block / 2 - 4, height: block })),
    top,
    bottom,
  );
  return callouts.flatMap((c, i) => {
    const nameY = (centres[i] ?? bottom) - block / 2 + size;
    return [
      line(`leader-${c.id}`, c.at.x, c.at.y, x - 4, nameY - size * 0.35, 'tick'),
      text(`callout-name-${c.id}`, c.name, x, nameY, { size }),
      text(`callout-value-${c.id}`, c.value, x, nameY + pitch, { size, cls: 'label-strong' }),
    ];
  });
}

/**
 * The callout column's text-fit check, for resolve: each text fits from the column's x to `room(g)`
 * units further, in every width class; a failure names `field`.
 */
export function checkCallouts<G extends Geometry>(
  fits: ResolveTools<G>['fits'],
  field: string,
  texts: readonly string[],
  size: (g: G) => number,
  room: (g: G) => number,
): void {
  for (const t of texts) fits(field, t, size, room);
}
