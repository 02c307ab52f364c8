/**
 * Build time: the table search uses to read a query in any script. For every word of the
 * story (and every glossary term) it takes the Simplified, Taiwan and Hong Kong forms and, per
 * edition, maps each form to that edition's: on zh-TW, 英伟达 and 英偉達 → 輝達, 芯片 → 晶片; on
 * zh-CN, 輝達 → 英伟达, 螢 → 萤. Single characters go in a character map; a word is listed
 * only where its characters alone would not give the edition's form, so the table stays small.
 */
import type { EditionId } from '../editions.ts';
import { rewriteQuery } from '../../client/search-query.ts';

/** One edition's table: words first (longest match), then characters. */
export interface SearchVariants {
  words: Record<string, string>;
  chars: Record<string, string>;
}

/** A word in the three editions' forms. */
export type Forms = Record<EditionId, string>;

const editionIds: readonly EditionId[] = ['zh-cn', 'zh-tw', 'zh-hk'];
const han = /\p{Script=Han}/u;

/** The most frequent target of each source in counted pairs. */
function mostFrequent(counts: Map<string, Map<string, number>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [source, targets] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [best] = [...targets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (best !== source) out[source] = best;
  }
  return out;
}

function count(map: Map<string, Map<string, number>>, from: string, to: string, n = 1): void {
  const targets = map.get(from) ?? new Map<string, number>();
  targets.set(to, (targets.get(to) ?? 0) + n);
  map.set(from, targets);
}

/** Builds each edition's table from the forms of the story's words (with how often each occurs). */
export function buildSearchVariants(
  words: readonly { forms: Forms; weight: number }[],
): Record<EditionId, SearchVariants> {
  const out = {} as Record<EditionId, SearchVariants>;
  for (const edition of editionIds) {
    const chars = new Map<string, Map<string, number>>();
    for (const { forms, weight } of words) {
      const target = Array.from(forms[edition]);
      for (const other of editionIds) {
        const source = Array.from(forms[other]);
        if (source.length !== target.length) continue;
        source.forEach((c, i) => {
          if (han.test(c)) count(chars, c, target[i]!, weight);
        });
      }
    }
    const charMap = mostFrequent(chars);
    // target characters map to themselves (a Traditional character that is also a Simplified one)
    for (const { forms } of words)
      for (const c of forms[edition]) if (charMap[c] !== undefined) delete charMap[c];
    const wordCounts = new Map<string, Map<string, number>>();
    const table = { words: {}, chars: charMap };
    for (const { forms, weight } of words) {
      for (const other of editionIds) {
        const key = forms[other];
        if (key === forms[edition] || Array.from(key).length < 2) continue;
        count(wordCounts, key, forms[edition], weight);
      }
    }
    const wordMap: Record<string, string> = {};
    for (const [key, value] of Object.entries(mostFrequent(wordCounts)))
      if (rewriteQuery(key, table) !== value) wordMap[key] = value;
    out[edition] = { words: wordMap, chars: charMap };
  }
  return out;
}
