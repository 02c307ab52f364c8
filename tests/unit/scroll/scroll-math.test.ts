import { describe, expect, it } from 'vitest';
import { activeStep, clampOffset, stateForStep } from '../../../src/scroll/scroll-math.ts';

describe('scroll position to step', () => {
  const tops = [100, 600, 1100];
  it('is -1 before the first step reaches the line', () => expect(activeStep([500, 900], 400)).toBe(-1));
  it('is the last step whose top passed the line', () => {
    expect(activeStep(tops, 480)).toBe(0);
    expect(activeStep(tops, 600)).toBe(1);
    expect(activeStep(tops.map((t) => t - 5000), 480)).toBe(2);
  });
  it('shows the first state before the first step and never past the last', () => {
    expect(stateForStep(-1, 4)).toBe(0);
    expect(stateForStep(3, 4)).toBe(3);
    expect(stateForStep(9, 4)).toBe(3);
  });
});

describe('scrollama offsets', () => {
  it('clamps to 0..1', () => {
    expect(clampOffset(1.7)).toBe(1);
    expect(clampOffset(-0.2)).toBe(0);
    expect(clampOffset('0.35')).toBe(0.35);
  });
  it('falls back for garbage', () => {
    expect(clampOffset(undefined)).toBe(0.6);
    expect(clampOffset('abc', 0.5)).toBe(0.5);
  });
});
