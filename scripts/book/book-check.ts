/**
 * What is wrong with a book PDF, read as a reader's tools read it (pdf.js, through unpdf): text in
 * the edition's script and only the edition's typefaces embedded; a bookmark for the editor's note
 * and every chapter, each chapter opening on a right-hand (odd) page; the contents giving the page
 * each part starts on; tagged, with title, author and language in its metadata.
 */
import type { EditionId } from '../../src/editions/editions.ts';
import { getEdition } from '../../src/editions/editions.ts';
import { expectedFonts, pdfProblems, readPdf } from '../pdf-check.ts';
import { readInfo, readOutline } from './pdf-outline.ts';

/** The problems of the book PDF `file` of `edition` (none: an empty list), each naming the file. */
export async function bookProblems(
  file: string,
  edition: EditionId,
  bytes: Uint8Array,
  chapterTitles: readonly string[],
): Promise<string[]> {
  const contents = await readPdf(bytes.slice());
  const problems = pdfProblems(file, edition, contents);
  const foreign = contents.fonts.filter(
    (f) => !expectedFonts(edition).some((prefix) => f.name.startsWith(prefix)),
  );
  if (foreign.length)
    problems.push(`${file}: fonts not of the edition: ${foreign.map((f) => f.name).join(', ')}`);
  const outline = await readOutline(bytes);
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const contentsPage = outline.find((b) => b.depth <= 1 && b.page === 2);
  const listing = squash(contents.pages[(contentsPage?.page ?? 2) - 1] ?? '');
  for (const title of chapterTitles) {
    const mark = outline.find((b) => b.depth === 0 && b.title === squash(title));
    if (!mark) {
      problems.push(`${file}: no bookmark for the chapter "${title}"`);
      continue;
    }
    if (mark.page % 2 === 0)
      problems.push(`${file}: "${title}" opens on page ${mark.page}, a left-hand page`);
    const listed = new RegExp(`${squash(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(
      listing,
    );
    if (!listed) problems.push(`${file}: the contents do not list "${title}"`);
    else if (Number(listed[1]) !== mark.page)
      problems.push(
        `${file}: the contents give page ${listed[1]} for "${title}", which starts on page ${mark.page}`,
      );
  }
  const info = await readInfo(bytes);
  if (!info.tagged) problems.push(`${file}: not a tagged PDF`);
  if (!info.title) problems.push(`${file}: no title in its metadata`);
  if (!info.author) problems.push(`${file}: no author in its metadata`);
  if (info.language !== getEdition(edition).lang)
    problems.push(
      `${file}: language "${info.language ?? ''}", expected ${getEdition(edition).lang}`,
    );
  return problems;
}
