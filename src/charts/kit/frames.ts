/**
 * The frames charts are laid out in, per width class (src/marks/types.ts). The phone frame is the
 * chart box of a 360 × 740 phone (56svh less padding and caption, src/styles/scrolly.css), so one
 * unit is one CSS px there and type set at PHONE_TYPE reads at 12 px or more.
 */

import type { ChartSize } from '../../marks/types.ts';

/** The viewBox of every chart's phone layout. */
export const PHONE_FRAME: ChartSize = { width: 328, height: 360 };

/**
 * The smallest type a phone layout may set, in units (= CSS px on a 360 px phone): labels and tick
 * labels (12 px at least).
 */
export const PHONE_TYPE: { readonly label: number; readonly tick: number } = {
  label: 12.5,
  tick: 12,
};
