/**
 * The facts registry of this story: loads content/data/facts/*.json, content/data/sources/*.json and
 * content/data/corrections/*.json (one file per chapter or concern, read in name order), checks them
 * (src/facts/schema.ts) and returns the fact store pages and charts are given. Build time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createFactStore,
  parseCorrections,
  parseFacts,
  parseSources,
  type FactStore,
} from '../facts/index.ts';
import { readJsonFile } from './read-json.ts';

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

/** Reads and checks the registry's files; every error names the file, the entry and the field. */
export function loadFactStore(): FactStore {
  const sources = merge(
    readFolder('content/data/sources').map(([file, raw]) => [file, parseSources(raw, file)]),
  );
  const facts = merge(
    readFolder('content/data/facts').map(([file, raw]) => [file, parseFacts(raw, file, sources)]),
  );
  const corrections = merge(
    readFolder('content/data/corrections').map(([file, raw]) => [
      file,
      parseCorrections(raw, file, sources, facts),
    ]),
  );
  return createFactStore({ facts, sources, corrections });
}

let loaded: FactStore | undefined;

/** The story's fact store, loaded once per build. */
export function factStore(): FactStore {
  loaded ??= loadFactStore();
  return loaded;
}
