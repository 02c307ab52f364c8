/**
 * The project glossary (content/glossary.json): the regional policy, each edition's house
 * style, a word list for segmentation, and per-edition forms of terms, each with its region,
 * its sense where it has one, and its source. Pure parsing; every error names the file and
 * the field.
 */
import type { EditionId } from '../editions.ts';
import { z } from 'astro/zod';
import { zodMessage } from '../../utils/parse-errors.ts';

const form = z.string().trim().min(1, 'must not be empty');

/** The Traditional editions a glossary can address: every edition but the Simplified source. */
export type TraditionalEdition = Exclude<EditionId, 'zh-cn'>;

/** The Traditional editions, in a fixed order. */
export const traditionalEditions: readonly TraditionalEdition[] = ['zh-tw', 'zh-hk'];

const senseId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id such as "program"');

/** One glossary entry: a Simplified term and the form each region gives it. */
const termSchema = z
  .object({
    cn: form,
    /**
     * Which editions the entry sets: "zh-tw", "zh-hk" or "both" (then both forms are given, equal
     * or not).
     */
    region: z.enum(['zh-tw', 'zh-hk', 'both']),
    'zh-tw': form.optional(),
    'zh-hk': form.optional(),
    /** Keep the term exactly as written in every edition (a protected name). */
    keep: z.literal(true).optional(),
    /**
     * The sense this entry is for; an author picks it with <Sense of="…">. Without it, the entry is
     * the default reading.
     */
    sense: senseId.optional(),
    /**
     * Each region's form is used only there: the site check fails when the other edition shows it.
     */
    exclusive: z.literal(true).optional(),
    /**
     * A mainland office named from the mainland's point of view (国务院总理, 商务部): the forms
     * apply unless a place name comes right before it (美国商务部, 日本外交部).
     */
    viewpoint: z.literal(true).optional(),
    /** Where the decision comes from: an outlet's usage, a government or dictionary glossary. */
    source: form,
    note: z.string().optional(),
  })
  .strict()
  .superRefine((term, ctx) => {
    if (term.keep) {
      if (term['zh-tw'] !== undefined || term['zh-hk'] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['keep'],
          message: '"keep" cannot be combined with forms',
        });
      if (term.region !== 'both')
        ctx.addIssue({
          code: 'custom',
          path: ['region'],
          message: 'a kept term is kept in "both" regions',
        });
      return;
    }
    for (const edition of traditionalEditions) {
      const applies = term.region === 'both' || term.region === edition;
      if (applies && term[edition] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [edition],
          message: `region "${term.region}" needs a "${edition}" form`,
        });
      if (!applies && term[edition] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [edition],
          message: `region "${term.region}" cannot give a "${edition}" form`,
        });
    }
    if (term.exclusive && term.region === 'both' && term['zh-tw'] === term['zh-hk']) {
      ctx.addIssue({
        code: 'custom',
        path: ['exclusive'],
        message: 'the two forms are the same, so neither can be exclusive',
      });
    }
  });

const charMap = z.record(z.string().min(1), z.string().min(1));

/** An edition's house style: spellings applied after OpenCC (臺→台, 説→說), with their source. */
const houseStyleSchema = z.object({ source: form, map: charMap }).strict();

/** A person's name: detected in any text and converted character by character, never as words. */
const personSchema = z.object({ cn: form, source: form, note: z.string().optional() }).strict();

const measureForms = z
  .object({
    /** The one classifier the edition counts these things with. */
    measure: form,
    /** What a counted card (卡, 显卡) is called instead, when the edition names the chip. */
    card: form.optional(),
  })
  .strict();

/**
 * Counting GPUs: each edition picks one classifier and holds it, whatever the source wrote
 * (块, 张 or 颗 before GPU, H800, 芯片, 卡 …).
 */
const countingSchema = z
  .object({
    source: form,
    /** The Simplified classifiers that count these things. */
    measures: z.array(form).min(1),
    /** Nouns counted (GPU, 芯片); a chip model (A100, H800) counts too. */
    things: z.array(form),
    /** Nouns for the card a chip sits on (卡, 显卡). */
    cards: z.array(form),
    'zh-tw': measureForms,
    'zh-hk': measureForms,
  })
  .strict();

const glossarySchema = z
  .object({
    /** The regional policy in plain words, for editors (not used by code). */
    policy: z.array(z.string()).optional(),
    houseStyle: z.object({ 'zh-tw': houseStyleSchema, 'zh-hk': houseStyleSchema }).strict(),
    /** Words segmentation keeps whole: no OpenCC phrase may start or end inside them. */
    words: z.array(form),
    /**
     * People's names: converted as names (范麟熙, never 範麟熙), each with the source of its
     * spelling.
     */
    people: z.array(personSchema).default([]),
    counting: countingSchema.optional(),
    terms: z.array(termSchema),
  })
  .strict();

/** A checked glossary entry. */
export type GlossaryTerm = z.infer<typeof termSchema>;

/** A checked glossary. */
export type Glossary = z.infer<typeof glossarySchema>;

/** How an edition counts GPUs. */
export type Counting = z.infer<typeof countingSchema>;

/**
 * Parses and checks a glossary; throws "file: terms[3].zh-tw: must not be empty"
 * (src/utils/parse-errors.ts).
 */
export function parseGlossary(raw: unknown, file: string): Glossary {
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    const unknownEdition = result.error.issues.some(
      (issue) => issue.code === 'unrecognized_keys' && issue.path.at(-2) === 'terms',
    );
    throw new Error(
      zodMessage(file, result.error) +
        (unknownEdition ? "\n(a term's editions are zh-tw and zh-hk)" : ''),
    );
  }
  const seen = new Map<string, number>();
  result.data.terms.forEach((term, i) => {
    const key = `${term.cn}#${term.sense ?? ''}`;
    const first = seen.get(key);
    const what = term.sense ? `"${term.cn}" (sense "${term.sense}")` : `"${term.cn}"`;
    if (first !== undefined)
      throw new Error(`${file}: terms[${i}].cn: ${what} is already defined at terms[${first}]`);
    seen.set(key, i);
  });
  return result.data;
}

/** The form a term takes in an edition, or undefined when the glossary leaves it to OpenCC. */
export function termForm(term: GlossaryTerm, edition: TraditionalEdition): string | undefined {
  if (term.keep) return term.cn;
  return term[edition];
}

/** The default-reading terms (no sense) of a glossary. */
export function defaultTerms(glossary: Glossary): GlossaryTerm[] {
  return glossary.terms.filter((t) => t.sense === undefined);
}

/**
 * Forms an edition must never show, because the glossary marks them the other region's own:
 * for zh-hk the exclusive Taiwan forms, for zh-tw the exclusive Hong Kong forms.
 */
export function foreignForms(glossary: Glossary, edition: TraditionalEdition): string[] {
  const other: TraditionalEdition = edition === 'zh-tw' ? 'zh-hk' : 'zh-tw';
  const own = new Set(
    glossary.terms.map((t) => termForm(t, edition)).filter((f): f is string => f !== undefined),
  );
  const forms = new Set<string>();
  for (const term of glossary.terms) {
    const form = term.exclusive ? term[other] : undefined;
    if (form !== undefined && !own.has(form)) forms.add(form);
  }
  return [...forms];
}
