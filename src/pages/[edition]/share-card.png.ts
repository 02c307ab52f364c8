/**
 * The cover's share card in one edition (also the og:image of the frame pages): 1200×630 PNG drawn
 * at build time.
 */
import type { APIRoute } from 'astro';
import { editions, type EditionId } from '../../editions/editions.ts';
import { COVER_CARD_CHART, SITE_TITLE } from '../../config/site.ts';
import { pageCard, siteAddress } from '../../share-card/page-card.ts';
import { BASE } from '../../editions/site-href.ts';

/** One card per edition. */
export function getStaticPaths() {
  return editions.map((e) => ({ params: { edition: e.id } }));
}

/** The card as PNG. */
export const GET: APIRoute = async ({ params, site }) => {
  const png = await pageCard({
    edition: params.edition as EditionId,
    title: SITE_TITLE,
    masthead: '长篇特稿',
    chartId: COVER_CARD_CHART,
    address: siteAddress(site, BASE),
    where: 'the cover (src/config/site.ts)',
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
