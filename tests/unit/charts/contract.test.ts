/**
 * The chart contract (src/charts/types.ts), checked for every chart the registry lists,
 * on its real dataset and the real facts registry: what any chart must do at every step,
 * whatever it draws. What a particular chart shows is tested in its own <id>.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Mark } from '../../../src/charts/types.ts';
import { charts } from '../../../src/charts/index.ts';
import { facts as registryFacts } from '../../../src/data/registry.ts';
import { box, num, stepsOf } from './fixtures.ts';

const known = new Set(registryFacts.map((f) => f.id));

/** The point a mark is placed by: a text's anchor, a circle's centre, a rect's corner, a line's start. */
function anchor(m: Mark): [number, number] {
  if (m.kind === 'circle') return [num(m, 'cx'), num(m, 'cy')];
  if (m.kind === 'line') return [num(m, 'x1'), num(m, 'y1')];
  return [num(m, 'x'), num(m, 'y')];
}

describe.each(Object.values(charts).map((chart) => [chart.id, chart] as const))('chart "%s" keeps the chart contract', (id, chart) => {
  const data = chart.load();
  const steps = stepsOf(chart);
  const { width, height } = chart.size;
  const at = (k: number) => chart.layout(data, k, chart.size);

  it('is listed under its own id, with a test file of its own', () => {
    expect(charts[id]).toBe(chart);
    expect(existsSync(join(process.cwd(), 'tests/unit/charts', `${id}.test.ts`)), `tests/unit/charts/${id}.test.ts`).toBe(true);
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
      for (const [attr, value] of Object.entries(m.attrs)) if (typeof value === 'number') expect(Number.isFinite(value), `${m.key} ${attr}`).toBe(true);
    }
  });

  it.each(steps)('step %i: every mark lies inside the viewBox, text measured from its anchor', (k) => {
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
  });

  it.each(steps)('step %i: every text has a font size of at least 13', (k) => {
    for (const m of at(k).filter((mark) => mark.kind === 'text')) {
      expect(typeof m.attrs['font-size'], `${m.key} font-size`).toBe('number');
      expect(num(m, 'font-size'), m.key).toBeGreaterThanOrEqual(13);
    }
  });

  it('lays out every step the same way twice, leaving its data unchanged', () => {
    const before = structuredClone(data);
    for (const k of steps) expect(chart.layout(data, k, chart.size)).toEqual(chart.layout(data, k, chart.size));
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
    for (const [i, row] of table.rows.entries()) expect(row, `row ${i}`).toHaveLength(table.columns.length);
  });

  it('names facts that all exist in the facts registry', () => {
    const ids = chart.facts(data);
    expect(ids.length).toBeGreaterThan(0);
    for (const fact of ids) expect(known.has(fact), fact).toBe(true);
  });
});
