/**
 * Helpers the chart modules share: fact dates and statuses as readers see them, label
 * widths, and dataset error messages that name the file and the field.
 */
import type { z } from 'astro/zod';
import { factText } from '../data/registry.ts';
import type { Fact } from '../data/facts-schema.ts';
import { formatDate } from '../utils/format-number.ts';

/** Finds a fact by id; throws naming `where` when it is unknown (the registry's getFact fits). */
export type FactLookup = (id: string, where: string) => Fact;

/** The status of a fact as a reader-facing word. */
export const STATUS_TEXT: Record<Fact['status'], string> = {
  verified: '已核实',
  unverified: '未证实',
  corrected: '已更正',
};

/** Estimated rendered width of `text` in em: CJK and full-width characters 1, Latin and digits 0.62. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x20) em += 0.3;
    else if (code < 0x2000) em += 0.62;
    else em += 1;
  }
  return em;
}

/** A zod issue path as written in JSON terms: ["events", 2, "fact"] → "events[2].fact". */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(root)';
}

/** Turns a zod error into "file: field: message" lines. */
export function zodMessage(file: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${file}: ${issuePath(issue.path)}: ${issue.message}`).join('\n');
}

/** The date a fact stands for: its value for date and year facts, else its `date` field. */
export function factDate(fact: Fact): string | undefined {
  if (fact.unit === 'date' && typeof fact.value === 'string') return fact.value;
  if (fact.unit === '年' && typeof fact.value === 'number' && Number.isInteger(fact.value)) return String(fact.value);
  return fact.date;
}

/** The date of a fact as readers see it, through the registry's formatting ("约2015年" when approximate). */
export function factDateText(fact: Fact, iso: string): string {
  return fact.unit === 'date' || fact.unit === '年' ? factText(fact) : formatDate(iso);
}

/** An ISO date as a decimal year: "2023-07" → 2023.5. */
export function decimalYear(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return y + (m - 1) / 12 + (d - 1) / daysInMonth / 12;
}
