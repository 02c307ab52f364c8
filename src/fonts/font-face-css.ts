/**
 * The print stylesheet's @font-face rules, under the family names src/styles/tokens.css puts
 * first in the print font stacks. Build-time, pure.
 */

/** One written subset font file and how to declare it. */
export interface WrittenFace {
  family: string;
  weight: number;
  /** File name next to the stylesheet. */
  fileName: string;
  /**
   * For a fallback face: the characters it draws (a CSS unicode-range); absent for a stack's own
   * typeface.
   */
  unicodeRange?: string;
}

/**
 * @font-face rules for the written faces, a stack's own typeface first: CSS checks the faces of a
 * family from the last declared, so a fallback face with its unicode-range draws exactly its
 * characters and is downloaded only for a page that uses one. `font-display: block`: a print
 * never shows a stand-in face.
 */
export function fontFaceCss(faces: readonly WrittenFace[]): string {
  const rules = faces.map(
    ({ family, weight, fileName, unicodeRange }) =>
      `@font-face{font-family:"${family}";font-style:normal;font-weight:${weight};font-display:block;src:url("./${fileName}") format("woff2")${unicodeRange ? `;unicode-range:${unicodeRange}` : ''}}`,
  );
  return `/* The site's own typefaces (Noto, SIL Open Font License 1.1), subset to the characters its pages use; only print uses them. */\n${rules.join('\n')}\n`;
}
