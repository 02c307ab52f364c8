/**
 * The chart contract (src/charts/types.ts), checked for every chart the registry lists,
 * on its real dataset and the real facts registry, in each width class: what any chart must do at every
 * step, whatever it draws (inside its frame, type large enough for the screen, the same data on a phone). What a particular chart shows is tested in its own <id>.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Mark } from '../../../src/charts/types.ts';
import { charts } from '../../../src/charts/index.ts';
import { factStore } from '../../../src/data/registry.ts';
import { box, num, stepsOf } from './fixtures.ts';
import { PHONE_TYPE } from '../../../src/charts/kit/frames.ts';
import { WIDTH_CLASSES } from '../../../src/marks/types.ts';

const store = factStore();
const known = new Set(store.facts.map((f) => f.id));

/** The point a mark is placed by: a text's anchor, a circle's centre, a rect's corner, a line's start. */
function anchor(m: Mark): [number, number] {
  if (m.kind === 'circle') return [num(m, 'cx'), num(m, 'cy')];
  if (m.kind === 'line') return [num(m, 'x1'), num(m, 'y1')];
  return [num(m, 'x'), num(m, 'y')];
}

const cases = Object.values(charts).flatMap((chart) =>
  WIDTH_CLASSES.map((widthClass) => [chart.id, widthClass, chart] as const),
);

describe.each(cases)('chart "%s" (%s) keeps the chart contract', (id, widthClass, chart) => {
  const data = chart.load(store);
  const steps = stepsOf(chart);
  const frame = chart.sizes[widthClass];
  const { width, height } = frame;
  const at = (k: number) => chart.layout(data, k, frame);

  it('has a test file of its own', () => {
    expect(
      existsSync(join(process.cwd(), 'tests/unit/charts', `${id}.test.ts`)),
      `tests/unit/charts/${id}.test.ts`,
    ).toBe(true);
  });

  it('has a positive size, at least one step and a static step among them', () => {
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(Number.isInteger(chart.steps)).toBe(true);
    expect(chart.steps).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(chart.staticStep)).toBe(true);
    expect(chart.staticStep).toBeGreaterThanOrEqual(0);
    expect(chart.staticStep).toBeLessThanOrEqual(chart.steps - 1);
  });

  it.each(steps)('step %i: marks have unique keys and finite numeric attributes', (k) => {
    const marks = at(k);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
    for (const m of marks) {
      for (const [attr, value] of Object.entries(m.attrs))
        if (typeof value === 'number')
          expect(Number.isFinite(value), `${m.key} ${attr}`).toBe(true);
    }
  });

  it.each(steps)(
    'step %i: every mark lies inside the viewBox, text measured from its anchor',
    (k) => {
      for (const m of at(k)) {
        const [x, y] = anchor(m);
        expect(x, `${m.key} x`).toBeGreaterThanOrEqual(0);
        expect(x, `${m.key} x`).toBeLessThanOrEqual(width);
        expect(y, `${m.key} y`).toBeGreaterThanOrEqual(0);
        expect(y, `${m.key} y`).toBeLessThanOrEqual(height);
        const b = box(m);
        expect(b.left, m.key).toBeGreaterThanOrEqual(0);
        expect(b.top, m.key).toBeGreaterThanOrEqual(0);
        expect(b.right, m.key).toBeLessThanOrEqual(width);
        expect(b.bottom, m.key).toBeLessThanOrEqual(height);
      }
    },
  );

  // wide: at least 13 units (drawn at no more than 1 unit per px); phone: 1 unit is 1 px on a 360 px phone
  it.each(steps)(
    'step %i: every text is set large enough to read on the screen it is drawn for',
    (k) => {
      for (const m of at(k).filter((mark) => mark.kind === 'text')) {
        expect(typeof m.attrs['font-size'], `${m.key} font-size`).toBe('number');
        const least =
          widthClass === 'wide' ? 13 : m.className === 'tick' ? PHONE_TYPE.tick : PHONE_TYPE.label;
        expect(num(m, 'font-size'), m.key).toBeGreaterThanOrEqual(least);
        if (widthClass === 'phone' && m.className === 'label-big')
          expect(num(m, 'font-size'), m.key).toBeLessThanOrEqual(30);
      }
    },
  );

  it('draws the same data as the wide layout at every step: the same shapes, keys and classes', () => {
    const shapes = (marks: Mark[]) =>
      marks
        .filter((m) => m.kind === 'rect' || m.kind === 'circle')
        .map((m) => [m.key, m.className]);
    for (const k of steps)
      expect(shapes(at(k))).toEqual(shapes(chart.layout(data, k, chart.sizes.wide)));
  });

  it('lays out every step the same way twice, leaving its data unchanged', () => {
    const before = structuredClone(data);
    for (const k of steps)
      expect(chart.layout(data, k, frame)).toEqual(chart.layout(data, k, frame));
    expect(data).toEqual(before);
  });

  it('has a caption and a description', () => {
    expect(chart.caption(data).trim()).not.toBe('');
    expect(chart.describe(data).trim()).not.toBe('');
  });

  it('has a table with columns and rows as wide as the columns', () => {
    const table = chart.table(data);
    expect(table.columns.length).toBeGreaterThan(0);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const [i, row] of table.rows.entries())
      expect(row, `row ${i}`).toHaveLength(table.columns.length);
  });

  it('names facts that all exist in the facts registry', () => {
    const ids = chart.facts(data);
    expect(ids.length).toBeGreaterThan(0);
    for (const fact of ids) expect(known.has(fact), fact).toBe(true);
  });
});
