/**
 * Client adapter: a scrolly's chart, drawn once per width class. CSS shows one class; only that
 * one is drawn as the reader scrolls, and its states are unpacked from the island when it is first
 * drawn, so a width class never shown costs nothing. A hidden class catches up when it is shown.
 */
import { unpackStates, type ChartIsland } from '../../marks/island.ts';
import { PHONE_MAX_WIDTH, type Mark, type WidthClass } from '../../marks/types.ts';
import { createAnimator, type ChartAnimator } from './chart-animator.ts';

/**
 * How long a step's transition runs, in ms: its three parts (mark-plan.ts PHASES) 200, 400 and 200.
 */
const DURATION = 800;

/**
 * The screens CSS gives the phone layout (src/styles/scrolly.css); read as a media query, not from
 * layout.
 */
const PHONE_SCREEN = `screen and (max-width: ${PHONE_MAX_WIDTH}px)`;

/** The chart of one scrolly, in every width class the page carries. */
export interface ChartViews {
  /**
   * Draws `state` in the class shown (in every class with `all`), as a transition unless `instant`.
   */
  draw(state: number, instant: boolean, all: boolean): void;
  /** Reads the shown class's chart ahead of its first step change, while the page is idle. */
  prepare(): void;
  /** Stops any transition where it is. */
  stop(): void;
}

/** One width class's drawing: its SVG, its animator, and its states once unpacked. */
interface View {
  svg: SVGSVGElement;
  widthClass: WidthClass;
  animator: ChartAnimator;
  states?: Mark[][];
}

/**
 * The chart views of a scrolly: `svgs` drawn from the states packed in `island`; `staticStep` is
 * the state they were rendered in.
 */
export function chartViews(
  svgs: readonly SVGSVGElement[],
  island: ChartIsland,
  staticStep: number,
): ChartViews {
  const views: View[] = svgs.map((svg) => ({
    svg,
    widthClass: svg.dataset.widthClass as WidthClass,
    animator: createAnimator(svg),
  }));
  const phoneScreen = window.matchMedia(PHONE_SCREEN);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const isShown = (view: View): boolean => (view.widthClass === 'phone') === phoneScreen.matches;
  const statesOf = (view: View): Mark[][] =>
    (view.states ??= unpackStates(island, view.widthClass));
  return {
    draw(state, instant, all) {
      // a reader who reaches the next step before the last transition ended is moving fast: the
      // chart keeps up by showing the state at once
      const atOnce = instant || reducedMotion.matches || views.some((v) => v.animator.busy());
      for (const view of views) {
        if (!all && !isShown(view)) continue;
        if (view.svg.dataset.step === String(state) && !view.animator.busy()) continue;
        view.animator.draw(statesOf(view)[state] ?? [], atOnce ? 0 : DURATION);
        view.svg.dataset.step = String(state);
      }
    },
    prepare() {
      for (const view of views.filter(isShown)) {
        const states = statesOf(view);
        view.animator.prepare(states, states[staticStep] ?? []);
      }
    },
    stop() {
      views.forEach((v) => v.animator.stop());
    },
  };
}
