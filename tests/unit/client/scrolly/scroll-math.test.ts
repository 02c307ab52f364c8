import { describe, expect, it } from 'vitest';
import {
  FLING_SPEED,
  activeStep,
  clampOffset,
  scrollSpeed,
  stateForStep,
} from '../../../../src/client/scrolly/scroll-math.ts';

describe('scroll position to step', () => {
  const tops = [100, 600, 1100];
  it('is -1 before the first step reaches the line', () =>
    expect(activeStep([500, 900], 400)).toBe(-1));
  it('is the last step whose top passed the line', () => {
    expect(activeStep(tops, 480)).toBe(0);
    expect(activeStep(tops, 600)).toBe(1);
    expect(
      activeStep(
        tops.map((t) => t - 5000),
        480,
      ),
    ).toBe(2);
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

describe('scroll speed', () => {
  it('is the distance over the time of the recent samples, in px per second', () => {
    expect(
      scrollSpeed(
        [
          [0, 0],
          [100, 150],
        ],
        100,
      ),
    ).toBe(1500);
    expect(
      scrollSpeed(
        [
          [0, 500],
          [50, 480],
          [100, 470],
        ],
        100,
      ),
    ).toBe(300);
  });
  it('ignores samples older than the window and needs two', () => {
    expect(
      scrollSpeed(
        [
          [0, 0],
          [900, 5000],
          [1000, 5030],
        ],
        1000,
      ),
    ).toBe(300);
    expect(scrollSpeed([[1000, 5030]], 1000)).toBe(0);
    expect(scrollSpeed([], 1000)).toBe(0);
  });
  it('calls a pace over the fling speed a fling, and reading pace not', () => {
    expect(
      scrollSpeed(
        [
          [0, 0],
          [100, 150],
        ],
        100,
      ),
    ).toBeGreaterThan(FLING_SPEED);
    expect(
      scrollSpeed(
        [
          [0, 0],
          [100, 30],
        ],
        100,
      ),
    ).toBeLessThan(FLING_SPEED);
  });
});
