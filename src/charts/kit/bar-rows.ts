/**
 * The bar-row layer: one row of a horizontal bar chart (its name at the left, a bar from `barX`
 * whose length a d3 scale gives, the value after the bar, or a quiet word where there is no value),
 * and the text-fit check that the name fits its column and the value fits after the longest bar.
 */
import type { Fact } from '../../facts/index.ts';
import type { Mark } from '../../marks/types.ts';
import type { Geometry, ResolveTools } from './define-chart.ts';
import { centredText, rect } from './marks.ts';
import { withStatus } from './vocabulary.ts';

/** Where a row's parts sit: the name's x, the bars' start, the gap before a value, text size. */
export interface BarRowGeometry {
  nameX: number;
  barX: number;
  valueGap: number;
  size: number;
}

/** One row: keys end in `id`; `value` absent draws `missing` where the bar would be. */
export interface BarRow {
  id: string;
  name: string;
  nameCls: string;
  value?: { length: number; text: string; cls: string; bar: string; fact: Fact };
  missing?: string;
}

/**
 * A bar row whose middle is at `centre`, the bar `thickness` thick: "name-<id>", "bar-<id>" (dashed
 * when its fact is unverified), "value-<id>".
 */
export function barRow(row: BarRow, centre: number, thickness: number, g: BarRowGeometry): Mark[] {
  const marks = [
    centredText(`name-${row.id}`, row.name, g.nameX, centre, { size: g.size, cls: row.nameCls }),
  ];
  const v = row.value;
  if (!v)
    return [
      ...marks,
      centredText(`value-${row.id}`, row.missing ?? '—', g.barX + g.valueGap, centre, {
        size: g.size,
        cls: 'label-quiet',
      }),
    ];
  return [
    ...marks,
    rect(
      `bar-${row.id}`,
      { x: g.barX, y: centre - thickness / 2, width: v.length, height: thickness },
      withStatus(v.bar, v.fact),
    ),
    centredText(`value-${row.id}`, v.text, g.barX + v.length + g.valueGap, centre, {
      size: g.size,
      cls: v.cls,
    }),
  ];
}

/**
 * The bar rows' text-fit check, for resolve: a name fits between `nameX` and the bars (less 4
 * units), a value fits between its bar's end and the frame's right edge, in every width class;
 * failures name `field`.
 */
export function checkBarRow<G extends Geometry>(
  fits: ResolveTools<G>['fits'],
  field: string,
  row: { name?: string; value?: { text: string; length: (g: G) => number } },
  style: (g: G) => BarRowGeometry,
): void {
  if (row.name !== undefined)
    fits(
      field,
      row.name,
      (g) => style(g).size,
      (g) => style(g).barX - style(g).nameX - 4,
    );
  const v = row.value;
  if (v)
    fits(
      field,
      v.text,
      (g) => style(g).size,
      (g) => g.frame.width - style(g).barX - v.length(g) - style(g).valueGap,
    );
}
