/**
 * Word segmentation of Simplified text, from jieba's dictionary (via @node-rs/jieba) with
 * the glossary's terms and word list added, so that conversion never takes a phrase across
 * a word boundary. Build time only (a native module).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Splits text into word lengths, in code points, covering the whole text. */
export type Segmenter = (text: string) => number[];

/** A frequency high enough that an added word beats the dictionary's own splits around it. */
const addedWordFrequency = 100_000;

/** Builds a segmenter that also knows `words` (glossary terms, the project word list). */
export function createSegmenter(words: readonly string[]): Segmenter {
  const jieba = Jieba.withDict(dict);
  const extra = [...new Set(words)].filter((w) => /^\S+$/.test(w) && Array.from(w).length > 1);
  if (extra.length > 0)
    jieba.loadDict(Buffer.from(extra.map((w) => `${w} ${addedWordFrequency}`).join('\n')));
  return (text) => {
    if (text.length === 0) return [];
    const lengths = jieba.cut(text, false).flatMap((w) => {
      const length = Array.from(w).length;
      // jieba's dictionary glues the locative 里 to the noun before it (馆里, 卡里, 数里), so a
      // phrase ending on that noun (面馆) would be cut; 里 stands as a word of its own
      return length > 1 && w.endsWith('里') ? [length - 1, 1] : [length];
    });
    const total = lengths.reduce((a, b) => a + b, 0);
    // jieba covers every character; if it ever did not, every character becomes a word (no guard)
    return total === Array.from(text).length ? lengths : Array.from(text).map(() => 1);
  };
}
