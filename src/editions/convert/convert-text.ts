/**
 * Simplified → Traditional conversion for one edition, built from opencc-js's own
 * dictionaries with the project glossary injected into them. The text is first cut into
 * words (jieba's dictionary, plus the glossary's terms and word list) and people's names are
 * found (names.ts: converted character by character, name-safe, never through phrases);
 * GPUs are counted with the edition's one classifier (counting.ts); then every stage of
 * OpenCC's chain (s2twp for zh-tw, s2hk for zh-hk) takes the longest phrase at each position
 * as OpenCC does, except that no phrase may start or end inside a word. Glossary forms are
 * matched in the first stage, win over any OpenCC phrase that overlaps them, and later
 * stages leave them alone. The edition's house style (臺→台, 説→說) comes last, then the
 * quotation marks. Converts a run of text split into pieces (the text nodes of one block)
 * as a whole and hands each piece its share of the result, so that markup inside a word
 * (头<em>发</em>) does not break the word. Build-time only.
 */
import {
  defaultTerms,
  termForm,
  type Glossary,
  type TraditionalEdition,
} from './glossary-schema.ts';
import {
  applyStage,
  dictionaryOf,
  longestMatch,
  piecesOf,
  runOf,
  type Dictionary,
  type Matcher,
  type Run,
} from './guarded-match.ts';
import { createSegmenter, createTagger, type Segmenter, type Tagger } from './segmenter.ts';
import { convertQuotes } from './quotes.ts';
import { findNames, type NameSpan } from './names.ts';
import { convertName } from './name-chars.ts';
import { countingMatcher } from './counting.ts';
import { COMPATIBILITY, LATER_STAGES, SIMPLIFIED_TO_TRADITIONAL } from './opencc-chain.ts';

const {
  phrases: STPhrases,
  generated: STGenerated,
  characters: STCharacters,
} = SIMPLIFIED_TO_TRADITIONAL;

/**
 * Single characters whose OpenCC default is wrong for this text when no phrase claims them:
 * 里 standing alone after a word is the locative 裏 (交易日里, 模型卡里), never the unit
 * 里, which OpenCC's phrases (公里, 千里, 几里) already cover.
 */
const loneCharacters: [string, string][] = [['里', '裏']];

/** Converts runs of text for one edition. */
export interface TextConverter {
  /** Converts one string. */
  convert(text: string): string;
  /** Converts pieces that read as one run of text; returns one string per piece. */
  convertPieces(pieces: readonly string[]): string[];
  /**
   * The edition's form of `term` read in `sense` (a glossary entry with that sense); throws when
   * the glossary has none.
   */
  sense(term: string, sense: string): string;
}

/**
 * Options of a converter; all on by default. Off, the converter is plain opencc-js (for
 * comparison).
 */
export interface ConverterOptions {
  quotes?: boolean;
  /** Word segmentation guarding phrase boundaries. */
  words?: boolean;
  /** The glossary's house style and the lone-character defaults. */
  style?: boolean;
  /**
   * People's names found and converted as names; GPUs counted with one classifier; viewpoint terms.
   */
  names?: boolean;
}

/** An empty glossary: plain OpenCC. */
export const emptyGlossary: Glossary = {
  houseStyle: { 'zh-tw': { source: '-', map: {} }, 'zh-hk': { source: '-', map: {} } },
  words: [],
  people: [],
  terms: [],
};

const hanChar = /\p{Script=Han}/u;
const latinEdge = /[A-Za-z0-9]/;

/**
 * A glossary form in Latin letters set in Han text gets a space on the side where it meets
 * Han (二维码就能 → QR Code 就能, 在领英上 → 在 LinkedIn 上), as the story spaces Latin words.
 */
function spaced(
  term: { length: number; replacement: string },
  run: Run,
  i: number,
): { length: number; replacement: string } {
  const form = term.replacement;
  const before = latinEdge.test(form[0]!) && hanChar.test(run.chars[i - 1] ?? '') ? ' ' : '';
  const after =
    latinEdge.test(form.at(-1)!) && hanChar.test(run.chars[i + term.length] ?? '') ? ' ' : '';
  return { length: term.length, replacement: before + form + after };
}

/** Whether the character at i reduplicates the one before it (一只只: the second 只). */
function repeats(run: Run, i: number): boolean {
  return i > 0 && run.chars[i] === run.chars[i - 1] && /\p{Script=Han}/u.test(run.chars[i]!);
}

