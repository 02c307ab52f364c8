/**
 * Reading time of Chinese prose: about 400 characters a minute for long-form reading.
 */

/** Counts Han characters and Latin words of a text. */
export function countReadable(text: string): number {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff]/g, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return han + words;
}

/** Minutes to read a text (at least 1). */
export function readingMinutes(text: string, perMinute = 400): number {
  return Math.max(1, Math.round(countReadable(text) / perMinute));
}
