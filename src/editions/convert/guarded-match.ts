/**
 * Maximum matching that respects word boundaries: the step OpenCC takes at every stage of
 * its chain (take the longest dictionary phrase at each position), except that a phrase may
 * not start or end inside a word of the segmentation. That one rule fixes, as a class, the
 * phrases OpenCC takes across a word boundary: 头发|生 in 念头发生, 参与制|造, 了如|何,
 * 写明了 (明了), 不复|杂. Text is handled as code points, each with the piece (text node)
 * it came from, so that markup inside a word keeps the word whole.
 */

/**
 * A dictionary of one stage: phrase → replacement, and the longest key starting with a character,
 * in code points.
 */
export interface Dictionary {
  get(key: string): string | undefined;
  longestFrom(first: string): number;
}

/** Text on its way through the stages. */
export interface Run {
  /** One code point each. */
  chars: string[];
  /** owner[k]: the piece chars[k] belongs to. */
  owner: number[];
  /** edge[k] (k = 0 … chars.length): a word may end and the next begin before chars[k]. */
  edge: boolean[];
  /** frozen[k]: chars[k] is a glossary form, which later stages leave alone. */
  frozen: boolean[];
}

type DictLike = string | readonly (readonly [string, string])[];

/**
 * Builds a dictionary from OpenCC dictionaries (`"a b|c d"` strings or pairs); earlier ones win.
 */
export function dictionaryOf(group: readonly DictLike[]): Dictionary {
  const map = new Map<string, string>();
  const longest = new Map<string, number>();
  for (const dict of group) {
    const entries =
      typeof dict === 'string'
        ? dict.split('|').map((line) => line.split(' ') as [string, string])
        : dict;
    for (const [key, value] of entries) {
      if (map.has(key)) continue;
      map.set(key, value);
      const chars = Array.from(key);
      longest.set(chars[0]!, Math.max(longest.get(chars[0]!) ?? 0, chars.length));
    }
  }
  return { get: (key) => map.get(key), longestFrom: (first) => longest.get(first) ?? 0 };
}

/** A run of one string: every code point its own piece 0, edges between all characters. */
export function runOf(pieces: readonly string[], words: (text: string) => number[]): Run {
  const chars: string[] = [];
  const owner: number[] = [];
  pieces.forEach((piece, k) => {
    for (const c of piece) {
      chars.push(c);
      owner.push(k);
    }
  });
  const edge = new Array<boolean>(chars.length + 1).fill(false);
  let at = 0;
  edge[0] = true;
  for (const length of words(chars.join(''))) {
    at += length;
    edge[at] = true;
  }
  edge[chars.length] = true;
  return { chars, owner, edge, frozen: chars.map(() => false) };
}

/** True when the span [i, e) neither starts nor ends inside a word of the run. */
export function respectsWords(run: Run, i: number, e: number): boolean {
  if (e - i < 2) return true;
  let startOk = run.edge[i]!;
  if (!startOk) {
    // it may still sit wholly inside the word that holds i
    let next = i + 1;
    while (!run.edge[next]) next++;
    startOk = e <= next;
  }
  let endOk = run.edge[e]!;
  if (!endOk) {
    let previous = e - 1;
    while (!run.edge[previous]) previous--;
    endOk = i >= previous;
  }
  return startOk && endOk;
}

/**
 * What a stage does at one position: the length it takes and what it writes, or null to copy one
 * character.
 */
export type Matcher = (
  run: Run,
  i: number,
) => { length: number; replacement: string; freeze?: boolean } | null;

/** The longest phrase of `dict` at i that respects words, no frozen character and `allowed`. */
export function longestMatch(
  dict: Dictionary,
  run: Run,
  i: number,
  allowed: (i: number, e: number) => boolean = () => true,
): { length: number; replacement: string } | null {
  const n = run.chars.length;
  let limit = Math.min(dict.longestFrom(run.chars[i]!), n - i);
  for (let k = 0; k < limit; k++) {
    if (run.frozen[i + k]) {
      limit = k;
      break;
    }
  }
  for (let length = limit; length >= 1; length--) {
    const replacement = dict.get(
      length === 1 ? run.chars[i]! : run.chars.slice(i, i + length).join(''),
    );
    if (replacement !== undefined && respectsWords(run, i, i + length) && allowed(i, i + length))
      return { length, replacement };
  }
  return null;
}

/**
 * Runs one stage over a run: frozen characters are copied, everything else goes through `match`.
 */
export function applyStage(run: Run, match: Matcher): Run {
  const out: Run = { chars: [], owner: [], edge: [], frozen: [] };
  const n = run.chars.length;
  let i = 0;
  while (i < n) {
    const found = run.frozen[i] ? null : match(run, i);
    const length = found ? found.length : 1;
    const source = run.chars.slice(i, i + length);
    const result = found ? Array.from(found.replacement) : source;
    const same = result.length === source.length;
    result.forEach((c, k) => {
      const at = same ? k : Math.floor((k * length) / result.length);
      out.chars.push(c);
      out.owner.push(run.owner[i + at]!);
      out.edge.push(k === 0 ? run.edge[i]! : same ? run.edge[i + k]! : false);
      out.frozen.push(found ? Boolean(found.freeze) || run.frozen[i + at]! : run.frozen[i + k]!);
    });
    i += length;
  }
  out.edge.push(true);
  return out;
}

/** Hands a run's characters back to the pieces they came from. */
export function piecesOf(run: Run, count: number): string[] {
  const out = new Array<string>(count).fill('');
  run.chars.forEach((c, k) => (out[run.owner[k]!] += c));
  return out;
}