/** Builds the converter of a Traditional edition with the glossary injected. */
export function createTextConverter(
  edition: TraditionalEdition,
  glossary: Glossary,
  options: ConverterOptions = {},
): TextConverter {
  const { quotes = true, words = true, style = true, names = style } = options;
  const terms = defaultTerms(glossary);
  const pairs: [string, string][] = [];
  const viewpoint = new Set<string>();
  for (const term of terms) {
    const target = termForm(term, edition);
    if (target !== undefined) pairs.push([term.cn, target]);
    if (term.viewpoint) viewpoint.add(term.cn);
  }
  const people = glossary.people.map((p) => p.cn);
  const phrases = dictionaryOf([STPhrases, STGenerated]);
  const isPhrase = (s: string) => phrases.get(s) !== undefined;
  const houseMap = style ? glossary.houseStyle[edition].map : {};
  const counting = names && glossary.counting ? countingMatcher(glossary.counting, edition) : null;
  const normalize = dictionaryOf([COMPATIBILITY]);
  const glossaryDict = dictionaryOf([pairs]);
  const first = dictionaryOf(
    style
      ? [loneCharacters, STPhrases, STGenerated, STCharacters]
      : [STPhrases, STGenerated, STCharacters],
  );
  const later = LATER_STAGES[edition].map((group) => dictionaryOf(group));
  const house = dictionaryOf([Object.entries(style ? glossary.houseStyle[edition].map : {})]);
  const known = [...glossary.words, ...glossary.terms.map((t) => t.cn)];
  const segment: Segmenter = words
    ? createSegmenter([...known, ...people])
    : (text) => Array.from(text).map(() => 1);
  const tag: Tagger | null = names ? createTagger(known, people) : null;
  /** Where names start (→ their length) and where place names end, in the run being converted. */
  let nameAt = new Map<number, number>();
  let placeEnds = new Set<number>();

  const phrase =
    (dict: Dictionary): Matcher =>
    (run, i) =>
      longestMatch(dict, run, i);

  const firstStage: Matcher = (run, i) => {
    const name = nameAt.get(i);
    if (name !== undefined) {
      const span = run.chars.slice(i, i + name).join('');
      return { length: name, replacement: convertName(span, edition, houseMap), freeze: true };
    }
    const term = longestMatch(glossaryDict, run, i);
    // a term named from the mainland's viewpoint keeps OpenCC's form after a place (日本外交部)
    const blocked =
      term && placeEnds.has(i) && viewpoint.has(run.chars.slice(i, i + term.length).join(''));
    if (term && !blocked) return { ...spaced(term, run, i), freeze: true };
    const counted = counting?.(run, i);
    if (counted) return { ...counted, freeze: true };
    // an OpenCC phrase may not swallow the start of a glossary term
    const found = longestMatch(first, run, i, (from, to) => {
      for (let j = from + 1; j < to; j++) if (longestMatch(glossaryDict, run, j)) return false;
      return true;
    });
    // a reduplicated character repeats the form OpenCC gave the one before (一隻隻), unless that
    // was a glossary form
    if (style && (!found || found.length === 1) && repeats(run, i) && previous !== null)
      return { length: 1, replacement: previous };
    return found;
  };
  /**
   * The form the first stage gave the character before the current one; null after a glossary term.
   */
  let previous: string | null = null;
  const rememberingFirst: Matcher = (run, i) => {
    const found = firstStage(run, i);
    previous =
      found && 'freeze' in found
        ? null
        : found
          ? Array.from(found.replacement).at(-1)!
          : run.chars[i]!;
    return found;
  };

  /** Finds names and places in the run; a name becomes one word of the segmentation. */
  function locate(run: Run): void {
    nameAt = new Map();
    placeEnds = new Set();
    if (!tag) return;
    const tagged = tag(run.chars.join(''));
    let at = 0;
    for (const w of tagged) {
      at += Array.from(w.word).length;
      if (w.tag === 'ns') placeEnds.add(at);
    }
    const overlapsTerm = (span: NameSpan) => {
      for (let j = span.start; j < span.start + span.length; j++)
        if (longestMatch(glossaryDict, run, j)) return true;
      return false;
    };
    for (const span of findNames(tagged, isPhrase, new Set(people))) {
      if (overlapsTerm(span)) continue;
      nameAt.set(span.start, span.length);
      run.edge[span.start] = true;
      run.edge[span.start + span.length] = true;
      for (let j = span.start + 1; j < span.start + span.length; j++) run.edge[j] = false;
    }
  }

  function convertPieces(input: readonly string[]): string[] {
    let run = runOf(input, segment);
    run = applyStage(run, phrase(normalize));
    locate(run);
    previous = null;
    run = applyStage(run, rememberingFirst);
    for (const dict of later) run = applyStage(run, phrase(dict));
    if (style) run = applyStage(run, phrase(house));
    if (quotes) {
      const converted = Array.from(convertQuotes(run.chars.join('')));
      run = { ...run, chars: converted };
    }
    return piecesOf(run, input.length);
  }

  const senses = new Map(
    glossary.terms.filter((t) => t.sense).map((t) => [`${t.cn}#${t.sense}`, t]),
  );
  return {
    convert: (text) => convertPieces([text])[0]!,
    convertPieces,
    sense(term, sense) {
      const entry = senses.get(`${term}#${sense}`);
      if (!entry) {
        const known = glossary.terms.filter((t) => t.cn === term && t.sense).map((t) => t.sense);
        throw new Error(
          `<Sense of="${sense}">${term}</Sense>: the glossary has no sense "${sense}" for "${term}"${known.length ? ` (it has: ${known.join(', ')})` : ''}`,
        );
      }
      return termForm(entry, edition) ?? convertPieces([term])[0]!;
    },
  };
}
