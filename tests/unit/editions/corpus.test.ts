/**
 * The regional corpus: story sentences and others of the same register (tech, finance,
 * politics, quotations, segmentation traps, marked senses), each with the zh-TW and zh-HK
 * text a local editor signs off and the glossary decisions (with their sources) it rests on.
 */
import { describe, expect, it } from 'vitest';
import { converterFor } from '../../../src/editions/convert/converters.ts';
import { convertSentence, loadCorpus } from '../../../src/editions/check/corpus.ts';
import { simplifiedOnlyCharacters } from '../../../src/editions/check/edition-check.ts';
import { loadGlossary } from '../../../src/editions/convert/glossary.ts';

const corpus = loadCorpus();
const glossary = loadGlossary();

describe('the corpus', () => {
  it('has at least 200 sentences in several registers', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((s) => s.group)).size).toBeGreaterThanOrEqual(6);
  });
  it('names glossary entries with a source for its decisions', () => {
    for (const sentence of corpus) {
      for (const decision of sentence.decisions ?? []) {
        if (decision === 'counting') {
          expect(glossary.counting?.source, `${sentence.cn}: glossary counting`).toBeTruthy();
          continue;
        }
        const [cn, sense] = decision.split('#');
        const entry = glossary.terms.find((t) => t.cn === cn && t.sense === sense);
        expect(entry, `${sentence.cn}: decision "${decision}"`).toBeDefined();
        expect(entry!.source.length).toBeGreaterThan(1);
      }
    }
  });
  it('expects no Simplified-only character in either edition', () => {
    const simplified = simplifiedOnlyCharacters();
    for (const s of corpus)
      for (const text of [s['zh-tw'], s['zh-hk']])
        expect(
          Array.from(text).filter((c) => simplified.has(c)),
          text,
        ).toEqual([]);
  });
});

describe.each(['zh-tw', 'zh-hk'] as const)('corpus in %s', (edition) => {
  const converter = converterFor(edition);
  it.each(corpus.map((s) => [s.cn, s] as const))('%s', (_, sentence) => {
    expect(convertSentence(sentence.cn, converter, edition)).toBe(sentence[edition]);
  });
});
