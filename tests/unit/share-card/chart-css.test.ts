import { describe, expect, it } from 'vitest';
import { resolveChartCss, rootTokens } from '../../../src/share-card/chart-css.ts';

const tokens = `:root { --color-ink: #111; --color-accent: #b3261e; --font-ui: 'Noto Sans SC', sans-serif; }
@media (prefers-color-scheme: dark) { :root { --color-ink: #eee; } }`;
const charts = `/* marks */
svg text { font-family: var(--font-ui); fill: var(--color-ink); }
svg :is(rect, circle).mark-x { fill: var(--color-accent); stroke: var(--missing, #abc); }
@media (prefers-reduced-motion: no-preference) { svg rect { transition: fill 300ms ease; } }`;

describe('chart stylesheet for a share card', () => {
  it('reads the light theme tokens only', () => {
    expect(rootTokens(tokens).get('--color-ink')).toBe('#111');
  });

  it('puts token values in place of variables, writes out :is() and scopes every rule to the chart', () => {
    const css = resolveChartCss(charts, tokens, '.card-chart');
    expect(css).toContain(
      ".card-chart svg text { font-family: 'Noto Sans SC', sans-serif; fill: #111; }",
    );
    expect(css).toContain(
      '.card-chart svg rect.mark-x, .card-chart svg circle.mark-x { fill: #b3261e; stroke: #abc; }',
    );
  });

  it('drops comments and media blocks', () => {
    const css = resolveChartCss(charts, tokens, '.card-chart');
    expect(css).not.toMatch(/@media|transition|\/\*/);
  });
});
