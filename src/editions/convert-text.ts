/**
 * Simplified → Traditional conversion for one edition, built from opencc-js's own
 * dictionaries with the project glossary injected into them: glossary terms are cut out
 * first (they win over any OpenCC phrase that overlaps them), the rest is segmented with
 * OpenCC's phrase dictionary, and every segment goes through OpenCC's chain, whose first
 * stage holds the glossary's forms and whose later stages keep them unchanged. Converts a run of text split into pieces (the text nodes of one
 * block) as a whole and hands each piece its share of the result, so that markup inside
 * a word (头<em>发</em>) does not break the word. Build-time only.
 */
import { Trie } from 'opencc-js/core';
import CJKCompat from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STPhrases from 'opencc-js/dict/STPhrases';
import STGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import { termForm, type GlossaryTerm, type TraditionalEdition } from './glossary-schema.ts';

type Dict = string | [string, string][];

/** OpenCC's own chains: s2twp for Taiwan (with Taiwan vocabulary), s2hk for Hong Kong. */
const chains: Record<TraditionalEdition, Dict[][]> = {
  'zh-tw': [[STPhrases, STGenerated, STCharacters], [TWPhrases, TWVariantsPhrases, TWVariants]],
  'zh-hk': [[STPhrases, STGenerated, STCharacters], [HKVariantsPhrases, HKVariants]],
};

const quotes: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/** Converts runs of text for one edition. */
export interface TextConverter {
  /** Converts one string. */
  convert(text: string): string;
  /** Converts pieces that read as one run of text; returns one string per piece. */
  convertPieces(pieces: readonly string[]): string[];
}

function trieOf(group: Dict[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(group);
  return trie;
}

/** Length of the code point at i, in UTF-16 units. */
function cpLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/**
 * Builds the converter of a Traditional edition (s2twp for zh-tw, s2hk for zh-hk, as
 * opencc-js runs them) with the glossary injected; `quotes` turns “‘’” into 「『』」.
 */
export function createTextConverter(edition: TraditionalEdition, glossary: readonly GlossaryTerm[], options: { quotes?: boolean } = {}): TextConverter {
  const pairs: [string, string][] = [];
  for (const term of glossary) {
    const target = termForm(term, edition);
    if (target !== undefined) pairs.push([term.cn, target]);
  }
  const keepTargets: [string, string][] = pairs.map(([, target]) => [target, target]);
  const [first, ...rest] = chains[edition];
  const normalize = trieOf([CJKCompat]);
  const glossaryTrie = trieOf([pairs]);
  const segmentation = trieOf([STPhrases, STGenerated]);
  const stages = [trieOf([pairs, ...first!]), ...rest.map((group) => trieOf([keepTargets, ...group]))];
  const convertQuotes = options.quotes ?? true;

  const convertSegment = (segment: string): string => stages.reduce((text, trie) => trie.convert(text), segment);
  const finish = (text: string): string => (convertQuotes ? text.replace(/[“”‘’]/g, (q) => quotes[q]!) : text);

  function convertPieces(input: readonly string[]): string[] {
    const pieces = input.map((p) => normalize.convert(p));
    const text = pieces.join('');
    // owner[i] = index of the piece that holds UTF-16 unit i
    const owner: number[] = [];
    pieces.forEach((p, k) => {
      for (let i = 0; i < p.length; i++) owner.push(k);
    });
    const out = pieces.map(() => '');
    let i = 0;
    while (i < text.length) {
      const term = glossaryTrie.matchPrefix(text, i);
      let end: number;
      if (term) {
        end = term.end;
      } else {
        const phrase = segmentation.matchPrefix(text, i);
        if (phrase) {
          end = phrase.end;
          // a glossary term starting inside the phrase wins over it
          for (let j = i + cpLength(text, i); j < end; j += cpLength(text, j)) {
            if (glossaryTrie.matchPrefix(text, j)) {
              end = j;
              break;
            }
          }
        } else {
          // an unmatched run, kept inside one piece
          end = i + cpLength(text, i);
          while (end < text.length && owner[end] === owner[i] && !segmentation.matchPrefix(text, end) && !glossaryTrie.matchPrefix(text, end)) end += cpLength(text, end);
        }
      }
      distribute(convertSegment(text.slice(i, end)), text, i, end, owner, out);
      i = end;
    }
    return out.map(finish);
  }

  return {
    convert: (text) => convertPieces([text])[0]!,
    convertPieces,
  };
}

/**
 * Hands the converted text of source units [start, end) to the pieces that held them:
 * code point by code point when the length is unchanged, in proportion otherwise.
 */
function distribute(result: string, text: string, start: number, end: number, owner: number[], out: string[]): void {
  const first = owner[start]!;
  if (owner[end - 1] === first) {
    out[first] += result;
    return;
  }
  const sourceOwners: number[] = [];
  for (let i = start; i < end; i += cpLength(text, i)) sourceOwners.push(owner[i]!);
  const chars = Array.from(result);
  chars.forEach((char, k) => {
    const at = chars.length === sourceOwners.length ? k : Math.floor((k * sourceOwners.length) / chars.length);
    out[sourceOwners[at]!] += char;
  });
}
