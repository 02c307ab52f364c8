/**
 * The share card of a page in an edition: which chart it shows, its texts converted to the
 * edition's script, the address of the site, the colours of the light theme. Build-time.
 */
import { factStore } from '../data/registry.ts';
import chartsCss from '../styles/charts.css?raw';
import tokensCss from '../styles/tokens.css?raw';
import { getChart } from '../charts/index.ts';
import { chartSvg } from '../charts/static-svg.ts';
import { converterFor } from '../editions/convert/converters.ts';
import type { EditionId } from '../editions/editions.ts';
import { SITE_TITLE } from '../config/site.ts';
import { withBase } from '../editions/urls.ts';
import { resolveChartCss, rootTokens } from './chart-css.ts';
import { renderCard } from './render-card.ts';
import type { CardColours } from './card-svg.ts';

/** The file name of a page's share card, next to the page. */
export const CARD_FILE = 'share-card.png';

/** The first chart an MDX chapter shows (`<Scrolly chart="…">` or `<Chart id="…">`), if any. */
export function firstChart(body: string): string | undefined {
  return /<(?:Scrolly\s[^>]*?chart|Chart\s[^>]*?id)="([^"]+)"/.exec(body)?.[1];
}

/** The light theme's colours, from the design tokens. */
function colours(): CardColours {
  const tokens = rootTokens(tokensCss);
  const token = (name: string) => tokens.get(`--color-${name}`) ?? '#000';
  return {
    bg: token('bg'),
    ink: token('ink'),
    muted: token('muted'),
    accent: token('accent'),
    rule: token('rule'),
  };
}

/**
 * The address a card prints: host and sub-path of the published site, without the scheme; none
 * without a public address.
 */
export function siteAddress(site: URL | undefined, base: string): string | undefined {
  if (!site) return undefined;
  const url = new URL(withBase(base, ''), site);
  return `${url.host}${url.pathname}`.replace(/\/$/, '');
}

/**
 * A page's card as PNG: `title`, `kicker` and `masthead` (default: the story's title) in
 * Simplified, converted here; chart `chartId` in its static state.
 */
export async function pageCard(options: {
  edition: EditionId;
  title: string;
  kicker?: string;
  masthead?: string;
  chartId?: string;
  address: string | undefined;
  where: string;
}): Promise<Uint8Array> {
  const { edition, where } = options;
  const convert = (text: string) => converterFor(edition).convert(text);
  const chart =
    options.chartId === undefined
      ? undefined
      : {
          size: getChart(options.chartId, where).sizes.wide,
          svg: chartSvg(options.chartId, factStore(), convert),
          css: resolveChartCss(chartsCss, tokensCss, '.card-chart'),
        };
  const content = {
    masthead: convert(options.masthead ?? SITE_TITLE),
    kicker: options.kicker && convert(options.kicker),
    title: convert(options.title),
    address: options.address,
    chart,
  };
  return renderCard(edition, content, colours(), where);
}

/**
 * The alt text of a page's card (Simplified; the page's conversion turns it into the edition's
 * script).
 */
export function cardAlt(title: string, chartCaption: string | undefined): string {
  return chartCaption ? `分享图：${title}，配图为「${chartCaption}」` : `分享图：${title}`;
}
