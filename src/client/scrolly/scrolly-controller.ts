/**
 * Client: drives every <Scrolly> on the page. scrollama triggers the steps: its IntersectionObserver
 * reports a step reaching the trigger line (enter) or a step left upwards (exit), and that is the
 * active step. The controller adds what scrollama lacks: at the end of a scroll and after a jump (anchor
 * link, reload mid-page, back button, end of printing) it reads the steps' positions once, since a step
 * carried past the line between two frames, or a landing between steps, gives scrollama nothing to report;
 * fling speed, so a fast reader gets each state at once instead of a transition; arrow-key stepping;
 * the print lock. A step is drawn outside the task that renders a frame: in the task in which
 * scrollama reports it (after the frame that found it), or, found when a scroll ends, in a task of its
 * own, so the next frame only renders it. Resizes are debounced; reduced motion applies states at
 * once. Only a scrolly near the screen reads its steps at the end of a scroll; one that comes near
 * reads them then, so a page with many charts does per scroll the work of one.
 */
import scrollama from 'scrollama';
import { unpackStates, type ChartIsland } from '../../marks/island.ts';
import { PHONE_MAX_WIDTH, type Mark, type WidthClass } from '../../marks/types.ts';
import { createAnimator, type ChartAnimator } from './chart-animator.ts';
import { FLING_SPEED, activeStep, clampOffset, scrollSpeed, stateForStep } from './scroll-math.ts';

const DURATION = 650;
const started = new WeakSet<Element>();

/** One width class's drawing of the chart: its SVG, its states, its animator. */
interface View {
  svg: SVGSVGElement;
  states: Mark[][];
  animator: ChartAnimator;
}

/** The screens CSS gives the phone layout (src/styles/scrolly.css); read as a media query, not from layout. */
const PHONE_SCREEN = `screen and (max-width: ${PHONE_MAX_WIDTH}px)`;

