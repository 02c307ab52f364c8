/**
 * The cover's hero graphic: the story's three sums as squares on one area scale (d3-scale's
 * square-root scale, so area, not side, is proportional to money): NVIDIA's loss of one day,
 * Stargate's four-year plan, and DeepSeek-V3's final training run, a speck beside them. Drawn with
 * the chart kit (its geometry, mark builders and the marks renderer), at build time, once per width
 * class (the cover shows the phone layout below 640 px, where its single column is a phone's, and
 * the wide one above: src/styles/cover.css). Pure; the page converts its text for each edition.
 */
import { escapeXml, renderMarks, viewBox } from '../marks/render-svg.ts';
import type { ChartSize, Mark, WidthClass } from '../marks/types.ts';
import { circle, defineGeometry, line, rect, scaleSqrt, text } from '../charts/kit/index.ts';

/** One sum: what it is, its value in dollars and its text as readers see it ("约5890亿美元"). */
export interface HeroSum {
  label: string;
  value: number;
  text: string;
}

/**
 * The hero's geometry per width class (kit/geometry.ts): the largest square's side, the gap between
 * squares, the labels' and figures' sizes (a figure is a headline number, set apart), the speck's
 * ring. The wide layout is the base enlarged; the phone's is its own override, 360 units wide.
 */
export const HERO_GEOMETRY = defineGeometry(
  {
    frame: { width: 550, height: 0 },
    side: 187.5,
    gap: 25,
    type: { label: 14 },
    figure: 19,
    ring: 7,
    // the speck's callout: how far right of the speck it starts, how wide the wide layout keeps it
    callout: { dx: 18, room: 250 },
  },
  {
    keep: ['figure', 'ring', 'callout'],
    phone: { frame: { width: 360 }, side: 150, gap: 18, type: { label: 14 }, figure: 19 },
    wide: { type: { label: 16 }, figure: 26 },
  },
);

/** The hero's marks and frame for one width class. */
export function heroMarks(
  big: [HeroSum, HeroSum],
  small: HeroSum,
  widthClass: WidthClass,
): { frame: ChartSize; marks: Mark[] } {
  const g = HERO_GEOMETRY[widthClass];
  const [label, figure] = [g.type.label, g.figure];
  const side = scaleSqrt()
    .domain([0, Math.max(big[0].value, big[1].value)])
    .range([0, g.side]);
  const top = label + figure + 24;
  const base = top + g.side;
  const [sideA, sideB] = [side(big[0].value), side(big[1].value)];
  const xB = sideA + g.gap;
  const smallSide = Math.max(side(small.value), 0.75);
  const xS = xB + sideB + g.gap * 1.25;
  const phone = widthClass === 'phone';
  // the speck's label: beside it on wide screens, under the baseline (right-aligned to it) on phones
  const callout = phone
    ? { x: xS + 9, y: base + label + 14, anchor: 'end' as const }
    : { x: xS + g.callout.dx, y: base - figure - 10, anchor: 'start' as const };
  const frame = {
    width: phone ? g.frame.width : Math.round(xS + g.callout.room),
    height: Math.round(phone ? callout.y + figure + 10 : base + 6),
  };
  const sum = (key: string, x: number, width: number, s: HeroSum, cls: string): Mark[] => [
    text(`${key}-label`, s.label, x, top - figure - 14, { size: label, cls: 'hero-label' }),
    text(`${key}-figure`, s.text, x, top - 10, { size: figure, cls: `hero-figure ${cls}` }),
    rect(`${key}-square`, { x, y: base - width, width, height: width }, `hero-square ${cls}`),
  ];
  return {
    frame,
    marks: [
      line('base', 0, base, xS + 12, base, 'hero-base'),
      ...sum('loss', 0, sideA, big[0], 'hero-loss'),
      ...sum('plan', xB, sideB, big[1], 'hero-plan'),
      circle('run-ring', xS + smallSide / 2, base - smallSide / 2, g.ring, 'hero-ring'),
      rect(
        'run-square',
        { x: xS, y: base - smallSide, width: smallSide, height: smallSide },
        'hero-square hero-run',
      ),
      text('run-label', small.label, callout.x, callout.y, {
        size: label,
        cls: 'hero-label',
        anchor: callout.anchor,
      }),
      text('run-figure', small.text, callout.x, callout.y + figure + 4, {
        size: figure,
        cls: 'hero-figure hero-run',
        anchor: callout.anchor,
      }),
    ],
  };
}

/** The hero as SVG for one width class, drawn by the marks renderer (src/marks/render-svg.ts). */
export function heroSvg(
  big: [HeroSum, HeroSum],
  small: HeroSum,
  widthClass: WidthClass,
  title: string,
): string {
  const { frame, marks } = heroMarks(big, small, widthClass);
  const id = `hero-title-${widthClass}`;
  return [
    `<svg class="hero-svg hero-${widthClass}" viewBox="${viewBox(frame)}" role="img" aria-labelledby="${id}">`,
    `<title id="${id}">${escapeXml(title)}</title>`,
    renderMarks(marks),
    '</svg>',
  ].join('');
}
