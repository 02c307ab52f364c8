/**
 * Build-time: a hedge word written before a figure that already carries one. An approximate fact is
 * formatted with its own 约 (src/utils/format-number.ts), so 「约<Fact …/>」 or 「接近<Fact …/>」
 * would read 「约约5890亿美元」 or 「接近约1.6万块」. The MDX check stops the build naming file and
 * line; templates use `hedgedFigure`, which never doubles the hedge. Pure.
 */

/** Words that hedge the figure after them. */
const HEDGE = /(约|大约|大概|接近|将近|近)$/;

/** The hedge word `text` ends with, if any. */
export function trailingHedge(text: string): string | undefined {
  return HEDGE.exec(text.trimEnd())?.[1];
}

/**
 * A figure with a hedge word before it, unless the figure carries its own 约 (then the figure
 * alone).
 */
export function hedgedFigure(hedge: string, figure: string): string {
  return figure.startsWith('约') ? figure : `${hedge}${figure}`;
}

/** Why `hedge` + an approximate fact reads wrong, for an error message. */
export function doubleHedgeMessage(hedge: string, factId: string, figure: string): string {
  return `「${hedge}<Fact id="${factId}" />」 would read 「${hedge}${figure}」: the figure already carries 约 (drop 「${hedge}」, or make the fact exact)`;
}
