/**
 * Schemas and checks for the facts registry (content/data/facts/*.json) and the sources
 * list (content/data/sources/*.json). Pure: callers pass the parsed JSON and a file name
 * that every error message names.
 */
import { z } from 'astro/zod';
import { issuePath, zodMessage } from './parse-errors.ts';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

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
      ctx.addIssue({ code: 'custom', path: ['correction'], message: 'a corrected fact must say what the seed wrote' });
    }
    if (fact.unit === 'date' ? typeof fact.value !== 'string' || !isoDate.safeParse(fact.value).success : typeof fact.value !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['value'], message: fact.unit === 'date' ? 'a date value must be an ISO date string' : 'a quantity must be a number' });
    }
  });

/** A source entry. */
export type Source = z.infer<typeof sourceSchema>;
/** A fact entry. */
export type Fact = z.infer<typeof factSchema>;

/** Names a field of a registry list by its entry's id: `entry "ff1-gpus": field "sources"`. */
function entryLabel(raw: unknown[]): (path: readonly PropertyKey[]) => string {
  return ([index, ...rest]) => {
    const entry = typeof index === 'number' ? raw[index] : undefined;
    const id = entry && typeof entry === 'object' && 'id' in entry ? String((entry as { id: unknown }).id) : `#${String(index)}`;
    return `entry "${id}": field "${rest.length ? issuePath(rest) : '(entry)'}"`;
  };
}

/** Parses the sources list; throws naming the file, the entry and the field. */
export function parseSources(raw: unknown, file: string): Source[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of sources`);
  const result = z.array(sourceSchema).safeParse(raw);
  if (!result.success) throw new Error(zodMessage(file, result.error, entryLabel(raw)));
  assertUnique(result.data, file);
  return result.data;
}

/** Parses the facts registry and checks every source id; throws naming the file, the entry and the field. */
export function parseFacts(raw: unknown, file: string, sources: Source[]): Fact[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of facts`);
  const result = z.array(factSchema).safeParse(raw);
  if (!result.success) throw new Error(zodMessage(file, result.error, entryLabel(raw)));
  assertUnique(result.data, file);
  const known = new Set(sources.map((s) => s.id));
  for (const fact of result.data) {
    for (const id of [...fact.sources, ...(fact.correction ? [fact.correction.seedSource] : [])]) {
      if (!known.has(id)) throw new Error(`${file}: entry "${fact.id}": field "sources": unknown source id "${id}"`);
    }
  }
  return result.data;
}

/** Throws when two entries share an id. */
function assertUnique(entries: { id: string }[], file: string): void {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) throw new Error(`${file}: entry "${id}": field "id": duplicate id`);
    seen.add(id);
  }
}
