/**
 * The project glossary (content/glossary.json): per-edition forms of terms and names,
 * applied on top of OpenCC. Pure parsing; every error names the file and the field.
 */
import { z } from 'astro/zod';

const form = z.string().trim().min(1, 'must not be empty');

/** One glossary entry: a Simplified term and its form in each Traditional edition. */
const termSchema = z
  .object({
    cn: form,
    'zh-tw': form.optional(),
    'zh-hk': form.optional(),
    /** Same form in both Traditional editions. */
    both: form.optional(),
    /** Keep the term exactly as written in every edition (a protected name). */
    keep: z.literal(true).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((term, ctx) => {
    const given = [term['zh-tw'], term['zh-hk'], term.both, term.keep].filter((x) => x !== undefined).length;
    if (given === 0) ctx.addIssue({ code: 'custom', path: ['zh-tw'], message: 'give "zh-tw", "zh-hk", "both" or "keep": true' });
    if (term.both !== undefined && (term['zh-tw'] !== undefined || term['zh-hk'] !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['both'], message: '"both" cannot be combined with "zh-tw" or "zh-hk"' });
    }
    if (term.keep && given > 1) ctx.addIssue({ code: 'custom', path: ['keep'], message: '"keep" cannot be combined with other forms' });
  });

const glossarySchema = z.object({ terms: z.array(termSchema) }).strict();

/** A checked glossary entry. */
export type GlossaryTerm = z.infer<typeof termSchema>;

/** The Traditional editions a glossary can address. */
export type TraditionalEdition = 'zh-tw' | 'zh-hk';

/** Parses and checks a glossary; throws "file: terms[3].zh-tw: must not be empty". */
export function parseGlossary(raw: unknown, file: string): GlossaryTerm[] {
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')}; editions are zh-tw and zh-hk)` : '';
      return `${file}: ${where || '(root)'}: ${issue.message}${keys}`;
    });
    throw new Error(lines.join('\n'));
  }
  const seen = new Map<string, number>();
  result.data.terms.forEach((term, i) => {
    const first = seen.get(term.cn);
    if (first !== undefined) throw new Error(`${file}: terms[${i}].cn: "${term.cn}" is already defined at terms[${first}]`);
    seen.set(term.cn, i);
  });
  return result.data.terms;
}

/** The form a term takes in an edition, or undefined when the glossary leaves it to OpenCC. */
export function termForm(term: GlossaryTerm, edition: TraditionalEdition): string | undefined {
  if (term.keep) return term.cn;
  return term[edition] ?? term.both;
}
