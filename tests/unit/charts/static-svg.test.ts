import { describe, it, expect } from 'vitest';
import { chartSvg } from '../../../src/charts/static-svg.ts';
import { factStore } from '../../../src/data/registry.ts';

describe('chartSvg: a chart step as a standalone SVG', () => {
  it('draws the static step with its title, every text through the converter', () => {
    const svg = chartSvg('value-lost', factStore(), (t) => t.replace(/英伟达/g, '輝達'));
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 640 720"/,
    );
    expect(svg).toContain('輝達');
    expect(svg).not.toContain('英伟达');
    expect(svg).toContain('data-key="bar-');
  });

  it('draws another step when asked', () => {
    expect(chartSvg('value-lost', factStore(), undefined, { step: 0 })).not.toContain(
      'data-key="bar-v3-training-cost"',
    );
    expect(chartSvg('value-lost', factStore())).toContain('data-key="bar-v3-training-cost"');
  });
});
