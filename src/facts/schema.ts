/**
 * Schemas and checks for the facts registry (content/data/facts/*.json) and the sources
 * list (content/data/sources/*.json). Pure: callers pass the parsed JSON and a file name
 * that every error message names.
 */
import { z } from 'astro/zod';
import { findSiteWords } from '../config/site-words.ts';
import { issuePath, zodMessage } from '../utils/parse-errors.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** One source a fact or citation can point to. */
export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  kind: z.enum(['seed', 'primary', 'reference']),
  title: z.string().min(1),
  publisher: z.string().optional(),
  date: isoDate.optional(),
  url: z.url().optional(),
  description: z.string().min(1),
});

/** One figure or date in the story, with its provenance. */
export const factSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
    label: z.string().min(1),
    value: z.union([z.number(), z.string()]),
    unit: z.string().min(1),
    date: isoDate.optional(),
    approx: z.boolean().optional(),
    status: z.enum(['verified', 'unverified', 'corrected']),
    sources: z.array(z.string()).min(1, 'a fact needs at least one source'),
    research: z.string().optional(),
    note: z.string().optional(),
    correction: z
      .object({
        seed: z.string().min(1),
        seedSource: z.string().min(1),
        right: z.string().min(1),
        note: z.string().optional(),
      })
      .optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.status === 'corrected' && !fact.correction) {
      ctx.addIssue({
        code: 'custom',
        path: ['correction'],
        message: 'a corrected fact must say what the seed wrote',
      });
    }
    if (
      fact.unit === 'date'
        ? typeof fact.value !== 'string' || !isoDate.safeParse(fact.value).success
        : typeof fact.value !== 'number'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          fact.unit === 'date'
            ? 'a date value must be an ISO date string'
            : 'a quantity must be a number',
      });
    }
  });

/**
 * A correction that is not a wrong figure: a name, an attribution, a misread scope, or two
 * sources that disagree. It names what a source wrote, what is right, the documents that
 * show it and the facts it concerns; the corrections page lists it beside the figures.
 */
export const correctionRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  kind: z.enum(['error', 'conflict']),
  title: z.string().min(1),
  seed: z.string().min(1),
  seedSource: z.string().min(1),
  right: z.string().min(1),
  sources: z.array(z.string()).min(1, 'a correction needs at least one source'),
  facts: z.array(z.string()).default([]),
  note: z.string().optional(),
});

/** A correction record. */
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;
/** A source entry. */
export type Source = z.infer<typeof sourceSchema>;
/** A fact entry. */
export type Fact = z.infer<typeof factSchema>;

/** Names a field of a registry list by its entry's id: `entry "ff1-gpus": field "sources"`. */
function entryLabel(raw: unknown[]): (path: readonly PropertyKey[]) => string {
  return ([index, ...rest]) => {
    const entry = typeof index === 'number' ? raw[index] : undefined;
    const id =
      entry && typeof entry === 'object' && 'id' in entry
        ? String((entry as { id: unknown }).id)
        : `#${String(index)}`;
    return `entry "${id}": field "${rest.length ? issuePath(rest) : '(entry)'}"`;
  };
}

/**
 * Parses a registry list against `schema`: a JSON array of entries, unique ids, no word about how
 * the site was made; throws naming the file, the entry and the field.
 */
function parseEntries<S extends z.ZodType<{ id: string }>>(
  schema: S,
  raw: unknown,
  file: string,
  what: string,
): z.output<S>[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of ${what}`);
  const result = z.array(schema).safeParse(raw);
  if (!result.success) throw new Error(zodMessage(file, result.error, entryLabel(raw)));
  assertUnique(result.data, file);
  assertReaderWords(result.data, file);
  return result.data;
}

/** Parses the sources list; throws naming the file, the entry and the field. */
export function parseSources(raw: unknown, file: string): Source[] {
  return parseEntries(sourceSchema, raw, file, 'sources');
}

/**
 * Parses the facts registry and checks every source id; throws naming the file, the entry and the
 * field.
 */
export function parseFacts(raw: unknown, file: string, sources: Source[]): Fact[] {
  const facts = parseEntries(factSchema, raw, file, 'facts');
  const known = new Set(sources.map((s) => s.id));
  for (const fact of facts) {
    for (const id of [...fact.sources, ...(fact.correction ? [fact.correction.seedSource] : [])]) {
      if (!known.has(id))
        throw new Error(`${file}: entry "${fact.id}": field "sources": unknown source id "${id}"`);
    }
  }
  return facts;
}

/**
 * Parses the correction records and checks their source and fact ids; throws naming the file, the
 * entry and the field.
 */
export function parseCorrections(
  raw: unknown,
  file: string,
  sources: Source[],
  facts: Fact[],
): CorrectionRecord[] {
  const records = parseEntries(correctionRecordSchema, raw, file, 'corrections');
  const knownSources = new Set(sources.map((s) => s.id));
  const knownFacts = new Set(facts.map((f) => f.id));
  for (const record of records) {
    for (const id of [...record.sources, record.seedSource]) {
      if (!knownSources.has(id))
        throw new Error(
          `${file}: entry "${record.id}": field "sources": unknown source id "${id}"`,
        );
    }
    for (const id of record.facts) {
      if (!knownFacts.has(id))
        throw new Error(`${file}: entry "${record.id}": field "facts": unknown fact id "${id}"`);
    }
  }
  return records;
}

/**
 * Throws when a text an entry shows readers holds a word about how the site was made, naming the
 * entry and the field.
 */
function assertReaderWords(entries: object[], file: string): void {
  const check = (value: unknown, id: string, field: string): void => {
    if (typeof value === 'string') {
      const [found] = findSiteWords(value);
      if (found)
        throw new Error(
          `${file}: entry "${id}": field "${field}": "${found.word}" speaks of how the site was made; write for readers`,
        );
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value))
        check(inner, id, Array.isArray(value) ? field : field ? `${field}.${key}` : key);
    }
  };
  for (const entry of entries) check(entry, String((entry as { id?: unknown }).id), '');
}

/** Throws when two entries share an id. */
function assertUnique(entries: { id: string }[], file: string): void {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) throw new Error(`${file}: entry "${id}": field "id": duplicate id`);
    seen.add(id);
  }
}
