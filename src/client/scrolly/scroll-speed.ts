/**
 * Client adapter: tells reading from flinging. Scroll positions are sampled in scroll events while
 * the scrolly is near the screen; a change between reading and flinging is reported to the machine.
 */
import { FLING_SPEED, scrollSpeed } from './scroll-math.ts';
import type { StepEvent } from './step-machine.ts';

/**
 * Samples scrolling while `isNear()`, sending a speed event when the reader starts or stops
 * flinging.
 */
export function scrollSpeedReports(
  isNear: () => boolean,
  send: (event: StepEvent) => void,
  signal: AbortSignal,
): void {
  let samples: [number, number][] = [];
  let fast = false;
  window.addEventListener(
    'scroll',
    () => {
      if (!isNear()) return;
      const now = performance.now();
      samples = samples.filter(([t]) => now - t < 300);
      samples.push([now, window.scrollY]);
      const flinging = scrollSpeed(samples, now) > FLING_SPEED;
      if (flinging !== fast) send({ type: 'speed', fast: (fast = flinging) });
    },
    { signal, passive: true },
  );
}
