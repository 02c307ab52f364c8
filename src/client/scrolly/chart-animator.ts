/**
 * Client: draws chart states (the marks the build computed) into a chart's SVG. Marks that persist
 * move, new ones fade in, those that leave fade out; what each mark does is planned by
 * src/client/scrolly/mark-plan.ts. The animator keeps its own record of what it drew, so a step
 * change reads nothing back from the page; one d3-timer loop (animation frames) per chart drives
 * the transition, and a new state arriving mid-way starts from what is on screen. Duration 0
 * applies a state at once (reduced motion, reloads, anchor jumps, print). A transition is staged
 * (mark-plan.ts PHASES): leaving marks fade out, then marks move and a headline's number counts,
 * then new labels fade in, so no label crosses another. A chart drawn with a transition carries
 * ANIMATED_ATTR, under which CSS fades class changes (fills, strokes); one drawn at once does not,
 * so a fling neither starts nor runs a CSS transition on its marks.
 */
import { now, timer, type Timer } from 'd3-timer';
import { TEXT_WRAPPER_CLASS } from '../../marks/render-svg.ts';
import type { Mark } from '../../marks/types.ts';
import { easeCubicInOut, interpolateAttr, type Interpolator } from './interpolate.ts';
import {
  IDENTITY,
  PHASES,
  TEXT_TWEEN,
  isIdentity,
  planChange,
  type DrawnMark,
  type Flip,
  type Phase,
} from './mark-plan.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Set on a chart's SVG while its last state was drawn with a transition (src/styles/charts.css
 * fades class changes under it).
 */
export const ANIMATED_ATTR = 'data-animated';

/** Draws states into one chart. */
export interface ChartAnimator {
  /** Brings the chart to `marks`, animated over `duration` ms (0: at once). */
  draw(marks: readonly Mark[], duration: number): void;
  /** Stops a transition under way where it is. */
  stop(): void;
  /** Whether a transition is under way. */
  busy(): boolean;
  /**
   * Does ahead of time what the first step change would: reads the drawn marks and signs every
   * state's marks. `shown` are the marks the page was rendered with, known to be at rest.
   */
  prepare(states: readonly (readonly Mark[])[], shown: readonly Mark[]): void;
}

/** A drawn mark: its element, the node placed in the chart (a text's wrapper) and what it shows. */
interface Entry extends DrawnMark {
  el: Element;
  outer: Element;
  attrs: Record<string, string>;
  /** The mark it shows exactly, at rest (its signature); null while it is changing or not known. */
  settled: string | null;
}

/** A mark's signature: two marks with the same one draw the same. Computed once per mark. */
const signatures = new WeakMap<Mark, string>();
function signature(mark: Mark): string {
  let sig = signatures.get(mark);
  if (sig === undefined) signatures.set(mark, (sig = JSON.stringify(mark)));
  return sig;
}

interface Tween {
  entry: Entry;
  name: string;
  interpolate: Interpolator;
  phase: Phase;
}

/** Progress 0..1 through `phase` at time `t` (0..1) of a transition, eased. */
const progress = (t: number, [start, end]: Phase): number =>
  easeCubicInOut((t - start) / (end - start));

interface Running {
  start: number;
  duration: number;
  tweens: Tween[];
  moves: { entry: Entry; from: Flip }[];
  /** Run when the transition ends: final attributes, removals. */
  ends: (() => void)[];
}

/** Reads a server-rendered mark once. */
function readEntry(el: Element): Entry {
  const attrs: Record<string, string> = {};
  for (const name of el.getAttributeNames())
    if (name !== 'data-key' && name !== 'class') attrs[name] = el.getAttribute(name) ?? '';
  const parent = el.parentElement;
  const wrapped = parent?.classList.contains(TEXT_WRAPPER_CLASS) ?? false;
  return {
    el,
    outer: wrapped ? parent! : el,
    attrs,
    className: el.getAttribute('class'),
    text: el.tagName === 'text' ? el.textContent : null,
    flip: IDENTITY,
    settled: null,
  };
}

