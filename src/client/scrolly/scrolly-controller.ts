/**
 * Client: drives every <Scrolly> on the page. The step machine (step-machine.ts) decides; the
 * adapters report to it and carry out what it returns, one file each: scrollama triggers the steps
 * (scrollama-trigger.ts), the page's events read the steps when a scroll ends, after a jump, a
 * resize or printing (page-events.ts), scroll speed tells reading from flinging (scroll-speed.ts),
 * the keyboard steps through (step-keys.ts), and the chart views draw (chart-views.ts).
 */
import type { ChartIsland } from '../../marks/island.ts';
import { chartViews } from './chart-views.ts';
import { cssTrigger, pageEvents, readActive } from './page-events.ts';
import { scrollamaTrigger, type StepTrigger } from './scrollama-trigger.ts';
import { scrollSpeedReports } from './scroll-speed.ts';
import { initialStepState, step, type StepEffect, type StepEvent } from './step-machine.ts';
import { stepKeys } from './step-keys.ts';

const started = new WeakSet<Element>();

/** Sets up one scrolly; returns its teardown. */
export function setupScrolly(section: HTMLElement): () => void {
  const island = section.querySelector('script[data-chart-states]');
  const svgs = Array.from(section.querySelectorAll<SVGSVGElement>('svg.chart[data-width-class]'));
  const steps = Array.from(section.querySelectorAll<HTMLElement>('.scrolly-steps .step'));
  if (!island || svgs.length === 0 || steps.length === 0) return () => {};
  const packed = JSON.parse(island.textContent ?? '{}') as ChartIsland;
  const staticStep = Number(svgs[0]!.dataset.step);
  const views = chartViews(svgs, packed, staticStep);
  let state = initialStepState(steps.length, staticStep, cssTrigger(section));

  const apply = (effect: StepEffect): void => {
    if (effect.type === 'offset') trigger.offset(effect.trigger);
    else if (effect.type === 'activate')
      steps.forEach((s, i) => s.classList.toggle('is-active', i === effect.index));
    else {
      views.draw(effect.state, effect.instant, effect.all);
      section.dataset.activeStep = String(effect.state);
    }
  };
  const send = (event: StepEvent): void => {
    const [next, effects] = step(state, event);
    state = next;
    effects.forEach(apply);
  };

  const events = new AbortController();
  const trigger: StepTrigger = scrollamaTrigger(steps, state.trigger, send);
  const isNear = (): boolean => state.near;
  scrollSpeedReports(isNear, send, events.signal);
  const stopPageEvents = pageEvents({
    section,
    steps,
    line: trigger.line,
    isNear,
    remeasure: trigger.resize,
    send,
    signal: events.signal,
  });
  stepKeys(section, steps, events.signal);
  section.classList.add('is-live');
  // the chart is read (its drawn marks and its packed states) while the page is idle, and brought
  // to the step in view in the task after: each a short task of its own, instead of one long one
  // while the page loads (a scrolly coming near before then is drawn at once, by the machine)
  let stopped = false;
  let firstDraw = 0;
  whenIdle(() => {
    if (stopped) return;
    views.prepare();
    firstDraw = window.setTimeout(() =>
      send({ type: 'jump', active: readActive(steps, state.trigger) }),
    );
  });

  return () => {
    stopped = true;
    window.clearTimeout(firstDraw);
    trigger.destroy();
    stopPageEvents();
    views.stop();
    events.abort();
    section.classList.remove('is-live');
  };
}

/** Runs `work` when the page is next idle, and within a second whatever happens. */
function whenIdle(work: () => void): void {
  if (window.requestIdleCallback) window.requestIdleCallback(work, { timeout: 1000 });
  else window.setTimeout(work, 200);
}

/** Resolves in a task of its own once the next frame has been rendered (the page laid out). */
const afterNextFrame = (): Promise<void> =>
  new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

/** Resolves in a new task, so the browser may render and answer input in between. */
const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done));

/**
 * Starts every scrolly on the page once; tears them down when the page is discarded. The setup
 * waits for the page's first frame (so that measuring the steps finds the page laid out, instead
 * of forcing that layout inside the script) and sets one scrolly up per task, so that loading a
 * page with several charts never holds the main thread for long.
 */
export function startScrollies(): void {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly]')).filter(
    (section) => !started.has(section),
  );
  sections.forEach((section) => started.add(section));
  const teardowns: (() => void)[] = [];
  let discarded = false;
  void (async () => {
    await afterNextFrame();
    for (const section of sections) {
      if (discarded) return;
      teardowns.push(setupScrolly(section));
      await nextTask();
    }
  })();
  window.addEventListener(
    'pagehide',
    (event) => {
      if (event.persisted) return;
      discarded = true;
      teardowns.forEach((t) => t());
    },
    { once: true },
  );
}
