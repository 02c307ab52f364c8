/**
 * Text measures for chart layout at build time (no font is loaded there): an estimate of a label's
 * width, where a line sits when centred on a point, line breaking, and the check that a dataset's text
 * fits its room.
 */

/** Estimated rendered width of `text` in em: CJK and full-width characters 1, Latin and digits 0.62. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x20) em += 0.3;
    else if (code === 0x2212) em += 0.62;
    else if (code < 0x2000) em += 0.62;
    else em += 1;
  }
  return em;
}

/** The baseline of a line of `font` units whose middle is at `cy`. */
export function middleY(cy: number, font: number): number {
  return cy + font * 0.35;
}

/** Throws "file: field: "text" is too long …" when `text` at `font` is wider than `room` units. */
export function assertFits(text: string, font: number, room: number, where: string): void {
  if (textWidthEm(text) * font > room) {
    throw new Error(`${where}: "${text}" is too long for the chart (at most ${Math.floor(room / font)} Chinese characters)`);
  }
}

/**
 * `content` in lines that fit `room` units at `font`: broken after a comma (，、) or before an opening bracket
 * where one falls in the line, else where it is full. Measured at whole-unit advances, as Chromium sets CJK on a phone.
 */
export function wrapText(content: string, font: number, room: number): string[] {
  const chars = [...content];
  let fit = chars.length;
  while (fit > 1 && textWidthEm(chars.slice(0, fit).join('')) * Math.ceil(font) > room) fit--;
  const cut = fit === chars.length ? fit : (Array.from({ length: fit - 1 }, (_, i) => fit - i).find((i) => '，、'.includes(chars[i - 1]!) || chars[i] === '（') ?? fit);
  return cut === chars.length ? [content] : [chars.slice(0, cut).join(''), ...wrapText(chars.slice(cut).join(''), font, room)];
}
