/**
 * The characters a built page can show: its text (headings, prose, SVG labels, the chart states
 * carried in JSON islands, JSON-LD) and the attribute values a reader may see (alt, title,
 * aria-label, placeholder, content). Styles and script code are left out. Build-time, pure.
 */
import { Parser } from 'htmlparser2';

/** Attributes whose values a reader sees or hears, or a printed page shows. */
const shownAttributes = new Set([
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'placeholder',
  'content',
  'value',
  'href',
  'data-pdf-link',
]);

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
  const add = (text: string) => {
    for (const char of text) if (!isInvisible(char)) chars.add(char);
  };
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const code = name === 'style' || (name === 'script' && !/json/.test(attrs.type ?? ''));
        if (code) skip++;
        for (const [key, value] of Object.entries(attrs)) if (shownAttributes.has(key)) add(value);
      },
      ontext(text) {
        if (!skip) add(text);
      },
      onclosetag(name) {
        if (skip && (name === 'style' || name === 'script')) skip--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return new Set([...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!));
}
