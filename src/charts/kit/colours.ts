/**
 * The story's colour language, written once (the colours are tokens.css --color-deepseek, -loss,
 * -other, -estimate; the classes are drawn in src/styles/charts.css). Each colour has one meaning
 * in every chart and step: a mark takes the colour of who or what it is, and shows focus, kind or
 * status by its style (hollow, light, dashed) and its label's weight, never by another colour.
 *
 *   rect('bar-v3', box, COLOUR.deepseek, fact)                 // DeepSeek's V3, dashed if
 * unverified   rect('sq-stargate', box, `${COLOUR.other} ${STYLE.hollow}`) // capital spending by
 * others
 */

/** Who or what a mark stands for. */
export type Entity = 'deepseek' | 'loss' | 'other' | 'estimate' | 'neutral';

/** The class of each entity's colour. */
export const COLOUR: Readonly<Record<Entity, string>> = {
  /** DeepSeek, High-Flyer (its parent) and their models, clusters and costs. */
  deepseek: 'mark-deepseek',
  /** NVIDIA and market losses. */
  loss: 'mark-loss',
  /** Other actors (OpenAI, Meta, other firms and indices) and context. */
  other: 'mark-other',
  /** An estimate by an analyst or a circulating article, not a reported figure. */
  estimate: 'mark-estimate',
  /** Ink: a mark about no one (an evidence marker, the debate in focus). */
  neutral: 'mark-ink',
};

/**
 * Styles a mark adds to its colour. Unverified figures are UNVERIFIED_CLASS (kit/vocabulary.ts).
 */
export const STYLE = {
  /** Outlined, not filled: ownership and capital spending, a rank before it changed, a claim. */
  hollow: 'mark-hollow',
  /** Lighter with a solid outline: an intraday snapshot, a state still to come. */
  snapshot: 'mark-snapshot',
  /** One of several segments of a whole in one colour, parted by a gap. */
  segment: 'mark-segment',
  /**
   * A legend swatch: neutral, showing a style only (add `filled`, `snapshot` or the unverified
   * class).
   */
  legend: 'mark-legend',
  /** A filled neutral legend swatch. */
  filled: 'mark-filled',
  /** A guide line (a leader, a dotted measure line): a rule, not data. */
  guide: 'mark-guide',
} as const;
