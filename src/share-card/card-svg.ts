/**
 * A share card (the picture a link preview shows): 1200×630, the story's masthead, the page's
 * kicker and title in the edition's script, set in the site's typefaces, and beside them one of
 * the page's charts in its static state. Build-time, pure: SVG markup for a renderer.
 */
import { escapeXml } from '../marks/render-svg.ts';
import { breakLines, type Measure } from './text-measure.ts';

/** Size of a share card, in px (the Open Graph large image). */
export const CARD = { width: 1200, height: 630 } as const;

/** Colours of the light theme the card is drawn in. */
export interface CardColours {
  bg: string;
  ink: string;
  muted: string;
  accent: string;
  rule: string;
}

/** What a card shows. */
export interface CardContent {
  masthead: string;
  kicker?: string;
  title: string;
  /**
   * The site's public address, printed at the foot (e.g. example.org/stories/deepseek); none for a
   * build without one.
   */
  address?: string;
  /**
   * A chart: its size in its own units, its static state as a standalone `<svg>`, and the
   * stylesheet that colours it (scoped to `.card-chart`).
   */
  chart?: { size: { width: number; height: number }; svg: string; css: string };
}

/** Families the card's text is set in (names inside the font files). */
export interface CardFamilies {
  serif: string;
  sans: string;
}

const PAD = 64;
const CHART = { x: 650, y: 56, width: 494, height: 518 };

/**
 * The largest title size (px) at which the title fits `width` in at most three lines, and its
 * lines.
 */
function fitTitle(
  title: string,
  width: number,
  measure: Measure,
): { size: number; lines: string[] } {
  for (const size of [76, 68, 60, 54, 48, 42]) {
    const lines = breakLines(title, width, size, measure);
    if (lines.length <= 3) return { size, lines };
  }
  return { size: 42, lines: breakLines(title, width, 42, measure).slice(0, 3) };
}

/** The card as SVG markup. `measureTitle` measures with the bold serif that draws the title. */
export function cardSvg(
  content: CardContent,
  families: CardFamilies,
  colours: CardColours,
  measureTitle: Measure,
): string {
  const textWidth =
    (content.chart ? CHART.x - 48 : CARD.width) - PAD * 2 + (content.chart ? PAD : 0);
  const { size, lines } = fitTitle(content.title, textWidth, measureTitle);
  const leading = Math.round(size * 1.22);
  const blockTop = 300 - ((lines.length - 1) * leading) / 2;
  const text = (
    x: number,
    y: number,
    family: string,
    weight: number,
    px: number,
    fill: string,
    body: string,
  ) =>
    `<text x="${x}" y="${Math.round(y)}" font-family="${family}" font-weight="${weight}" font-size="${px}" fill="${fill}">${escapeXml(body)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    content.chart ? `<style>${content.chart.css}</style>` : '',
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${colours.bg}"/>`,
    `<rect width="14" height="${CARD.height}" fill="${colours.accent}"/>`,
    text(PAD, 92, families.sans, 700, 28, colours.ink, content.masthead),
    `<rect x="${PAD}" y="114" width="72" height="4" fill="${colours.accent}"/>`,
    content.kicker
      ? text(PAD, blockTop - size - 18, families.sans, 700, 30, colours.accent, content.kicker)
      : '',
    ...lines.map((line, i) =>
      text(PAD, blockTop + i * leading, families.serif, 700, size, colours.ink, line),
    ),
    `<rect x="${PAD}" y="548" width="${content.chart ? CHART.x - PAD * 2 : CARD.width - PAD * 2}" height="1.5" fill="${colours.rule}"/>`,
    content.address ? text(PAD, 588, families.sans, 400, 24, colours.muted, content.address) : '',
  ];
  if (content.chart) {
    parts.push(
      `<rect x="${CHART.x - 24}" y="${CHART.y - 16}" width="${CHART.width + 40}" height="${CHART.height + 8}" rx="6" fill="#ffffff" stroke="${colours.rule}"/>`,
      `<g class="card-chart"><svg x="${CHART.x}" y="${CHART.y}" width="${CHART.width}" height="${CHART.height - 24}" viewBox="0 0 ${content.chart.size.width} ${content.chart.size.height}">${content.chart.svg}</svg></g>`,
    );
  }
  parts.push('</svg>');
  return parts.filter(Boolean).join('\n');
}
