/**
 * The scrolly's step machine, pure: it takes what happened (a step entered or left the trigger
 * line, the steps read when a scroll ends, a jump, printing, a fling, the scrolly coming near, a
 * resize) and returns its next state and what to draw. It is the one writer of the active step; the
 * adapters around it (scrollama, the window's events, the chart views) only report and carry out.
 *
 *   const [next, effects] = step(state, { type: 'enter', index: 2 });
 */
import { stateForStep } from './scroll-math.ts';

/** What the machine knows of one scrolly. */
export interface StepState {
  /** How many chart states the scrolly has. */
  readonly stateCount: number;
  /** The state printed and drawn without JavaScript: the one that tells the most. */
  readonly staticStep: number;
  /** The step at the trigger line: -1 before the first. */
  readonly active: number;
  /** The chart state drawn now. */
  readonly shown: number;
  /** The trigger line, as a share of the screen's height from its top (scrollama's offset). */
  readonly trigger: number;
  /** While printing, the chart stays in its printed state whatever scrolling does. */
  readonly printing: boolean;
  /** Within a screen's height of the screen: only then is a scroll's end read. */
  readonly near: boolean;
  /** The reader is flinging: a step reached shows its state at once. */
  readonly fast: boolean;
}

/**
 * What happened, as the adapters report it; `active` is the step read from the steps' positions.
 */
export type StepEvent =
  | { type: 'enter'; index: number }
  | { type: 'exit'; index: number; direction: 'up' | 'down' }
  | { type: 'settled'; active: number }
  | { type: 'jump'; active: number }
  | { type: 'print' }
  | { type: 'printed'; active: number; trigger: number }
  | { type: 'speed'; fast: boolean }
  | { type: 'near'; near: boolean; active: number }
  | { type: 'resize'; active: number; trigger: number };

/**
 * What to do: mark the active step, draw a chart state (at once or as a transition), move the
 * trigger line.
 */
export type StepEffect =
  | { type: 'activate'; index: number }
  | { type: 'draw'; state: number; instant: boolean; all: boolean }
  | { type: 'offset'; trigger: number };

/** The machine before any event: the static state drawn, no step active, not near. */
export function initialStepState(
  stateCount: number,
  staticStep: number,
  trigger: number,
): StepState {
  return {
    stateCount,
    staticStep,
    active: -1,
    shown: staticStep,
    trigger,
    printing: false,
    near: false,
    fast: false,
  };
}

/**
 * Moves the active step to `active` and draws its state: as a transition when reading, at once when
 * `instant` (a jump, a resize) or flinging; `redraw` draws even an unchanged state, so a width
 * class just shown catches up. Nothing is drawn while printing.
 */
function moveTo(
  state: StepState,
  active: number,
  instant: boolean,
  redraw = false,
): [StepState, StepEffect[]] {
  const next = { ...state, active };
  if (state.printing) return [next, []];
  const effects: StepEffect[] = [];
  if (active !== state.active || instant) effects.push({ type: 'activate', index: active });
  const shown = stateForStep(active, state.stateCount);
  if (shown === state.shown && !redraw) return [next, effects];
  effects.push({ type: 'draw', state: shown, instant: instant || state.fast, all: false });
  return [{ ...next, shown }, effects];
}

/** The trigger line moved: scrollama is told first, so its next report is at the new line. */
function retrigger(state: StepState, trigger: number): [StepState, StepEffect[]] {
  if (trigger === state.trigger) return [state, []];
  return [{ ...state, trigger }, [{ type: 'offset', trigger }]];
}

/** The next state of the machine and the effects of `event`, in order. */
export function step(state: StepState, event: StepEvent): [StepState, StepEffect[]] {
  switch (event.type) {
    case 'enter':
      return moveTo(state, event.index, false);
    case 'exit':
      // a step left downwards stays active until the next one enters
      return event.direction === 'up' ? moveTo(state, event.index - 1, false) : [state, []];
    case 'settled':
      // a scroll's end far from the screen is read when the scrolly comes near
      return state.near ? moveTo(state, event.active, false) : [state, []];
    case 'jump':
      return moveTo(state, event.active, true);
    case 'near': {
      const near = { ...state, near: event.near };
      return event.near ? moveTo(near, event.active, true) : [near, []];
    }
    case 'speed':
      return [{ ...state, fast: event.fast }, []];
    case 'resize': {
      const [moved, offset] = retrigger(state, event.trigger);
      const [next, effects] = moveTo(moved, event.active, true, true);
      return [next, [...offset, ...effects]];
    }
    case 'print':
      return [
        { ...state, printing: true, shown: state.staticStep },
        [{ type: 'draw', state: state.staticStep, instant: true, all: true }],
      ];
    case 'printed': {
      const [moved, offset] = retrigger({ ...state, printing: false }, event.trigger);
      const [next, effects] = moveTo(moved, event.active, true, true);
      return [next, [...offset, ...effects]];
    }
  }
}
