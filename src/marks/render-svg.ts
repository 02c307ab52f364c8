/**
 * Renders marks to SVG markup: the static chart every reader, printer and crawler gets.
 * Pure; the browser's animator (src/client/scrolly/chart-animator.ts) draws the same marks.
 */
import type { ChartSize, Mark } from './types.ts';

/** Escapes text for HTML/SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * An attribute value as written in the SVG: numbers rounded to 2 decimals (the browser animator
 * writes the same).
 */
export function formatAttr(value: number | string): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
}

/**
 * Class of the group every text mark sits in. The browser slides text by translating this group
 * (moving the text itself would lay it out again on every frame of a transition).
 */
export const TEXT_WRAPPER_CLASS = 'mark-shift';

/** One mark as an SVG element (a text inside its wrapper group). */
export function renderMark(mark: Mark): string {
  const attrs = Object.entries(mark.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(formatAttr(value))}"`)
    .join('');
  const cls = mark.className ? ` class="${escapeXml(mark.className)}"` : '';
  const body = mark.kind === 'text' ? escapeXml(mark.text ?? '') : '';
  const element = `<${mark.kind} data-key="${escapeXml(mark.key)}"${cls}${attrs}>${body}</${mark.kind}>`;
  return mark.kind === 'text' ? `<g class="${TEXT_WRAPPER_CLASS}">${element}</g>` : element;
}

/** The marks of one step inside a <g>, ready to place in an <svg viewBox>. */
export function renderMarks(marks: readonly Mark[]): string {
  return marks.map(renderMark).join('');
}

/**
 * The viewBox attribute value for a chart size, from `left` units in (where the drawing starts, so
 * the figure's title lines up with it; the width stays, so the scale does).
 */
export function viewBox(size: ChartSize, left = 0): string {
  return `${left} 0 ${size.width} ${size.height}`;
}
