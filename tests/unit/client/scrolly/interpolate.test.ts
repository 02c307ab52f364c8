import { easeCubicInOut as d3EaseCubicInOut } from 'd3-ease';
import { describe, expect, it } from 'vitest';
import {
  easeCubicInOut,
  interpolateAttr,
  interpolateText,
} from '../../../../src/client/scrolly/interpolate.ts';

describe('easing', () => {
  it('starts at 0, ends at 1, is half way at the middle and clamps outside', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(-1)).toBe(0);
    expect(easeCubicInOut(3)).toBe(1);
    expect(easeCubicInOut(0.25)).toBeLessThan(0.25);
  });
  it("is d3-ease's cubic in-out", () => {
    for (let t = 0; t <= 1; t += 1 / 64)
      expect(easeCubicInOut(t)).toBeCloseTo(d3EaseCubicInOut(t), 12);
  });
});

describe('attribute interpolation', () => {
  it('blends numbers as the SVG writes them (two decimals) and ends exactly on the target', () => {
    const f = interpolateAttr('10', '20')!;
    expect(f(0)).toBe('10');
    expect(f(0.333)).toBe('13.33');
    expect(f(1)).toBe('20');
  });
  it('swaps what cannot be blended: a path, a keyword, a missing start, no change', () => {
    expect(interpolateAttr('M0,10L20,30', 'M10,10L40,-10')).toBeNull();
    expect(interpolateAttr('start', 'end')).toBeNull();
    expect(interpolateAttr(null, '5')).toBeNull();
    expect(interpolateAttr('5', '5')).toBeNull();
  });
});

describe('text interpolation', () => {
  it('counts one changed number, written like the target', () => {
    expect(interpolateText('557.6万美元', '6168万美元')!(0.5)).toBe('3363万美元');
    expect(interpolateText('20个', '132个')!(0)).toBe('20个');
    expect(interpolateText('20个', '132个')!(1)).toBe('132个');
  });
  it('leaves other changes to a swap', () => {
    expect(interpolateText('第1名', '第1名')).toBeNull();
    expect(interpolateText(null, '5个')).toBeNull();
    expect(interpolateText('1600万次', '第1名')).toBeNull();
  });
});
