/**
 * Pure helpers of the scroll controller, unit-tested without a browser.
 */

/** Clamps a scrollama offset to 0..1 (scrollama throws above 1); non-numbers give the fallback. */
export function clampOffset(value: unknown, fallback = 0.6): number {
  const n =
    typeof value === 'string'
      ? Number.parseFloat(value)
      : typeof value === 'number'
        ? value
        : Number.NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(1, Math.max(0, n));
}

/**
 * The active step: the last step whose top is at or above the trigger line; -1 before the first.
 */
export function activeStep(stepTops: readonly number[], triggerLine: number): number {
  let active = -1;
  for (let i = 0; i < stepTops.length; i++) {
    if (stepTops[i]! <= triggerLine) active = i;
    else break;
  }
  return active;
}

/** The chart state to show for an active step: before the first step, the first state. */
export function stateForStep(active: number, steps: number): number {
  return Math.min(Math.max(active, 0), steps - 1);
}

/**
 * Scrolling faster than this (CSS px per second) is a fling: charts keep up instead of animating.
 */
export const FLING_SPEED = 1000;

/**
 * Scroll speed in CSS px per second from the latest samples ([time ms, scrollY]) within the last
 * `windowMs` before `now`; 0 with fewer than two samples.
 */
export function scrollSpeed(
  samples: readonly (readonly [number, number])[],
  now: number,
  windowMs = 150,
): number {
  const recent = samples.filter(([t]) => now - t <= windowMs);
  if (recent.length < 2) return 0;
  const [t0, y0] = recent[0]!;
  const [t1, y1] = recent[recent.length - 1]!;
  return t1 > t0 ? (Math.abs(y1 - y0) / (t1 - t0)) * 1000 : 0;
}
