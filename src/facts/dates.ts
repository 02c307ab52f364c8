/**
 * Dates of facts as charts use them: the date a fact stands for, and as readers see it.
 */
import type { Fact } from './schema.ts';
import { factText } from './fact-text.ts';
import { formatDate } from '../utils/format-number.ts';

/** The date a fact stands for: its value for date and year facts, else its `date` field. */
export function factDate(fact: Fact): string | undefined {
  if (fact.unit === 'date' && typeof fact.value === 'string') return fact.value;
  if (fact.unit === '年' && typeof fact.value === 'number' && Number.isInteger(fact.value))
    return String(fact.value);
  return fact.date;
}

/**
 * The date of a fact as readers see it, through the registry's formatting ("约2015年" when
 * approximate).
 */
export function factDateText(fact: Fact, iso: string): string {
  return fact.unit === 'date' || fact.unit === '年' ? factText(fact) : formatDate(iso);
}

/** A fact's date and how readers see it; throws through `fail` when the fact has none. */
export function datedFact(
  fact: Fact,
  fail: (message: string) => never,
): { fact: Fact; iso: string; text: string } {
  const iso = factDate(fact);
  if (!iso) fail(`fact "${fact.id}" has no date`);
  return { fact, iso, text: factDateText(fact, iso) };
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a UTC Date. */
export function isoToDate(iso: string): Date {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
