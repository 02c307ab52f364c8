/**
 * The ids MDX chapters may refer to, read from the registry and the chart index.
 */
import { facts, sources, factText } from '../data/registry.ts';
import { charts } from '../charts/index.ts';
import type { StoryRefs } from './remark-story.ts';

/** Fact, source and chart ids with each chart's step count, and the approximate facts' texts. */
export function storyRefs(): StoryRefs {
  return {
    facts: new Set(facts.map((f) => f.id)),
    sources: new Set(sources.map((s) => s.id)),
    charts: new Map(Object.values(charts).map((c) => [c.id, c.steps])),
    approxFacts: new Map(facts.filter((f) => factText(f).startsWith('约')).map((f) => [f.id, factText(f)])),
  };
}
