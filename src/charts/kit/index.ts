/**
 * The chart kit: what every chart module imports. defineChart (loading, checking, steps, facts),
 * mark builders, the headline layer, d3 scales and axes, label placement, text measures, status and money vocabulary.
 */
export * from './define-chart.ts';
export * from './marks.ts';
export * from './headline.ts';
export * from './scales.ts';
export * from './dodge.ts';
export * from './text.ts';
export * from './vocabulary.ts';
export * from '../../facts/dates.ts';
export * from './frames.ts';
export * from './geometry.ts';
export * from './colours.ts';
