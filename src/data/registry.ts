/**
 * The facts registry and sources list of this story, checked once at build time.
 * Facts live in content/data/facts/*.json and sources in content/data/sources/*.json (one
 * file per chapter or concern, read in name order). Lookups throw with the caller's file
 * name so a bad id stops the build where it was written.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseCorrections,
  parseFacts,
  parseSources,
  type CorrectionRecord,
  type Fact,
  type Source,
} from './facts-schema.ts';
import { formatValue } from '../utils/format-number.ts';
import { readJsonFile } from './parse-errors.ts';

/** Reads every JSON file of a content/data folder: [project-relative file, parsed value]. */
function readFolder(folder: string): [string, unknown][] {
  return readdirSync(join(process.cwd(), folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name): [string, unknown] => [`${folder}/${name}`, readJsonFile(`${folder}/${name}`)]);
}

/** Merges per-file lists, refusing an id defined in two files. */
function merge<T extends { id: string }>(lists: [string, T[]][]): T[] {
  const seen = new Map<string, string>();
  return lists.flatMap(([file, list]) =>
    list.map((entry) => {
      const other = seen.get(entry.id);
      if (other)
        throw new Error(`${file}: entry "${entry.id}": field "id": already defined in ${other}`);
      seen.set(entry.id, file);
      return entry;
    }),
  );
}

/** Every source, in file order. */
export const sources: Source[] = merge(
  readFolder('content/data/sources').map(([file, raw]) => [file, parseSources(raw, file)]),
);
/** Every fact, in file order. */
export const facts: Fact[] = merge(
  readFolder('content/data/facts').map(([file, raw]) => [file, parseFacts(raw, file, sources)]),
);
/**
 * Every correction that is not a wrong figure (names, attributions, conflicting sources), in file
 * order.
 */
export const corrections: CorrectionRecord[] = merge(
  readFolder('content/data/corrections').map(([file, raw]) => [
    file,
    parseCorrections(raw, file, sources, facts),
  ]),
);

const factById = new Map(facts.map((f) => [f.id, f]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** The fact with this id; `where` (an MDX or dataset file) is named if it is unknown. */
export function getFact(id: string | undefined, where: string): Fact {
  if (!id) throw new Error(`${where}: a <Fact> or dataset row has no fact id`);
  const fact = factById.get(id);
  if (!fact) throw new Error(`${where}: unknown fact id "${id}" (not in content/data/facts/)`);
  return fact;
}

/** The source with this id; `where` is named if it is unknown. */
export function getSource(id: string | undefined, where: string): Source {
  if (!id) throw new Error(`${where}: a citation has no source id`);
  const source = sourceById.get(id);
  if (!source)
    throw new Error(`${where}: unknown source id "${id}" (not in content/data/sources/)`);
  return source;
}

/**
 * The fact's value as readers see it: "2亿元", "约1万张", "2016年10月21日". With `magnitude`, a
 * signed figure drops its sign ("16.97%" for −16.97), for a sentence whose verb says the
 * direction (跌去16.97%).
 */
export function factText(fact: Fact, options: { magnitude?: boolean } = {}): string {
  const value =
    options.magnitude && typeof fact.value === 'number' ? Math.abs(fact.value) : fact.value;
  return formatValue(value, fact.unit, fact.approx);
}
