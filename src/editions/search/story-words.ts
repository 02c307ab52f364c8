/**
 * Build time: the story's words as the search table needs them, from the built Simplified
 * pages (what a reader sees on them) and the glossary, each with its three editions' forms.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { converterFor } from '../convert/converters.ts';
import { readableTexts } from '../check/edition-check.ts';
import { defaultTerms, termForm, type Glossary } from '../convert/glossary-schema.ts';
import { createSegmenter } from '../convert/segmenter.ts';
import type { Forms } from './search-variants.ts';

/** Every .html file under a directory. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The Han words of the built Simplified pages under `dir`, with how often each occurs. */
export function pageWords(dir: string, glossary: Glossary): Map<string, number> {
  const segment = createSegmenter([...glossary.words, ...glossary.terms.map((t) => t.cn)]);
  const counts = new Map<string, number>();
  for (const file of htmlFiles(dir)) {
    for (const text of readableTexts(readFileSync(file, 'utf8'))) {
      for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
        const chars = Array.from(run);
        let at = 0;
        for (const length of segment(run)) {
          const word = chars.slice(at, at + length).join('');
          at += length;
          counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

/** The three editions' forms of the story's words and of the glossary's terms. */
export function storyForms(
  words: ReadonlyMap<string, number>,
  glossary: Glossary,
): { forms: Forms; weight: number }[] {
  const tw = converterFor('zh-tw');
  const hk = converterFor('zh-hk');
  const out: { forms: Forms; weight: number }[] = [];
  // one conversion per edition for all the words, a line each (a line break ends every phrase)
  const list = [...words.keys()];
  const lines = (converted: string) => (list.length === 0 ? [] : converted.split('\n'));
  const inTw = lines(tw.convert(list.join('\n')));
  const inHk = lines(hk.convert(list.join('\n')));
  if (inTw.length !== list.length || inHk.length !== list.length)
    throw new Error('search table: a word converted across a line break');
  list.forEach((word, k) =>
    out.push({
      forms: { 'zh-cn': word, 'zh-tw': inTw[k]!, 'zh-hk': inHk[k]! },
      weight: words.get(word)!,
    }),
  );
  for (const term of defaultTerms(glossary)) {
    const forms: Forms = {
      'zh-cn': term.cn,
      'zh-tw': termForm(term, 'zh-tw') ?? tw.convert(term.cn),
      'zh-hk': termForm(term, 'zh-hk') ?? hk.convert(term.cn),
    };
    out.push({ forms, weight: words.get(term.cn) ?? 1 });
  }
  return out;
}
