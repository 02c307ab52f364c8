/**
 * Words that speak of how the story was made rather than of the story: a reader never
 * sees the "seed" articles as such, the site's own name for itself, or its registry.
 * Pure; the MDX check and the data checks call it and name the file where a word sits.
 */

/** The words no page may show. */
export const SITE_WORDS: readonly string[] = ['种子', '本站', '登记表', '勘误页'];

/** Every site word in `text`, with its offset, in order. */
export function findSiteWords(text: string): { word: string; index: number }[] {
  const found: { word: string; index: number }[] = [];
  for (const word of SITE_WORDS) {
    for (
      let index = text.indexOf(word);
      index !== -1;
      index = text.indexOf(word, index + word.length)
    )
      found.push({ word, index });
  }
  return found.sort((a, b) => a.index - b.index);
}
