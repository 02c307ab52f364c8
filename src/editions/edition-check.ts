/**
 * Checks a built page of a Traditional edition for what a local editor would never sign
 * off: a form the glossary marks as the other region's own (輝達 on a Hong Kong page),
 * a CJK quotation mark inside an English word (can』t), a Simplified-only character. Reads
 * what a reader sees: text, alt/title/aria-label/placeholder, meta descriptions, JSON
 * islands; skips code and [data-no-convert] (text kept as written on purpose).
 */
import { parseDocument } from 'htmlparser2';
import { Element, Text, type AnyNode } from 'domhandler';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import { foreignForms, type Glossary, type TraditionalEdition } from './glossary-schema.ts';

const skipped = new Set(['style', 'code', 'pre', 'kbd', 'samp', 'template']);
const readableAttributes = ['alt', 'title', 'aria-label', 'placeholder'];

/** The texts a reader or crawler sees on a page, one string per text node or attribute. */
export function readableTexts(html: string): string[] {
  const out: string[] = [];
  const walk = (node: AnyNode) => {
    if (node instanceof Text) {
      out.push(node.data);
      return;
    }
    if (!(node instanceof Element)) return;
    const name = node.name.toLowerCase();
    if ('data-no-convert' in node.attribs || skipped.has(name)) return;
    for (const attr of readableAttributes) if (node.attribs[attr]) out.push(node.attribs[attr]!);
    if (
      name === 'meta' &&
      node.attribs.content &&
      /description|title/.test(node.attribs.name ?? node.attribs.property ?? '')
    )
      out.push(node.attribs.content);
    if (name === 'script' && !/json/.test(node.attribs.type ?? '')) return;
    node.children.forEach(walk);
  };
  parseDocument(html, { decodeEntities: true }).children.forEach(walk);
  return out;
}

let simplifiedOnly: Set<string> | undefined;

/**
 * Characters that exist only in Simplified script: OpenCC's Simplified → Traditional table
 * converts them, and no Traditional output (phrases, Taiwan and Hong Kong variants) writes them.
 */
export function simplifiedOnlyCharacters(): Set<string> {
  if (simplifiedOnly) return simplifiedOnly;
  const written = new Set<string>();
  const pairs = [
    STCharacters,
    STPhrases,
    STGenerated,
    TWVariants,
    TWVariantsPhrases,
    HKVariants,
    HKVariantsPhrases,
  ].flatMap((d) => d.split('|').map((line) => line.split(' ')));
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
