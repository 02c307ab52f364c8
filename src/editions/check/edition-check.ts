/**
 * Checks a built page of a Traditional edition for what a local editor would never sign
 * off: a form the glossary marks as the other region's own (輝達 on a Hong Kong page),
 * a CJK quotation mark inside an English word (can』t), a Simplified-only character. Reads
 * what a reader sees as src/editions/reader-text.ts defines it, less the text kept as written on
 * purpose (code, [data-no-convert]).
 */
import {
  foreignForms,
  type Glossary,
  type TraditionalEdition,
} from '../convert/glossary-schema.ts';
import { readerTexts } from '../reader-text.ts';
import { LATER_STAGES, SIMPLIFIED_TO_TRADITIONAL } from '../convert/opencc-chain.ts';

/**
 * The texts a reader or crawler sees on a page that an edition converts (src/editions/reader-text.ts
 * defines them), one string per text node or attribute.
 */
export function readableTexts(html: string): string[] {
  return readerTexts(html)
    .filter((t) => !t.kept)
    .map((t) => t.text);
}

let simplifiedOnly: Set<string> | undefined;

/**
 * Characters that exist only in Simplified script: OpenCC's Simplified → Traditional table
 * converts them, and no Traditional output (phrases, Taiwan and Hong Kong variants) writes them.
 */
export function simplifiedOnlyCharacters(): Set<string> {
  if (simplifiedOnly) return simplifiedOnly;
  const written = new Set<string>();
  const { characters: STCharacters } = SIMPLIFIED_TO_TRADITIONAL;
  const traditional = [
    ...Object.values(SIMPLIFIED_TO_TRADITIONAL),
    ...Object.values(LATER_STAGES).flat(2),
  ];
  const pairs = traditional.flatMap((d) =>
    typeof d === 'string' ? d.split('|').map((line) => line.split(' ')) : d,
  );
  for (const [, value] of pairs) for (const c of value ?? '') written.add(c);
  simplifiedOnly = new Set();
  for (const line of STCharacters.split('|')) {
    const [key, value] = line.split(' ');
    if (key && value && key !== value && !written.has(key)) simplifiedOnly.add(key);
  }
  return simplifiedOnly;
}

/** One thing wrong on a page, with the text around it. */
export interface EditionProblem {
  kind: 'foreign-form' | 'quote-in-word' | 'simplified';
  found: string;
  context: string;
}

/** Finds the problems in a page of `edition`. */
export function checkEditionPage(
  html: string,
  edition: TraditionalEdition,
  glossary: Glossary,
): EditionProblem[] {
  const problems: EditionProblem[] = [];
  const foreign = foreignForms(glossary, edition);
  const simplified = simplifiedOnlyCharacters();
  const around = (text: string, at: number) => text.slice(Math.max(0, at - 12), at + 12);
  for (const text of readableTexts(html)) {
    for (const form of foreign) {
      const at = text.indexOf(form);
      if (at >= 0) problems.push({ kind: 'foreign-form', found: form, context: around(text, at) });
    }
    for (const m of text.matchAll(/[A-Za-z][『』「」][A-Za-z]/g))
      problems.push({ kind: 'quote-in-word', found: m[0], context: around(text, m.index) });
    Array.from(text).forEach((c, k, chars) => {
      if (simplified.has(c))
        problems.push({
          kind: 'simplified',
          found: c,
          context: chars.slice(Math.max(0, k - 12), k + 12).join(''),
        });
    });
  }
  return problems;
}
