/**
 * Does a typeface draw every character a page uses? A character it lacks would print as an
 * empty box, so the build stops naming the character and the pages that use it. Build-time.
 */
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { facePath, type Face } from './typefaces.ts';

/** The code points a font file has glyphs for. */
export function fontCodePoints(font: Uint8Array): Set<number> {
  return new Set(new hb.Face(new hb.Blob(font)).collectUnicodes());
}

const read = new Map<string, { bytes: Buffer; covers: Set<number> }>();

/** A carried face's font file and the code points it covers, read once per process. */
export function readFace(face: Pick<Face, 'file'>): { bytes: Buffer; covers: Set<number> } {
  let entry = read.get(face.file);
  if (!entry) {
    const bytes = readFileSync(facePath(face));
    entry = { bytes, covers: fontCodePoints(bytes) };
    read.set(face.file, entry);
  }
  return entry;
}

/** A character a typeface lacks, with the pages that use it. */
export interface MissingGlyph {
  char: string;
  pages: string[];
}

/** The characters of `pages` (page name → characters) that `covered` lacks, each with its pages. */
export function missingGlyphs(
  pages: Map<string, Set<string>>,
  covered: Set<number>,
): MissingGlyph[] {
  const missing = new Map<string, string[]>();
  for (const [page, chars] of pages) {
    for (const char of chars) {
      if (covered.has(char.codePointAt(0)!)) continue;
      missing.set(char, [...(missing.get(char) ?? []), page]);
    }
  }
  return [...missing].map(([char, pages]) => ({ char, pages }));
}

/** A message naming each missing character (with its code point) and the pages that use it. */
export function describeMissing(typeface: string, missing: MissingGlyph[]): string {
  const lines = missing.map(({ char, pages }) => {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `  "${char}" (${code}) on ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ` and ${pages.length - 5} more` : ''}`;
  });
  return `${typeface} has no glyph for ${missing.length} character(s) the pages use (they would print as empty boxes):\n${lines.join('\n')}`;
}
