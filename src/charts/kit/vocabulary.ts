/**
 * The words and classes every chart uses for what a figure is. A figure's status words and marks
 * and the kinds of money come from the facts domain (src/facts/), re-exported here so a chart
 * imports its vocabulary from the kit; this file adds how charts draw them (an unverified figure
 * dashed, each kind of money its shape and colour). Pure; build time.
 */
import { isUnverified, MONEY_WORDS, type Fact, type MoneyKind } from '../../facts/index.ts';
import { COLOUR, STYLE } from './colours.ts';

export {
  STATUS_TEXT,
  isUnverified,
  withStatusText,
  factLabel,
  unverifiedNote,
  statusOf,
  type MoneyKind,
} from '../../facts/index.ts';

/** The class that draws a mark dashed: its figure is not verified. */
export const UNVERIFIED_CLASS = 'mark-unverified';

/** A mark's classes with the unverified style added when any of its facts is unverified. */
export function withStatus(className: string, ...facts: (Fact | undefined)[]): string {
  return isUnverified(...facts) ? `${className} ${UNVERIFIED_CLASS}` : className;
}

/** A name with its notes in brackets, the empty ones left out: "萤火二号（A100，分期建设中）". */
export function withNote(name: string, ...notes: (string | undefined)[]): string {
  const extra = notes.filter(Boolean).join('，');
  return extra ? `${name}（${extra}）` : name;
}

/** How each kind of money is drawn: `style` is its shape's style (ownership hollow). */
const MONEY_LOOK: Record<MoneyKind, { className: string; style: string }> = {
  market: { className: COLOUR.loss, style: '' },
  ownership: { className: `${COLOUR.other} ${STYLE.hollow}`, style: STYLE.hollow },
  rental: { className: COLOUR.deepseek, style: '' },
};

/**
 * How each kind of money is drawn and named, the same on every chart that shows money: `style` is
 * its shape's style (ownership hollow), `className` its colour when the payer is the usual one (a
 * market loss is NVIDIA's and the market's, rented compute DeepSeek's, capital spending others')
 * with its style.
 */
export const MONEY: Record<
  MoneyKind,
  { className: string; style: string; name: string; legend: string }
> = {
  market: { ...MONEY_LOOK.market, ...MONEY_WORDS.market },
  ownership: { ...MONEY_LOOK.ownership, ...MONEY_WORDS.ownership },
  rental: { ...MONEY_LOOK.rental, ...MONEY_WORDS.rental },
};
