/**
 * Word segmentation of Simplified text, from jieba's dictionary (via @node-rs/jieba) with
 * the glossary's terms and word list added, so that conversion never takes a phrase across
 * a word boundary; and jieba's part-of-speech tagger (with its HMM for words the dictionary
 * lacks), which finds names and places. Build time only (a native module).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { TaggedWord } from './names.ts';

/** Splits text into word lengths, in code points, covering the whole text. */
export type Segmenter = (text: string) => number[];

/** Cuts text into tagged words (jieba's tags: nr person, ns place, x unknown …). */
export type Tagger = (text: string) => TaggedWord[];

/** A frequency high enough that an added word beats the dictionary's own splits around it. */
const addedWordFrequency = 100_000;

function jiebaWith(words: readonly string[]): Jieba {
  const jieba = Jieba.withDict(dict);
  const extra = [...new Set(words)].filter((w) => /^\S+$/.test(w) && Array.from(w).length > 1);
  // added words are common nouns to the tagger (n), so that none reads as an unknown name
  if (extra.length > 0)
    jieba.loadDict(Buffer.from(extra.map((w) => `${w} ${addedWordFrequency} n`).join('\n')));
  return jieba;
}

/** Builds a segmenter that also knows `words` (glossary terms, the project word list). */
export function createSegmenter(words: readonly string[]): Segmenter {
  const jieba = jiebaWith(words);
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

/** Builds a tagger that also knows `words` (as common nouns) and `names` (as people's names). */
export function createTagger(words: readonly string[], names: readonly string[] = []): Tagger {
  const jieba = jiebaWith(words);
  const people = [...new Set(names)].filter((w) => /^\S+$/.test(w));
  if (people.length > 0)
    jieba.loadDict(Buffer.from(people.map((w) => `${w} ${addedWordFrequency} nr`).join('\n')));
  return (text) => (text.length === 0 ? [] : jieba.tag(text, true));
}
