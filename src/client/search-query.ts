/**
 * Client: reads a search query in the page's edition. The table (built with the site, see
 * src/editions/search/search-variants.ts, loaded only when search opens) maps the story's words in
 * any script or region to the page's forms: on zh-TW, 英伟达 → 輝達, 芯片 → 晶片, 萤火 → 螢火.
 * Pure; no conversion library.
 */

/** A table as the build writes it: words (longest match first), then characters. */
export interface QueryTable {
  words: Record<string, string>;
  chars: Record<string, string>;
}

/** The longest word key's length in code points, per table (cached). */
const longest = new WeakMap<QueryTable, number>();

/**
 * Rewrites a query into the page's forms: the longest listed word at each position, else the
 * character.
 */
export function rewriteQuery(query: string, table: QueryTable): string {
  let max = longest.get(table);
  if (max === undefined) {
    max = Math.max(1, ...Object.keys(table.words).map((k) => Array.from(k).length));
    longest.set(table, max);
  }
  const chars = Array.from(query);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    let taken = 0;
    for (let n = Math.min(max, chars.length - i); n >= 2; n--) {
      const word = table.words[chars.slice(i, i + n).join('')];
      if (word !== undefined) {
        out += word;
        taken = n;
        break;
      }
    }
    if (taken === 0) {
      out += table.chars[chars[i]!] ?? chars[i]!;
      taken = 1;
    }
    i += taken;
  }
  return out;
}