/** Sets up one scrolly; returns its teardown. */
export function setupScrolly(section: HTMLElement): () => void {
  const island = section.querySelector('script[data-chart-states]');
  const svgs = Array.from(section.querySelectorAll<SVGSVGElement>('svg.chart[data-width-class]'));
  const steps = Array.from(section.querySelectorAll<HTMLElement>('.scrolly-steps .step'));
  if (!island || svgs.length === 0 || steps.length === 0) return () => {};
  const packed = JSON.parse(island.textContent ?? '{}') as ChartIsland;
  // CSS shows one width class; only that one is drawn as the reader scrolls, and the other catches up
  // at once when it is shown (a rotated phone, a resized window, printing)
  const views: View[] = svgs.map((svg) => ({
    svg,
    states: unpackStates(packed, svg.dataset.widthClass as WidthClass),
    animator: createAnimator(svg),
  }));
  const stateCount = views[0]!.states.length;
  const readTrigger = (): number =>
    clampOffset(getComputedStyle(section).getPropertyValue('--scrolly-trigger'));
  // the trigger line depends on the screen's width only (src/styles/scrolly.css): read again on resize and after printing
  let trigger = readTrigger();
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const phoneScreen = window.matchMedia(PHONE_SCREEN);
  /** Whether CSS shows the view's SVG (the other width class is display: none). */
  const isShown = (view: View): boolean =>
    (view.svg.dataset.widthClass === 'phone') === phoneScreen.matches;
  const staticStep = Number(svgs[0]!.dataset.step);
  /** Draws `state` over `duration` ms in the views shown (every view with `all`); a view's data-step says what it shows. */
  const draw = (state: number, duration: number, all = false): void => {
    for (const view of views) {
      if (!all && !isShown(view)) continue;
      if (view.svg.dataset.step === String(state) && !view.animator.busy()) continue;
      view.animator.draw(view.states[state] ?? [], duration);
      view.svg.dataset.step = String(state);
    }
  };
  const events = new AbortController();
  const on = (
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    passive = false,
  ): void => target.addEventListener(type, listener, { signal: events.signal, passive });
  let shown = staticStep;
  let active = -1;
  let pending = 0;
  let resizeTimer = 0;
  // recent scroll positions, read in scroll events only, to tell reading from flinging
  let samples: [number, number][] = [];
  // while printing, the chart stays in its printed state whatever the print layout does to scrolling
  let printing = false;
  // within a screen's height of the screen (an IntersectionObserver below keeps it)
  let near = false;

  const update = (instant: boolean): void => {
    if (printing) return;
    steps.forEach((s, i) => s.classList.toggle('is-active', i === active));
    const state = stateForStep(active, stateCount);
    if (state === shown) return;
    // a reader who flings, or reaches the next step before the last transition ended (a run of key
    // presses), is moving fast: the chart keeps up by showing the state at once instead of moving
    const fast =
      views.some((v) => v.animator.busy()) || scrollSpeed(samples, performance.now()) > FLING_SPEED;
    draw(state, instant || reducedMotion.matches || fast ? 0 : DURATION);
    shown = state;
    section.dataset.activeStep = String(state);
  };
  // (the end of a scroll is reported inside a frame: its step is drawn in a task after it)
  const schedule = (): void => {
    if (!pending)
      pending = window.setTimeout(() => {
        pending = 0;
        update(false);
      });
  };
  // where the steps are now, read once: the last step whose top is above the trigger line
  const settle = (): void => {
    active = activeStep(
      steps.map((s) => s.getBoundingClientRect().top),
      window.innerHeight * trigger,
    );
  };
  // a jump shows its state at once
  const jump = (): void => {
    settle();
    update(true);
  };

  const scroller = scrollama();
  scroller
    .setup({ step: steps, offset: trigger as scrollama.DecimalType })
    .onStepEnter(({ index }) => {
      active = index;
      update(false);
    })
    .onStepExit(({ index, direction }) => {
      if (direction !== 'up') return;
      active = index - 1;
      update(false);
    });

  on(
    window,
    'scroll',
    () => {
      if (!near) return;
      const now = performance.now();
      samples = samples.filter(([t]) => now - t < 300);
      samples.push([now, window.scrollY]);
    },
    true,
  );
  on(window, 'resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      trigger = readTrigger();
      scroller.resize();
      jump();
      // the width class shown may have changed: it catches up with the state at once
      if (!printing) draw(shown, 0);
    }, 150);
  });
  // a jump, or a scroll that carried a step past the line between two frames (so it never was at
  // the line), ends with no report from scrollama: the position read at the end of scrolling settles it
  on(window, 'scrollend', () => {
    if (!near) return;
    settle();
    schedule();
  });
  // whether the scrolly is within a screen's height of the screen; one that comes near catches up at once
  // with the steps passed while it was away (a fling carries a whole scrolly past between two frames)
  const nearby = new IntersectionObserver(
    (entries) => {
      near = entries[entries.length - 1]!.isIntersecting;
      if (near) jump();
    },
    { rootMargin: '100% 0px' },
  );
  nearby.observe(section);
  on(window, 'hashchange', jump);
  on(window, 'pageshow', jump);
  // print the state that tells the most, complete; go back to the reader's state afterwards
  on(window, 'beforeprint', () => {
    printing = true;
    draw(staticStep, 0, true);
    shown = staticStep;
  });
  on(window, 'afterprint', () => {
    printing = false;
    trigger = readTrigger();
    jump();
  });
  on(section, 'keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const at = steps.indexOf(event.target as HTMLElement);
    const delta = ['ArrowDown', 'PageDown', 'j'].includes(key)
      ? 1
      : ['ArrowUp', 'PageUp', 'k'].includes(key)
        ? -1
        : 0;
    const next = steps[at + delta];
    if (at < 0 || !delta || !next) return;
    event.preventDefault();
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  });
  section.classList.add('is-live');
  jump();
  // the first step change should not also pay for reading the chart: do that while the page is idle
  const idle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 200));
  // (the view shown only: a hidden width class reads its chart when it is first drawn)
  idle(() =>
    views
      .filter(isShown)
      .forEach(({ states, animator }) => animator.prepare(states, states[staticStep] ?? [])),
  );

  return () => {
    scroller.destroy();
    nearby.disconnect();
    views.forEach((v) => v.animator.stop());
    window.clearTimeout(pending);
    window.clearTimeout(resizeTimer);
    events.abort();
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
  window.addEventListener(
    'pagehide',
    (event) => {
      if (!event.persisted) teardowns.forEach((t) => t());
    },
    { once: true },
  );
}
