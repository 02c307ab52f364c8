import { describe, expect, it } from 'vitest';
import { cardAlt, firstChart, siteAddress } from '../../../src/share-card/page-card.ts';

describe("a page's share card", () => {
  it('shows the first chart the chapter shows', () => {
    expect(firstChart('正文\n<Chart id="gpu-units" step={2} />\n<Scrolly chart="timeline">')).toBe(
      'gpu-units',
    );
    expect(firstChart('<Scrolly chart="timeline">\n<Step>…</Step>\n</Scrolly>')).toBe('timeline');
    expect(firstChart('没有图表的一章')).toBeUndefined();
  });

  it('prints the site address without its scheme, under its sub-path', () => {
    expect(siteAddress(new URL('https://example.org'), '/stories/deepseek/')).toBe(
      'example.org/stories/deepseek',
    );
    expect(siteAddress(new URL('https://example.org'), '/')).toBe('example.org');
  });

  it('prints no address when the build has no public one (never a local one)', () => {
    expect(siteAddress(undefined, '/')).toBeUndefined();
  });

  it('says in its alt text which title and chart it shows', () => {
    expect(cardAlt('震荡', '一天里的涨跌')).toBe('分享图：震荡，配图为「一天里的涨跌」');
  });
});
