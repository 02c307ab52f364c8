/**
 * The ids MDX chapters may refer to, read from the registry and the chart index.
 */
import { factText, type FactStore } from '../facts/index.ts';
import { charts } from '../charts/index.ts';
import type { StoryRefs } from './remark-story.ts';
import { loadGlossary } from '../editions/convert/glossary.ts';

/** Glossary word → its marked senses. */
function glossarySenses(): Map<string, Set<string>> {
  const senses = new Map<string, Set<string>>();
  for (const term of loadGlossary().terms) {
    if (term.sense) senses.set(term.cn, (senses.get(term.cn) ?? new Set()).add(term.sense));
  }
  return senses;
}

/**
 * Fact, source and chart ids with each chart's step count, the approximate, signed and renminbi
 * facts' texts and the glossary's senses.
 */
export function storyRefs({ facts, sources }: FactStore): StoryRefs {
  return {
    facts: new Set(facts.map((f) => f.id)),
    sources: new Set(sources.map((s) => s.id)),
    charts: new Map(Object.values(charts).map((c) => [c.id, c.steps])),
    approxFacts: new Map(
      facts.filter((f) => factText(f).startsWith('约')).map((f) => [f.id, factText(f)]),
    ),
    senses: glossarySenses(),
    signedFacts: new Map(
      facts
        .filter((f) => typeof f.value === 'number' && f.value < 0)
        .map((f) => [f.id, factText(f)]),
    ),
    renminbiFacts: new Map(facts.filter((f) => f.unit === '元').map((f) => [f.id, factText(f)])),
  };
}
