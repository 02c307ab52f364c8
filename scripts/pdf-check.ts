/**
 * Reads a PDF the way a reader's PDF viewer does (pdf.js, through unpdf) and says what is wrong
 * with it: no extractable text in its edition's script, or no embedded font of the edition's
 * typeface (a PDF printed without the site's fonts shows empty boxes and has no Chinese text).
 * Used by `npm run pdf` and the PDF tests.
 */
import { getDocumentProxy } from 'unpdf';
import type { EditionId } from '../src/editions/editions.ts';
import { readsInScript, scriptProfile } from '../src/editions/check/script-profile.ts';
import { postScriptPrefix } from '../src/fonts/typefaces.ts';

/** A loopback address in text or a link: what a reader's copy must never show. */
const LOOPBACK = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/i;

/** What a PDF holds: its text page by page and the fonts that draw it. */
export interface PdfContents {
  pages: string[];
  /** PostScript names of the fonts that draw text, whether the PDF embeds them, and the characters each draws. */
  fonts: { name: string; embedded: boolean; chars: string }[];
  /** The addresses its links open (link annotations with a URL). */
  links: string[];
}

/** The text and fonts of a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const pdf = await getDocumentProxy(bytes);
  const pages: string[] = [];
  const fonts = new Map<string, { embedded: boolean; chars: Set<string> }>();
  const links = new Set<string>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    for (const annotation of (await page.getAnnotations()) as { url?: string }[])
      if (annotation.url) links.add(annotation.url);
    const content = await page.getTextContent();
    await page.getOperatorList();
    const items = content.items.filter((item) => 'str' in item);
    pages.push(items.map((item) => item.str).join(''));
    for (const item of items) {
      if (!page.commonObjs.has(item.fontName)) continue;
      const font = page.commonObjs.get(item.fontName) as {
        name?: string;
        missingFile?: boolean;
        isType3Font?: boolean;
      };
      // a Type 3 font is glyphs drawn as paths (Chromium writes one for stroked text): listed, so a test can refuse it
      const name = font.isType3Font
        ? 'Type 3 (glyphs drawn as paths)'
        : font.name?.replace(/^[A-Z]{6}\+/, '');
      if (!name) continue;
      const entry = fonts.get(name) ?? { embedded: !font.missingFile, chars: new Set<string>() };
      for (const char of item.str) entry.chars.add(char);
      fonts.set(name, entry);
    }
  }
  await pdf.destroy();
  return {
    pages,
    fonts: [...fonts].map(([name, { embedded, chars }]) => ({
      name,
      embedded,
      chars: [...chars].join(''),
    })),
    links: [...links],
  };
}

/** The edition's typefaces a PDF should embed, as PostScript name prefixes (e.g. NotoSerifHK). */
export function expectedFonts(edition: EditionId): string[] {
  return [postScriptPrefix(edition, 'serif'), postScriptPrefix(edition, 'sans')];
}

/** What is wrong with a PDF of `edition` (nothing: an empty list), each naming `file`. */
export function pdfProblems(file: string, edition: EditionId, contents: PdfContents): string[] {
  const problems: string[] = [];
  const text = contents.pages.join('');
  if (!readsInScript(text, edition)) {
    const { han, simplifiedOnly, traditionalOnly } = scriptProfile(text);
    problems.push(
      `${file}: no extractable Chinese text in the ${edition} script (${han} Han characters: ${simplifiedOnly} Simplified-only, ${traditionalOnly} Traditional-only)`,
    );
  }
  const embedded = contents.fonts.filter((f) => f.embedded).map((f) => f.name);
  if (!expectedFonts(edition).some((prefix) => embedded.some((name) => name.startsWith(prefix)))) {
    problems.push(
      `${file}: no embedded font of the ${edition} typeface (${expectedFonts(edition).join(' or ')}); embedded: ${embedded.join(', ') || 'none'}`,
    );
  }
  return problems;
}

/** What is wrong with the addresses of a PDF made to hand out (nothing: an empty list): a loopback address shown or linked, naming `file`. */
export function addressProblems(file: string, contents: PdfContents): string[] {
  const local = [contents.pages.join(''), ...contents.links]
    .map((t) => LOOPBACK.exec(t)?.[0])
    .find(Boolean);
  return local ? [`${file}: shows or links a loopback address (${local})`] : [];
}
