import { describe, expect, it } from 'vitest';
import {
  initialStepState,
  step,
  type StepEvent,
  type StepState,
} from '../../../../src/client/scrolly/step-machine.ts';

/** A scrolly of four states, the last printed, trigger at 60% of the screen, near the screen. */
const near = (): StepState => ({ ...initialStepState(4, 3, 0.6), near: true });

/** Runs `events` from `start`; the final state and every effect, in order. */
function run(start: StepState, events: StepEvent[]) {
  let state = start;
  const effects = [];
  for (const event of events) {
    const [next, out] = step(state, event);
    state = next;
    effects.push(...out);
  }
  return { state, effects };
}

describe('the scrolly step machine', () => {
  it('starts on the printed state with no step active', () => {
    const s = initialStepState(4, 3, 0.8);
    expect(s).toMatchObject({ active: -1, shown: 3, trigger: 0.8, near: false, printing: false });
  });

  it('a jump draws the state of the step at the line at once', () => {
    const { state, effects } = run(near(), [{ type: 'jump', active: 1 }]);
    expect(state).toMatchObject({ active: 1, shown: 1 });
    expect(effects).toEqual([
      { type: 'activate', index: 1 },
      { type: 'draw', state: 1, instant: true, all: false },
    ]);
  });

  it('reading down: each step entered is drawn as a transition', () => {
    const { state, effects } = run(near(), [
      { type: 'jump', active: -1 },
      { type: 'enter', index: 0 },
      { type: 'enter', index: 1 },
      { type: 'enter', index: 2 },
    ]);
    expect(state.shown).toBe(2);
    expect(effects.filter((e) => e.type === 'draw')).toEqual([
      { type: 'draw', state: 0, instant: true, all: false },
      { type: 'draw', state: 1, instant: false, all: false },
      { type: 'draw', state: 2, instant: false, all: false },
    ]);
  });

  it('before the first step the first state shows, and entering the first step draws nothing new', () => {
    const { state, effects } = run(near(), [
      { type: 'jump', active: -1 },
      { type: 'enter', index: 0 },
    ]);
    expect(state).toMatchObject({ active: 0, shown: 0 });
    expect(effects.slice(2)).toEqual([{ type: 'activate', index: 0 }]);
  });

  it('reading up: a step left upwards hands over to the one before it; leaving downwards changes nothing', () => {
    const start = run(near(), [{ type: 'jump', active: 2 }]).state;
    const up = step(start, { type: 'exit', index: 2, direction: 'up' });
    expect(up[0]).toMatchObject({ active: 1, shown: 1 });
    expect(up[1]).toContainEqual({ type: 'draw', state: 1, instant: false, all: false });
    expect(step(start, { type: 'exit', index: 2, direction: 'down' })).toEqual([start, []]);
  });

  it('a fling shows each state at once, and reading pace fades again', () => {
    const { effects } = run(near(), [
      { type: 'jump', active: 0 },
      { type: 'speed', fast: true },
      { type: 'enter', index: 1 },
      { type: 'speed', fast: false },
      { type: 'enter', index: 2 },
    ]);
    expect(
      effects.filter((e) => e.type === 'draw').map((e) => e.type === 'draw' && e.instant),
    ).toEqual([true, true, false]);
  });

  it('a scroll that ends with a step carried past the line settles on it; far from the screen it waits', () => {
    const settled = step(run(near(), [{ type: 'jump', active: 0 }]).state, {
      type: 'settled',
      active: 3,
    });
    expect(settled[0]).toMatchObject({ active: 3, shown: 3 });
    const far = initialStepState(4, 3, 0.6);
    expect(step(far, { type: 'settled', active: 1 })).toEqual([far, []]);
  });

  it('coming near catches up at once with the steps passed while away', () => {
    const far = { ...initialStepState(4, 3, 0.6), active: 0, shown: 0 };
    const { state, effects } = run(far, [{ type: 'near', near: true, active: 2 }]);
    expect(state).toMatchObject({ near: true, active: 2, shown: 2 });
    expect(effects).toContainEqual({ type: 'draw', state: 2, instant: true, all: false });
    expect(step(state, { type: 'near', near: false, active: 2 })[1]).toEqual([]);
  });

  it('a resize across the wide breakpoint moves scrollama’s trigger line first, then redraws at once', () => {
    const start = run(near(), [{ type: 'jump', active: 1 }]).state;
    const [next, effects] = step(start, { type: 'resize', active: 1, trigger: 0.8 });
    expect(next.trigger).toBe(0.8);
    expect(effects).toEqual([
      { type: 'offset', trigger: 0.8 },
      { type: 'activate', index: 1 },
      // the same state, drawn again so that the width class now shown catches up
      { type: 'draw', state: 1, instant: true, all: false },
    ]);
    // a resize that keeps the line does not touch scrollama
    expect(step(next, { type: 'resize', active: 1, trigger: 0.8 })[1][0]).toEqual({
      type: 'activate',
      index: 1,
    });
  });

  it('printing draws the printed state in every width class and holds it until printing ends', () => {
    const reading = run(near(), [{ type: 'jump', active: 0 }]).state;
    const { state, effects } = run(reading, [
      { type: 'print' },
      { type: 'enter', index: 1 },
      { type: 'settled', active: 2 },
    ]);
    expect(effects).toEqual([{ type: 'draw', state: 3, instant: true, all: true }]);
    expect(state).toMatchObject({ printing: true, shown: 3, active: 2 });
    const after = step(state, { type: 'printed', active: 1, trigger: 0.6 });
    expect(after[0]).toMatchObject({ printing: false, active: 1, shown: 1 });
    expect(after[1]).toEqual([
      { type: 'activate', index: 1 },
      { type: 'draw', state: 1, instant: true, all: false },
    ]);
  });

  it('never draws past the last state', () => {
    const { state } = run(near(), [{ type: 'jump', active: 9 }]);
    expect(state.shown).toBe(3);
  });
});
