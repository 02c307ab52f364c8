/**
 * Reads a PDF's bookmarks (its outline) as a reader's viewer does (pdf.js, through unpdf): each
 * bookmark's title, depth and the page it opens (1-based). Used to number the book's contents and
 * to check the books.
 */
import { getDocumentProxy } from 'unpdf';

/** One bookmark. */
export interface Bookmark {
  title: string;
  depth: number;
  page: number;
}

/** The PDF's metadata fields a library catalogue reads. */
export interface PdfInfo {
  title?: string;
  author?: string;
  language?: string;
  pages: number;
  tagged: boolean;
}

/** The bookmarks of a PDF, flattened in document order. */
export async function readOutline(bytes: Uint8Array): Promise<Bookmark[]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const out: Bookmark[] = [];
  type Item = { title: string; dest: unknown; items: Item[] };
  const walk = async (items: Item[], depth: number) => {
    for (const item of items) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      const ref = Array.isArray(dest) ? dest[0] : undefined;
      const page = ref ? (await pdf.getPageIndex(ref)) + 1 : 0;
      out.push({ title: item.title.replace(/\s+/g, ''), depth, page });
      await walk(item.items ?? [], depth + 1);
    }
  };
  await walk(((await pdf.getOutline()) ?? []) as Item[], 0);
  await pdf.destroy();
  return out;
}

/** Title, author, language, page count and whether the PDF is tagged. */
export async function readInfo(bytes: Uint8Array): Promise<PdfInfo> {
  const pdf = await getDocumentProxy(bytes.slice());
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
  const result = {
    title: info.Title as string | undefined,
    author: info.Author as string | undefined,
    language: info.Language as string | undefined,
    pages: pdf.numPages,
    tagged: Boolean(markInfo?.Marked),
  };
  await pdf.destroy();
  return result;
}
