/**
 * The cover's hero graphic: the story's three sums as squares on one area scale (d3-scale's
 * square-root scale, so area, not side, is proportional to money): NVIDIA's loss of one day,
 * Stargate's four-year plan, and DeepSeek-V3's final training run, a speck beside them. Drawn at
 * build time as static SVG, one layout for phones and one for wide screens (CSS shows one).
 * Pure; the page converts its text for each edition.
 */
import { scaleSqrt } from 'd3-scale';
import { escapeXml } from '../marks/render-svg.ts';

/** One sum: what it is, its value in dollars and its text as readers see it ("约5890亿美元"). */
export interface HeroSum {
  label: string;
  value: number;
  text: string;
}

/** The layouts the hero is drawn in: its viewBox width, square side at the largest, type sizes. */
const LAYOUTS = {
  narrow: { width: 360, side: 150, label: 14, figure: 19, gap: 18 },
  wide: { width: 880, side: 300, label: 16, figure: 26, gap: 40 },
} as const;

/** A layout class of the hero. */
export type HeroLayout = keyof typeof LAYOUTS;

/**
 * The hero as SVG for one layout: the big sums side by side as squares sharing a baseline, each
 * labelled above, and the smallest (V3) as a dot with a ring and a callout, since its true square
 * is under a pixel wide.
 */
export function heroSvg(
  big: [HeroSum, HeroSum],
  small: HeroSum,
  layout: HeroLayout,
  title: string,
): string {
  const L = LAYOUTS[layout];
  const side = scaleSqrt()
    .domain([0, Math.max(big[0].value, big[1].value)])
    .range([0, L.side]);
  const top = L.label + L.figure + 24;
  const base = top + L.side;
  const sideA = side(big[0].value);
  const sideB = side(big[1].value);
  const xA = 0;
  const xB = sideA + L.gap;
  const smallSide = Math.max(side(small.value), 0.75);
  const xS = xB + sideB + L.gap * 1.25;
  const narrow = layout === 'narrow';
  // the speck's label: beside it on wide screens, under the baseline (right-aligned to it) on
  // phones
  const callout = narrow
    ? { x: xS + 9, y: base + L.label + 14, anchor: 'end' }
    : { x: xS + 18, y: base - L.figure - 10, anchor: 'start' };
  const height = narrow ? callout.y + L.figure + 10 : base + 6;
  const width = narrow ? L.width : xS + 250;
  const text = (x: number, y: number, cls: string, body: string, anchor = 'start') =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" class="${cls}" text-anchor="${anchor}">${escapeXml(body)}</text>`;
  const label = (x: number, width: number, sum: HeroSum, cls: string) => [
    text(x, top - L.figure - 14, 'hero-label', sum.label),
    text(x, top - 10, `hero-figure ${cls}`, sum.text),
    `<rect x="${x.toFixed(1)}" y="${(base - width).toFixed(1)}" width="${width.toFixed(1)}" height="${width.toFixed(1)}" class="hero-square ${cls}"/>`,
  ];
  return [
    `<svg class="hero-svg hero-${layout}" viewBox="0 0 ${width.toFixed(0)} ${height.toFixed(0)}" role="img" aria-labelledby="hero-title-${layout}">`,
    `<title id="hero-title-${layout}">${escapeXml(title)}</title>`,
    `<line x1="0" y1="${base.toFixed(1)}" x2="${(xS + 12).toFixed(1)}" y2="${base.toFixed(1)}" class="hero-base"/>`,
    ...label(xA, sideA, big[0], 'hero-loss'),
    ...label(xB, sideB, big[1], 'hero-plan'),
    `<circle cx="${(xS + smallSide / 2).toFixed(1)}" cy="${(base - smallSide / 2).toFixed(1)}" r="7" class="hero-ring"/>`,
    `<rect x="${xS.toFixed(1)}" y="${(base - smallSide).toFixed(1)}" width="${smallSide.toFixed(2)}" height="${smallSide.toFixed(2)}" class="hero-square hero-run"/>`,
    text(callout.x, callout.y, 'hero-label', small.label, callout.anchor),
    text(callout.x, callout.y + L.figure + 4, 'hero-figure hero-run', small.text, callout.anchor),
    '</svg>',
  ].join('');
}
