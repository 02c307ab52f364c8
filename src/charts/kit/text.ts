/**
 * Text measures for chart layout at build time (no font is loaded there): an estimate of a label's
 * width, where a line sits when centred on a point, line breaking, and the check that a dataset's
 * text fits its room.
 */

/**
 * Whether a character is set full width (CJK, full-width punctuation), not as Latin, a digit or a
 * space.
 */
const isWide = (code: number): boolean => code >= 0x2000 && code !== 0x2212;

/**
 * Estimated rendered width of `text` set at `font` units: Latin and digits 0.62 em, a space 0.3 em,
 * and CJK and full-width characters one whole unit per character at least a font size wide, because
 * a browser sets CJK on whole-pixel advances (12.5-unit type takes 13 px a character on a phone).
 */
export function textWidth(text: string, font: number): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code === 0x20 ? 0.3 * font : isWide(code) ? Math.ceil(font) : 0.62 * font;
  }
  return width;
}

/** The baseline of a line of `font` units whose middle is at `cy`. */
export function middleY(cy: number, font: number): number {
  return cy + font * 0.35;
}

/**
 * Throws "file: field: "text" is too long …" when `text` at `font` is wider than `room` units, or,
 * given `lines`, when it takes more than that many lines of `room` (broken as wrapText breaks).
 */
export function assertFits(
  text: string,
  font: number,
  room: number,
  where: string,
  lines?: number,
): void {
  const most = `${Math.floor(room / Math.ceil(font))} Chinese characters`;
  if (
    lines === undefined ? textWidth(text, font) > room : wrapText(text, font, room).length > lines
  )
    throw new Error(
      lines === undefined
        ? `${where}: "${text}" is too long for the chart (at most ${most})`
        : `${where}: "${text}" is too long for the chart (at most ${lines} line(s) of ${most})`,
    );
}

/**
 * `content` in lines that fit `room` units at `font`: broken after a comma (，、) or before an
 * opening bracket where one falls in the line, else where it is full.
 */
export function wrapText(content: string, font: number, room: number): string[] {
  const chars = [...content];
  let fit = chars.length;
  while (fit > 1 && textWidth(chars.slice(0, fit).join(''), font) > room) fit--;
  const cut =
    fit === chars.length
      ? fit
      : (Array.from({ length: fit - 1 }, (_, i) => fit - i).find(
          (i) => '，、'.includes(chars[i - 1]!) || chars[i] === '（',
        ) ?? fit);
  return cut === chars.length
    ? [content]
    : [chars.slice(0, cut).join(''), ...wrapText(chars.slice(cut).join(''), font, room)];
}
