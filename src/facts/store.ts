/**
 * The fact store: the story's facts, sources and corrections with lookups that name the caller's
 * file when an id is unknown. Pure: src/data/registry.ts loads the files and builds the store;
 * tests build one from their fixtures.
 */
import type { CorrectionRecord, Fact, Source } from './schema.ts';

/** The facts, sources and corrections a page or chart is given, with lookups by id. */
export interface FactStore {
  readonly facts: readonly Fact[];
  readonly sources: readonly Source[];
  readonly corrections: readonly CorrectionRecord[];
  /** The fact with this id; `where` (an MDX or dataset file and field) is named if it is unknown. */
  getFact(id: string | undefined, where: string): Fact;
  /** The source with this id; `where` is named if it is unknown. */
  getSource(id: string | undefined, where: string): Source;
}

/** A store over already checked lists (src/facts/schema.ts parses them). */
export function createFactStore(lists: {
  facts: readonly Fact[];
  sources?: readonly Source[];
  corrections?: readonly CorrectionRecord[];
}): FactStore {
  const { facts, sources = [], corrections = [] } = lists;
  const factById = new Map(facts.map((f) => [f.id, f]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    facts,
    sources,
    corrections,
    getFact(id, where) {
      if (!id) throw new Error(`${where}: a <Fact> or dataset row has no fact id`);
      const fact = factById.get(id);
      if (!fact) throw new Error(`${where}: unknown fact id "${id}" (not in content/data/facts/)`);
      return fact;
    },
    getSource(id, where) {
      if (!id) throw new Error(`${where}: a citation has no source id`);
      const source = sourceById.get(id);
      if (!source)
        throw new Error(`${where}: unknown source id "${id}" (not in content/data/sources/)`);
      return source;
    },
  };
}
