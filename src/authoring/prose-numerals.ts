/**
 * Arabic numerals in chapter prose. Every figure, date and count a reader sees in the
 * running text comes from the facts registry through <Fact>, so a digit typed into prose
 * is a figure without a source. Digits that belong to a name are allowed: a Latin-lettered
 * product or model name (H800, V3, GPT-4o, o3-mini) and a short list of names that start
 * with a digit or hold a space (标普500, 3FS, Llama 3.1). Pure.
 */

/** Names with digits that are not figures; longest first so "Llama 3.1" wins over "Llama 3". */
export const NAMES_WITH_DIGITS: readonly string[] = [
  'Claude 3.5 Sonnet',
  'Llama 3.1 405B',
  'Llama 3 405B',
  'Llama 3.1',
  'Llama 3',
  '标普500',
  '3FS',
];

/**
 * A Latin-lettered name with digits in it: H800, V3, R1-Zero, GPT-4o, Qwen2.5, o3-mini, MATH-500.
 */
const LATIN_NAME = /[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*/g;

/** Each Arabic numeral in `text` that is not part of a name: the digits and their offset. */
export function findProseNumerals(text: string): { numeral: string; index: number }[] {
  let masked = text;
  const blank = (start: number, length: number) => {
    masked = masked.slice(0, start) + ' '.repeat(length) + masked.slice(start + length);
  };
  for (const name of NAMES_WITH_DIGITS) {
    for (let i = masked.indexOf(name); i !== -1; i = masked.indexOf(name, i + name.length))
      blank(i, name.length);
  }
  for (const match of masked.matchAll(LATIN_NAME)) blank(match.index, match[0].length);
  return [...masked.matchAll(/[0-9０-９]+(?:[.,][0-9]+)*/g)].map((m) => ({
    numeral: m[0],
    index: m.index,
  }));
}
