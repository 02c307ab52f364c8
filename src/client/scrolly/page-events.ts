/**
 * Client adapter: what the page does around a scrolly, as machine events. A resize (debounced), the
 * end of a scroll, an anchor jump, a page shown from the history, printing and its end, and the
 * scrolly coming within a screen's height of the screen.
 */
import { activeStep, clampOffset } from './scroll-math.ts';
import type { StepEvent } from './step-machine.ts';

/** How long a resize must rest before the steps are read again, in ms. */
const RESIZE_REST = 150;

/** The trigger line CSS sets for this screen (--scrolly-trigger in src/styles/scrolly.css). */
export function cssTrigger(section: HTMLElement): number {
  return clampOffset(getComputedStyle(section).getPropertyValue('--scrolly-trigger'));
}

/** The step at the trigger line `trigger`, read from the steps' positions: -1 before the first. */
export function readActive(steps: readonly HTMLElement[], trigger: number): number {
  return activeStep(
    steps.map((s) => s.getBoundingClientRect().top),
    window.innerHeight * trigger,
  );
}

/** What the page events need of the scrolly. */
export interface PageEventsOptions {
  section: HTMLElement;
  steps: readonly HTMLElement[];
  /** The trigger line in use (scrollama's). */
  line: () => number;
  /** Whether the scrolly is near the screen now. */
  isNear: () => boolean;
  /** Measures the steps again before a resize is reported. */
  remeasure: () => void;
  send: (event: StepEvent) => void;
  signal: AbortSignal;
}

/**
 * Sends the page's events to the machine until `signal` aborts; returns the teardown of its
 * observer and timers.
 */
export function pageEvents(options: PageEventsOptions): () => void {
  const { section, steps, line, isNear, remeasure, send, signal } = options;
  const on = (target: EventTarget, type: string, listener: () => void): void =>
    target.addEventListener(type, listener, { signal });
  const active = (): number => readActive(steps, line());
  let resizeTimer = 0;
  let settleTask = 0;
  on(window, 'resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      remeasure();
      const trigger = cssTrigger(section);
      send({ type: 'resize', active: readActive(steps, trigger), trigger });
    }, RESIZE_REST);
  });
  // a jump, or a scroll that carried a step past the line between two frames (so scrollama never
  // saw it at the line), ends with no report from scrollama: the steps read when the scroll ends
  // settle it, in a task of its own so that the frame only renders it
  on(window, 'scrollend', () => {
    if (!isNear() || settleTask) return;
    settleTask = window.setTimeout(() => {
      settleTask = 0;
      send({ type: 'settled', active: active() });
    });
  });
  on(window, 'hashchange', () => send({ type: 'jump', active: active() }));
  // a page shown (on a first load, at the end of parsing, whose task should not also pay for
  // reading the steps and drawing) is read in a task of its own
  on(window, 'pageshow', () =>
    window.setTimeout(() => {
      if (!signal.aborted) send({ type: 'jump', active: active() });
    }),
  );
  on(window, 'beforeprint', () => send({ type: 'print' }));
  on(window, 'afterprint', () => {
    const trigger = cssTrigger(section);
    send({ type: 'printed', active: readActive(steps, trigger), trigger });
  });
  // a fling carries a whole scrolly past between two frames: coming near, it catches up at once
  const nearby = new IntersectionObserver(
    (entries) => send({ type: 'near', near: entries.at(-1)!.isIntersecting, active: active() }),
    { rootMargin: '100% 0px' },
  );
  nearby.observe(section);
  return () => {
    nearby.disconnect();
    window.clearTimeout(resizeTimer);
    window.clearTimeout(settleTask);
  };
}
