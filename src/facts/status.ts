/**
 * What a figure's status means to a reader: the word for it (已核实 / 未证实 / 已更正) and the marks a
 * figure carries in running text and in charts, in one place so components, charts, checks and
 * tests agree. Pure.
 */
import type { Fact } from './schema.ts';
import { factText } from './fact-text.ts';

/** After a figure no primary source confirms: visible, short. */
export const UNVERIFIED_MARK = '（未证实）';

/** After a figure a source article got wrong: a quiet sign linking to the correction. */
export const CORRECTION_SIGN = '※';

/** The status of a fact as a reader-facing word. */
export const STATUS_TEXT: Record<Fact['status'], string> = {
  verified: '已核实',
  unverified: '未证实',
  corrected: '已更正',
};

/** Whether any of the facts is unverified. */
export function isUnverified(...facts: (Fact | undefined)[]): boolean {
  return facts.some((f) => f?.status === 'unverified');
}

/** A text with "（未证实）" after it when any of its facts is unverified. */
export function withStatusText(text: string, ...facts: (Fact | undefined)[]): string {
  return isUnverified(...facts) ? `${text}${UNVERIFIED_MARK}` : text;
}

/**
 * A fact's value as readers see it, with "（未证实）" when it is unverified: "5亿美元（未证实）".
 */
export function factLabel(fact: Fact): string {
  return withStatusText(factText(fact), fact);
}

/**
 * The sentence a text alternative ends with when some figures are unverified ("" when none are).
 */
export function unverifiedNote(names: readonly string[]): string {
  return names.length ? `其中${names.join('、')}尚未证实，以虚线画出。` : '';
}

/**
 * The weakest status among facts, as a word for a table cell (unverified, then corrected, then
 * verified).
 */
export function statusOf(...facts: (Fact | undefined)[]): string {
  const present = facts.filter((f): f is Fact => Boolean(f));
  if (present.some((f) => f.status === 'unverified')) return STATUS_TEXT.unverified;
  if (present.some((f) => f.status === 'corrected')) return STATUS_TEXT.corrected;
  return STATUS_TEXT.verified;
}
