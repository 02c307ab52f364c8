/**
 * Client adapter: scrollama triggers the steps. Its IntersectionObservers report a step reaching
 * the trigger line (enter) or leaving it (exit); it owns the trigger line, which the machine moves
 * on a resize and after printing.
 */
import scrollama from 'scrollama';
import type { StepEvent } from './step-machine.ts';

/** scrollama's offset setter and getter, which its type declarations leave out. */
type Scroller = scrollama.ScrollamaInstance & { offset(value?: number): number | Scroller };

/** The trigger of a scrolly's steps. */
export interface StepTrigger {
  /** Moves the trigger line to `trigger` (a share of the screen's height from its top). */
  offset(trigger: number): void;
  /** The trigger line scrollama observes now. */
  line(): number;
  /** Measures the steps again (their heights change with the width). */
  resize(): void;
  destroy(): void;
}

/** Reports `steps` reaching and leaving the line at `trigger` to `send`. */
export function scrollamaTrigger(
  steps: HTMLElement[],
  trigger: number,
  send: (event: StepEvent) => void,
): StepTrigger {
  const scroller = scrollama() as Scroller;
  scroller
    .setup({ step: steps, offset: trigger as scrollama.DecimalType })
    .onStepEnter(({ index }) => send({ type: 'enter', index }))
    .onStepExit(({ index, direction }) => send({ type: 'exit', index, direction }));
  return {
    offset: (value) => void scroller.offset(value),
    line: () => scroller.offset() as number,
    resize: () => void scroller.resize(),
    destroy: () => scroller.destroy(),
  };
}
