/**
 * The cover's hero graphic (src/cover/hero-svg.ts) is drawn from the chart kit in both width
 * classes: its geometry is the kit's (the phone an override, the desktop the base enlarged), its
 * marks come from the kit's builders and the SVG from the marks renderer, and the squares' areas
 * keep the sums' proportions.
 */
import { describe, expect, it } from 'vitest';
import { HERO_GEOMETRY, heroMarks, heroSvg, type HeroSum } from '../../../src/cover/hero-svg.ts';
import { renderMarks } from '../../../src/marks/render-svg.ts';
import { WIDTH_CLASSES } from '../../../src/marks/types.ts';

const BIG: [HeroSum, HeroSum] = [
  { label: '英伟达一天蒸发的市值', value: 589e9, text: '约5890亿美元' },
  { label: '星际之门四年计划', value: 500e9, text: '5000亿美元' },
];
const SMALL: HeroSum = { label: 'V3最终训练', value: 5.576e6, text: '557.6万美元' };

describe.each(WIDTH_CLASSES)('the hero, %s', (widthClass) => {
  const g = HERO_GEOMETRY[widthClass];
  const { frame, marks } = heroMarks(BIG, SMALL, widthClass);
  const mark = (key: string) => marks.find((m) => m.key === key)!;

  it('is the marks renderer drawing the kit marks, in a frame of its own', () => {
    const svg = heroSvg(BIG, SMALL, widthClass, '三笔钱');
    expect(svg).toContain(`class="hero-svg hero-${widthClass}"`);
    expect(svg).toContain(`viewBox="0 0 ${frame.width} ${frame.height}"`);
    expect(svg).toContain(renderMarks(marks));
  });

  it('sets its words at the geometry sizes: labels and figures, 14 px or more', () => {
    expect(mark('loss-label').attrs['font-size']).toBe(g.type.label);
    expect(mark('run-figure').attrs['font-size']).toBe(g.figure);
    for (const t of marks.filter((m) => m.kind === 'text'))
      expect(t.attrs['font-size'] as number).toBeGreaterThanOrEqual(14);
  });

  it('draws the sums as squares whose areas keep their proportion, the largest at its side', () => {
    const [a, b] = [mark('loss-square'), mark('plan-square')].map((m) => m.attrs.width as number);
    expect(a).toBeCloseTo(g.side);
    expect((b! / a!) ** 2).toBeCloseTo(BIG[1].value / BIG[0].value, 3);
    // every mark inside the frame
    for (const m of marks.filter((m) => m.kind === 'rect'))
      expect((m.attrs.x as number) + (m.attrs.width as number)).toBeLessThanOrEqual(frame.width);
  });
});

it('the phone hero is as wide as a phone, the wide one enlarged from the same base', () => {
  expect(heroMarks(BIG, SMALL, 'phone').frame.width).toBe(360);
  expect(HERO_GEOMETRY.wide.side).toBe(300);
  expect(HERO_GEOMETRY.wide.type.label).toBe(16);
});
