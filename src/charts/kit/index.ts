/**
 * The chart kit: what every chart module imports. defineChart (loading, checking, steps, facts), the
 * base geometry every chart extends, mark builders, the layers (headline, legend, axes, bar rows,
 * unit grid, callout column), each with the text-fit check its chart's resolve calls, d3 scales,
 * label placement, text measures, status and money vocabulary.
 */
export * from './define-chart.ts';
export * from './marks.ts';
export * from './headline.ts';
export * from './legend.ts';
export * from './axis.ts';
export * from './bar-rows.ts';
export * from './unit-grid.ts';
export * from './callouts.ts';
export * from './scales.ts';
export * from './dodge.ts';
export * from './text.ts';
export * from './vocabulary.ts';
export * from '../../facts/dates.ts';
export * from './frames.ts';
export * from './geometry.ts';
export * from './colours.ts';
