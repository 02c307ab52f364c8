import { describe, expect, it } from 'vitest';
import { makeBaselineHtml } from '../../../scripts/bench/baseline.ts';

describe('the baseline page', () => {
  it("swaps the site's scripts for the baseline bundle and keeps data islands", () => {
    const html =
      '<html><head><link rel="stylesheet" href="/_astro/s.css"><link rel="modulepreload" href="/_astro/m.js">' +
      '<script type="application/ld+json">{"@type":"Article"}</script></head><body><p>正文</p>' +
      '<script type="module" src="/_astro/Scrolly.js"></script><script type="application/json" data-chart-states>{"states":[]}</script>' +
      '<script>document.documentElement.dataset.js=""</script></body></html>';
    expect(makeBaselineHtml(html, '/baseline/baseline.js')).toBe(
      '<html><head><link rel="stylesheet" href="/_astro/s.css"><script type="application/ld+json">{"@type":"Article"}</script>' +
        '<script type="module" src="/baseline/baseline.js"></script></head><body><p>正文</p>' +
        '<script type="application/json" data-chart-states>{"states":[]}</script></body></html>',
    );
  });
});
