/**
 * Build-time: one chart step as a standalone SVG string, for share cards and other images made at
 * build time. Texts go through the edition's converter, so a zh-TW card reads in Traditional
 * Chinese.
 *
 *   chartSvg('value-lost', store, (s) => convert(s), { step: 3 })
 */
import { getChart } from './index.ts';
import type { FactStore } from '../facts/index.ts';
import { escapeXml, renderMarks, viewBox } from '../marks/render-svg.ts';
import type { WidthClass } from '../marks/types.ts';

/**
 * What to draw: the step (the chart's static step unless given) and the width class (wide unless
 * given).
 */
export interface ChartSvgOptions {
  step?: number;
  widthClass?: WidthClass;
}

/**
 * The chart `id` at one step as an `<svg>` string with its title, every text converted by
 * `convert`.
 */
export function chartSvg(
  id: string,
  store: FactStore,
  convert: (text: string) => string = (t) => t,
  { step, widthClass = 'wide' }: ChartSvgOptions = {},
): string {
  const chart = getChart(id, `chartSvg("${id}")`);
  const data = chart.load(store);
  const frame = chart.sizes[widthClass];
  const marks = chart
    .layout(data, step ?? chart.staticStep, frame)
    .map((m) => (m.text === undefined ? m : { ...m, text: convert(m.text) }));
  const { width, height } = frame;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="${viewBox(frame)}" width="${width}" height="${height}" role="img"><title>${escapeXml(convert(chart.caption(data)))}</title><g class="marks">${renderMarks(marks)}</g></svg>`;
}
