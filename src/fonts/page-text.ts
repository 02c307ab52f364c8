/**
 * The characters a built page can show: every text a reader sees as src/editions/reader-text.ts
 * defines it (headings, prose, code, SVG labels, the chart states carried in JSON islands, JSON-LD,
 * the attributes read aloud and the meta texts), with the attributes a printed page shows. Styles
 * and script code are left out. Build-time, pure.
 */
import { readerTexts } from '../editions/reader-text.ts';

/**
 * Characters no typeface needs to draw: controls, the byte-order mark, zero-width joiners and
 * spaces.
 */
export function isInvisible(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2060
  );
}

/** The distinct visible characters of an HTML document, in code point order. */
export function pageCharacters(html: string): Set<string> {
  const chars = new Set<string>();
  for (const { text } of readerTexts(html, { printed: true }))
    for (const char of text) if (!isInvisible(char)) chars.add(char);
  return new Set([...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!));
}
