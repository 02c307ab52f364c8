/**
 * The words and classes every chart (and the prose's <Fact>) uses for what a figure is: its status
 * (已核实 / 未证实 / 已更正, and how an unverified figure is drawn) and what an amount of money is
 * (a fall in market value, ownership or capital spending, rented compute). Pure; build time.
 */
import type { Fact } from '../../data/facts-schema.ts';
import { factText } from '../../data/registry.ts';
import { COLOUR, STYLE } from './colours.ts';

/** The status of a fact as a reader-facing word. */
export const STATUS_TEXT: Record<Fact['status'], string> = {
  verified: '已核实',
  unverified: '未证实',
  corrected: '已更正',
};

/** The class that draws a mark dashed: its figure is not verified. */
export const UNVERIFIED_CLASS = 'mark-unverified';

/** Whether any of the facts is unverified. */
export function isUnverified(...facts: (Fact | undefined)[]): boolean {
  return facts.some((f) => f?.status === 'unverified');
}

/** A mark's classes with the unverified style added when any of its facts is unverified. */
export function withStatus(className: string, ...facts: (Fact | undefined)[]): string {
  return isUnverified(...facts) ? `${className} ${UNVERIFIED_CLASS}` : className;
}

/** A text with "（未证实）" after it when any of its facts is unverified. */
export function withStatusText(text: string, ...facts: (Fact | undefined)[]): string {
  return isUnverified(...facts) ? `${text}（未证实）` : text;
}

/**
 * A fact's value as readers see it, with "（未证实）" when it is unverified: "5亿美元（未证实）".
 */
export function factLabel(fact: Fact): string {
  return withStatusText(factText(fact), fact);
}

/** A name with its notes in brackets, the empty ones left out: "萤火二号（A100，分期建设中）". */
export function withNote(name: string, ...notes: (string | undefined)[]): string {
  const extra = notes.filter(Boolean).join('，');
  return extra ? `${name}（${extra}）` : name;
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

/**
 * What an amount of money is: a fall in market value, ownership/capital spending, or rented
 * compute.
 */
export type MoneyKind = 'market' | 'ownership' | 'rental';

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
  market: {
    className: COLOUR.loss,
    style: '',
    name: '市值损失',
    legend: '市值损失：股价下跌，不是花掉的钱',
  },
  ownership: {
    className: `${COLOUR.other} ${STYLE.hollow}`,
    style: STYLE.hollow,
    name: '持有成本/资本开支',
    legend: '持有成本/资本开支：买卡、建机房、运营',
  },
  rental: {
    className: COLOUR.deepseek,
    style: '',
    name: '租用算力折算',
    legend: '租用算力折算：GPU小时 × 每小时租价',
  },
};
