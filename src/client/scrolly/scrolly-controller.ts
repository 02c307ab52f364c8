/**
 * Client: drives every <Scrolly> on the page. The chart's state is derived from the steps'
 * positions (never replayed from enter/exit events), so fast flings, anchor jumps, reloads
 * mid-page and the back button all land in the right state. scrollama's observers tell
 * when to look; work is batched into animation frames; resizes are debounced; a keyboard
 * user can step with the arrow keys; reduced motion applies states at once, and so do a fling
 * and a step reached while the previous transition is still running.
 */
import scrollama from 'scrollama';
import type { Mark } from '../../marks/types.ts';
import { createAnimator } from './chart-animator.ts';
import { FLING_SPEED, activeStep, clampOffset, scrollSpeed, stateForStep } from './scroll-math.ts';

const DURATION = 650;
const started = new WeakSet<Element>();

/** Sets up one scrolly; returns its teardown. */
export function setupScrolly(section: HTMLElement): () => void {
  const island = section.querySelector('script[data-chart-states]');
  const svg = section.querySelector<SVGSVGElement>('svg.chart');
  const steps = Array.from(section.querySelectorAll<HTMLElement>('.scrolly-steps .step'));
  if (!island || !svg || steps.length === 0) return () => {};
  const { states } = JSON.parse(island.textContent ?? '{}') as { states: Mark[][] };
  const trigger = (): number => clampOffset(getComputedStyle(section).getPropertyValue('--scrolly-trigger'));
  let offset = trigger();
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const animator = createAnimator(svg);
  const staticStep = Number(svg.dataset.step);
  let shown = staticStep;
  let frame = 0;
  let resizeTimer = 0;
  // the steps' positions in the page, measured once and again only when the layout changes,
  // so that scrolling reads no layout (no forced reflow while charts are animating)
  const measure = (): number[] => steps.map((s) => s.getBoundingClientRect().top + window.scrollY);
  let tops = measure();
  // the scroll position and viewport height, read in the scroll and resize events (before any
  // animation frame writes to the page), never inside the frame where transitions run
  let scrollY = window.scrollY;
  let viewportHeight = window.innerHeight;
  // recent scroll positions, to tell reading from flinging
  let samples: [number, number][] = [];

  // while printing, the chart stays in its printed state whatever the print layout does to scrolling
  let printing = false;

  const update = (instant: boolean): void => {
    if (printing) return;
    const active = activeStep(tops.map((top) => top - scrollY), viewportHeight * offset);
    steps.forEach((s, i) => s.classList.toggle('is-active', i === active));
    const state = stateForStep(active, states.length);
    if (state === shown) return;
    // a reader who flings, or reaches the next step before the last transition ended (a run of key
    // presses), is moving fast: the chart keeps up by showing the state at once instead of moving
    const fast = animator.busy() || scrollSpeed(samples, performance.now()) > FLING_SPEED;
    animator.draw(states[state] ?? [], instant || reducedMotion.matches || fast ? 0 : DURATION);
    shown = state;
    svg.dataset.step = String(state);
    section.dataset.activeStep = String(state);
  };
  const onScroll = (): void => {
    scrollY = window.scrollY;
    const now = performance.now();
    samples = samples.filter(([t]) => now - t < 300);
    samples.push([now, scrollY]);
    schedule();
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      update(false);
    });
  };
  const jump = (): void => {
    tops = measure();
    scrollY = window.scrollY;
    viewportHeight = window.innerHeight;
    update(true);
  };
  // print the state that tells the most, complete; go back to the reader's state afterwards
  const beforePrint = (): void => {
    printing = true;
    animator.draw(states[staticStep] ?? [], 0);
    svg.dataset.step = String(staticStep);
    shown = staticStep;
  };

  const scroller = scrollama();
  scroller.setup({ step: steps, offset: offset as scrollama.DecimalType }).onStepEnter(schedule).onStepExit(schedule);

  const onResize = (): void => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      offset = trigger();
      tops = measure();
      scrollY = window.scrollY;
      viewportHeight = window.innerHeight;
      scroller.resize();
      schedule();
    }, 150);
  };
  const onKey = (event: KeyboardEvent): void => {
    const at = steps.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const delta = ['ArrowDown', 'PageDown', 'j'].includes(event.key) ? 1 : ['ArrowUp', 'PageUp', 'k'].includes(event.key) ? -1 : 0;
    const next = steps[at + delta];
    if (!delta || !next) return;
    event.preventDefault();
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  };

  // fonts arriving, images loading or the reader's text size can move the steps
  const layoutObserver = new ResizeObserver(onResize);
  layoutObserver.observe(document.body);
  window.addEventListener('resize', onResize);
  window.addEventListener('hashchange', jump);
  window.addEventListener('pageshow', jump);
  window.addEventListener('beforeprint', beforePrint);
  const afterPrint = (): void => {
    printing = false;
    jump();
  };
  window.addEventListener('afterprint', afterPrint);
  window.addEventListener('scroll', onScroll, { passive: true });
  section.addEventListener('keydown', onKey);
  section.addEventListener('focusin', schedule);
  section.classList.add('is-live');
  jump();
  // the first step change should not also pay for reading the chart: do that while the page is idle
  const idle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 200));
  idle(() => animator.prepare(states, states[staticStep] ?? []));

  return () => {
    scroller.destroy();
    animator.stop();
    cancelAnimationFrame(frame);
    window.clearTimeout(resizeTimer);
    layoutObserver.disconnect();
    window.removeEventListener('resize', onResize);
    window.removeEventListener('hashchange', jump);
    window.removeEventListener('pageshow', jump);
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
    window.removeEventListener('scroll', onScroll);
    section.removeEventListener('keydown', onKey);
    section.removeEventListener('focusin', schedule);
    section.classList.remove('is-live');
  };
}

/** Starts every scrolly on the page once; tears them down when the page is discarded. */
export function startScrollies(): void {
  const teardowns: (() => void)[] = [];
  for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    if (started.has(section)) continue;
    started.add(section);
    teardowns.push(setupScrolly(section));
  }
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) teardowns.forEach((t) => t());
  }, { once: true });
}
