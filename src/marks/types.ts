/**
 * The mark format: what the build writes and the browser draws. A chart step is a list of marks;
 * the same list is rendered to static SVG at build time (render-svg.ts) and animated between steps
 * in the browser (src/client/scrolly/). Plain types, safe to import from client code.
 */

/** Width and height of a chart's coordinate system (the SVG viewBox). */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * The screens a chart is laid out for: `phone` up to PHONE_MAX_WIDTH CSS px wide (phones and
 * tablets, where the graphic sits above the steps: a 328-unit viewBox, one unit per px on a 360 px
 * phone and at most 1.14 on a tablet, so labels read at 12–16 px), `wide` above it (desktops, where
 * the graphic sits beside the steps: a 640-unit viewBox drawn at one unit per px at 1440 px) and in
 * print. The build writes a layout per class; CSS shows the one that fits (src/styles/scrolly.css).
 */
export type WidthClass = 'phone' | 'wide';

/** Every width class, in the order the page carries them. */
export const WIDTH_CLASSES: readonly WidthClass[] = ['wide', 'phone'];

/**
 * The widest viewport, in CSS px, that gets the phone layout: below the desktop's two columns (the
 * same number is in scrolly.css).
 */
export const PHONE_MAX_WIDTH = 959;

/** A chart's coordinate system for one width class. */
export interface ChartFrame extends ChartSize {
  widthClass: WidthClass;
}

/** The SVG element a mark is drawn as. */
export type MarkKind = 'rect' | 'circle' | 'line' | 'text' | 'path';

/**
 * One drawable element. `key` identifies it across steps so the browser can move it instead of
 * redrawing it; a key missing from a step means the mark is not shown there. `attrs` are SVG
 * attributes. Between steps a shape's numeric attributes are interpolated and a path's `d` and
 * other strings swapped; a text takes its new attributes at once and slides from its old place as a
 * whole (see src/client/scrolly/mark-plan.ts).
 */
export interface Mark {
  key: string;
  kind: MarkKind;
  attrs: Record<string, number | string>;
  /** Text content, for `text` marks only (Simplified Chinese; editions convert it). */
  text?: string;
  /** CSS classes (space separated), styled in src/styles/charts.css. */
  className?: string;
}