/** Creates a mark's element (a text inside its wrapper), not yet placed. */
function createEntry(mark: Mark): Entry {
  const el = document.createElementNS(SVG_NS, mark.kind);
  el.setAttribute('data-key', mark.key);
  let outer: Element = el;
  if (mark.kind === 'text') {
    outer = document.createElementNS(SVG_NS, 'g');
    outer.setAttribute('class', TEXT_WRAPPER_CLASS);
    outer.append(el);
  }
  return { el, outer, attrs: {}, className: null, text: null, flip: IDENTITY, settled: null };
}

/** Sets or removes an attribute of a mark, writing to the page only when it changes. */
function writeAttr(entry: Entry, name: string, value: string | null): void {
  if ((entry.attrs[name] ?? null) === value) return;
  if (value === null) {
    delete entry.attrs[name];
    entry.el.removeAttribute(name);
  } else {
    entry.attrs[name] = value;
    entry.el.setAttribute(name, value);
  }
}

/** Sets a text mark's content, writing to the page only when it changes. */
function writeText(entry: Entry, text: string): void {
  if (entry.text === text) return;
  entry.text = text;
  entry.el.textContent = text;
}

/** Shows a mark through a transform (on a text's wrapper, on a shape itself); none at IDENTITY. */
function writeFlip(entry: Entry, flip: Flip): void {
  const [sx, sy, tx, ty] = flip.map((n) => Math.round(n * 1000) / 1000) as [
    number,
    number,
    number,
    number,
  ];
  const [a, b, c, d] = entry.flip;
  if (sx === a && sy === b && tx === c && ty === d) return;
  entry.flip = [sx, sy, tx, ty];
  if (isIdentity(entry.flip)) entry.outer.removeAttribute('transform');
  else
    entry.outer.setAttribute(
      'transform',
      sx === 1 && sy === 1 ? `translate(${tx},${ty})` : `matrix(${sx},0,0,${sy},${tx},${ty})`,
    );
}

/** The transform `e` of the way (0..1) from `from` to IDENTITY. */
function flipAt(from: Flip, e: number): Flip {
  return [
    from[0] + (1 - from[0]) * e,
    from[1] + (1 - from[1]) * e,
    from[2] * (1 - e),
    from[3] * (1 - e),
  ];
}

