/**
 * The facts registry and sources list of this story, checked once at build time.
 * Lookups throw with the caller's file name so a bad id stops the build where it was written.
 */
import factsJson from '../../content/data/facts.json';
import sourcesJson from '../../content/data/sources.json';
import { parseFacts, parseSources, type Fact, type Source } from './facts-schema.ts';
import { formatValue } from '../utils/format-number.ts';

/** Every source, in file order. */
export const sources: Source[] = parseSources(sourcesJson, 'content/data/sources.json');
/** Every fact, in file order. */
export const facts: Fact[] = parseFacts(factsJson, 'content/data/facts.json', sources);

const factById = new Map(facts.map((f) => [f.id, f]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** The fact with this id; `where` (an MDX or dataset file) is named if it is unknown. */
export function getFact(id: string | undefined, where: string): Fact {
  if (!id) throw new Error(`${where}: a <Fact> or dataset row has no fact id`);
  const fact = factById.get(id);
  if (!fact) throw new Error(`${where}: unknown fact id "${id}" (not in content/data/facts.json)`);
  return fact;
}

/** The source with this id; `where` is named if it is unknown. */
export function getSource(id: string | undefined, where: string): Source {
  if (!id) throw new Error(`${where}: a citation has no source id`);
  const source = sourceById.get(id);
  if (!source) throw new Error(`${where}: unknown source id "${id}" (not in content/data/sources.json)`);
  return source;
}

/** The fact's value as readers see it: "2亿元", "约1万张", "2016年10月21日". */
export function factText(fact: Fact): string {
  return formatValue(fact.value, fact.unit, fact.approx);
}
