/**
 * What is wrong with a book PDF, read as a reader's tools read it (pdf.js, through unpdf): text in
 * the edition's script and only the edition's typefaces embedded; a bookmark for the editor's note
 * and every chapter, each chapter opening on a right-hand (odd) page; the contents giving the page
 * each part starts on; tagged, with title, author and language in its metadata.
 */
import type { EditionId } from '../../src/editions/editions.ts';
import { getEdition } from '../../src/editions/editions.ts';
import { expectedFonts, pdfProblems, readPdf, type PdfContents } from '../pdf-check.ts';
import { faceStacks, postScriptPrefix, type FaceRole } from '../../src/fonts/typefaces.ts';
import { readFace } from '../../src/fonts/coverage.ts';
import { readInfo, readOutline } from './pdf-outline.ts';

/**
 * Fonts that are not the edition's own typefaces: refused, except another edition's typeface in the
 * edition's fallback order drawing only characters the edition's own typeface lacks (the book
 * declares them so, as the site's print does: a Simplified example on the sources page).
 */
export function foreignFontProblems(
  file: string,
  edition: EditionId,
  fonts: PdfContents['fonts'],
): string[] {
  const problems: string[] = [];
  for (const font of fonts) {
    if (expectedFonts(edition).some((prefix) => font.name.startsWith(prefix))) continue;
    const role: FaceRole | undefined = font.name.startsWith('NotoSerif')
      ? 'serif'
      : font.name.startsWith('NotoSans')
        ? 'sans'
        : undefined;
    const stack = faceStacks(edition).find((s) => s.role === role && s.weight === 400);
    const fallback = stack?.faces
      .slice(1)
      .some((f) => font.name.startsWith(f.name.replace(/ /g, '')));
    if (!stack || !fallback) {
      problems.push(`${file}: a font not of the edition: ${font.name}`);
      continue;
    }
    const own = readFace(stack.faces[0]!).covers;
    const needless = [...font.chars].filter((c) => /\S/.test(c) && own.has(c.codePointAt(0)!));
    if (needless.length)
      problems.push(
        `${file}: ${font.name} draws "${needless.join('')}", which ${postScriptPrefix(edition, role!)} has`,
      );
  }
  return problems;
}

/** The problems of the book PDF `file` of `edition` (none: an empty list), each naming the file. */
export async function bookProblems(
  file: string,
  edition: EditionId,
  bytes: Uint8Array,
  chapterTitles: readonly string[],
): Promise<string[]> {
  const contents = await readPdf(bytes.slice());
  const problems = pdfProblems(file, edition, contents);
  problems.push(...foreignFontProblems(file, edition, contents.fonts));
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