/** Creates the animator of the chart drawn in `svg` (its marks live in `g.marks`). */
export function createAnimator(svg: SVGSVGElement): ChartAnimator {
  const group = svg.querySelector<SVGGElement>('g.marks') ?? svg;
  let recorded: Map<string, Entry> | null = null;
  let running: Running | null = null;
  let loop: Timer | null = null;

  /** Writes every value of a transition at time `t` (0..1), each part eased on its own. */
  const apply = (run: Running, t: number): void => {
    for (const w of run.tweens) {
      const value = w.interpolate(progress(t, w.phase));
      if (w.name === TEXT_TWEEN) writeText(w.entry, value);
      else writeAttr(w.entry, w.name, value);
    }
    const moved = progress(t, PHASES.update);
    for (const m of run.moves) writeFlip(m.entry, flipAt(m.from, moved));
  };

  /**
   * Stops the running transition where it is, leaving its current values on screen; with
   * `settle` false it only stops (a state drawn at once rewrites every mark that was moving).
   */
  const stop = (settle = true): void => {
    if (!running) return;
    loop?.stop();
    if (settle) apply(running, (now() - running.start) / running.duration);
    running = null;
  };

  const finish = (run: Running): void => {
    apply(run, 1);
    run.ends.forEach((end) => end());
  };

  /** One frame of the running transition, `elapsed` ms after it started. */
  const tick = (elapsed: number): void => {
    if (!running) return;
    const t = elapsed / running.duration;
    if (t < 1) {
      apply(running, t);
      return;
    }
    loop?.stop();
    const run = running;
    running = null;
    finish(run);
  };

  /** The marks as drawn, read from the server-rendered SVG the first time they are needed. */
  const record = (): Map<string, Entry> =>
    (recorded ??= new Map(
      Array.from(group.querySelectorAll('[data-key]'), (el) => [
        el.getAttribute('data-key') ?? '',
        readEntry(el),
      ]),
    ));

  let drawnOnce = false;
  const prepare = (states: readonly (readonly Mark[])[], shown: readonly Mark[]): void => {
    const entries = record();
    for (const marks of states) for (const mark of marks) signature(mark);
    if (drawnOnce) return;
    for (const mark of shown) {
      const entry = entries.get(mark.key);
      if (entry) entry.settled = signature(mark);
    }
  };

  const draw = (marks: readonly Mark[], duration: number): void => {
    stop(duration > 0);
    drawnOnce = true;
    const drawn = record();
    const animate = duration > 0;
    // written with the marks' classes, in the same style update: their colours fade only when the
    // chart moves
    if (animate !== svg.hasAttribute(ANIMATED_ATTR)) svg.toggleAttribute(ANIMATED_ATTR, animate);
    const run: Running = { start: now(), duration, tweens: [], moves: [], ends: [] };
    const leaving = new Map(drawn);
    const placed: Entry[] = [];

    for (const mark of marks) {
      const found = leaving.get(mark.key);
      leaving.delete(mark.key);
      const entry = found ?? createEntry(mark);
      placed.push(entry);
      const sig = signature(mark);
      // most marks of a step are as they were: nothing to plan or write
      if (found?.settled === sig) continue;
      entry.settled = null;
      if (!found) {
        group.append(entry.outer);
        drawn.set(mark.key, entry);
      }
      const change = planChange(found ?? null, mark, animate);
      for (const [name, value] of Object.entries(change.set)) writeAttr(entry, name, value);
      if (change.className !== undefined) {
        entry.className = change.className;
        if (change.className === null) entry.el.removeAttribute('class');
        else entry.el.setAttribute('class', change.className);
      }
      if (change.text !== undefined) entry.el.textContent = entry.text = change.text;
      for (const tween of change.tweens) run.tweens.push({ entry, ...tween });
      const ends = Object.entries(change.end);
      if (ends.length)
        run.ends.push(() => ends.forEach(([name, value]) => writeAttr(entry, name, value)));
      writeFlip(entry, change.flipFrom ?? IDENTITY);
      if (change.flipFrom) run.moves.push({ entry, from: change.flipFrom });
      if (change.tweens.length || change.flipFrom) run.ends.push(() => (entry.settled = sig));
      else entry.settled = sig;
    }

    // marks that leave fade out, then go
    for (const [key, entry] of leaving) {
      entry.settled = null;
      const gone = (): void => {
        entry.outer.remove();
        drawn.delete(key);
      };
      const fade = animate ? interpolateAttr(entry.attrs.opacity ?? '1', '0') : null;
      if (!fade) {
        gone();
        continue;
      }
      // gone before anything moves (mark-plan.ts PHASES)
      run.tweens.push({ entry, name: 'opacity', interpolate: fade, phase: PHASES.exit });
      run.ends.push(gone);
    }

    // document order follows the marks' order (later marks paint on top); only misplaced nodes move
    let next: Element | null = null;
    for (let i = placed.length - 1; i >= 0; i--) {
      const node = placed[i]!.outer;
      // (a node right before the next one, the usual case, is in place without asking the document)
      if (
        next &&
        node.nextSibling !== next &&
        !(node.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING)
      )
        group.insertBefore(node, next);
      next = node;
    }

    if (!animate || (run.tweens.length === 0 && run.moves.length === 0)) {
      finish(run);
      return;
    }
    running = run;
    loop = timer(tick, 0, run.start);
  };

  return { draw, stop: () => stop(), busy: () => running !== null, prepare };
}
