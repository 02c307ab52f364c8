/**
 * A chapter's print stylesheet: the running title on every printed page, in the edition's
 * script and typeface, and the page numbers in the same face. (A stylesheet of its own keeps the
 * page free of inline styles for the CSP.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../../editions/editions.ts';
import { converterFor } from '../../../editions/convert/converters.ts';
import { getChapters, chapterSlug } from '../../../story/chapters.ts';
import { printFamily } from '../../../fonts/typefaces.ts';
import type { EditionId } from '../../../editions/editions.ts';

/** One stylesheet per chapter per edition. */
export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  return editions.flatMap((e) =>
    chapters.map((c) => ({
      params: { edition: e.id, chapter: chapterSlug(c.id) },
      props: { title: c.data.title },
    })),
  );
};

/** The @page rule with the chapter's title. */
export const GET: APIRoute = ({ params, props }) => {
  const title = converterFor(params.edition!)
    .convert(String(props.title))
    .replace(/["\\]/g, '\\$&');
  const font = `font-family: "${printFamily(params.edition as EditionId, 'sans')}", sans-serif`;
  const css = `@page { @top-center { content: "${title}"; ${font}; font-size: 9pt; color: #444; } @bottom-center { ${font}; } }\n@page :first { @top-center { content: none; } }\n`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
