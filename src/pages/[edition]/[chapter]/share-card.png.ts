/**
 * A chapter's share card in one edition (the og:image of its page): 1200×630 PNG drawn at build
 * time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editions, type EditionId } from '../../../editions/editions.ts';
import { getChapters, chapterSlug, type Chapter } from '../../../story/chapters.ts';
import { firstChart, pageCard, siteAddress } from '../../../share-card/page-card.ts';
import { BASE } from '../../../editions/site-href.ts';

/** One card per chapter per edition. */
export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  return editions.flatMap((e) =>
    chapters.map((chapter) => ({
      params: { edition: e.id, chapter: chapterSlug(chapter.id) },
      props: { chapter },
    })),
  );
};

/** The card as PNG. */
export const GET: APIRoute = async ({ params, props, site }) => {
  const chapter = props.chapter as Chapter;
  const png = await pageCard({
    edition: params.edition as EditionId,
    title: chapter.data.title,
    kicker: chapter.data.kicker,
    chartId: firstChart(chapter.body ?? ''),
    address: siteAddress(site, BASE),
    where: `content/chapters/${chapter.id}.mdx`,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
