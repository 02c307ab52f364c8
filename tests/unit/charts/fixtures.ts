/**
 * What the chart tests share: fact stores built from a test's own facts, dataset copies for the
 * parsers, and ways to read and measure the marks a layout returns.
 *
 * A test file declares the facts its chart is drawn from and hands the chart a store over them:
 *
 *   const FIXTURE = [{ id: 'ff1-gpus', … }];
 *   const { data, at, store } = chartUnderTest(myChart, dataset, FIXTURE);
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createFactStore, type Fact, type FactStore } from '../../../src/facts/index.ts';
import type { ChartDefinition, Mark } from '../../../src/charts/types.ts';
import { textWidth, type Chart } from '../../../src/charts/kit/index.ts';

/** A fact as a test declares it: at least an id (the rest is checked by the chart's parser). */
export type FactLike = { id: string };

/** Changes to some facts of a list, by fact id. */
export type FactOverrides = Record<string, Partial<Fact>>;

/** The area a mark covers, in viewBox units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The facts of content/data/facts/<name>.json for each name given; every chapter file if none is. */
export function chapterFacts(...names: string[]): Fact[] {
  const dir = join(process.cwd(), 'content/data/facts');
  const files = names.length
    ? names.map((n) => `${n}.json`)
    : readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort();
  return files.flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Fact[]);
}

/** A fact store over `facts`, with `overrides` merged into the facts they name. */
export function storeOver(facts: readonly FactLike[], overrides: FactOverrides = {}): FactStore {
  return createFactStore({ facts: facts.map((f) => ({ ...f, ...overrides[f.id] }) as Fact) });
}

/** A deep copy of `dataset` with `change` applied to it. */
export function mutated(dataset: unknown, change: (d: any) => void): unknown {
  const copy = structuredClone(dataset) as any;
  change(copy);
  return copy;
}

/** A chart's parser bound to its dataset and facts: parse(change?, overrides?) parses a changed copy. */
export function parserFor<D>(chart: Chart<D>, dataset: unknown, facts: readonly FactLike[]) {
  return (change?: ((d: any) => void) | null, overrides: FactOverrides = {}): D =>
    chart.parse(change ? mutated(dataset, change) : dataset, storeOver(facts, overrides));
}

/** A chart set up on a fixture: its bound parser, the store over the facts, the parsed data, its steps, and its frame and marks of each step, wide (size, at) and on a phone (phone, onPhone). */
export function chartUnderTest<D>(chart: Chart<D>, dataset: unknown, facts: readonly FactLike[]) {
  const parser = parserFor(chart, dataset, facts);
  const data = parser();
  const { wide, phone } = chart.sizes;
  return {
    parse: parser,
    store: storeOver(facts),
    data,
    steps: stepsOf(chart),
    size: wide,
    at: (k: number): Mark[] => chart.layout(data, k, wide),
    phone,
    onPhone: (k: number): Mark[] => chart.layout(data, k, phone),
  };
}

/** The step numbers of a chart, 0 .. steps-1. */
export function stepsOf(chart: Pick<ChartDefinition<unknown>, 'steps'>): number[] {
  return Array.from({ length: chart.steps }, (_, k) => k);
}

/** The mark with this key, or undefined. */
export function markByKey(marks: Mark[], key: string): Mark | undefined {
  return marks.find((m) => m.key === key);
}

/** The mark with this key; throws if the layout has none. */
export function requireMark(marks: Mark[], key: string): Mark {
  const found = markByKey(marks, key);
  if (!found) throw new Error(`no mark "${key}"`);
  return found;
}

/** The text of the mark with this key, or undefined. */
export function textOf(marks: Mark[], key: string): string | undefined {
  return markByKey(marks, key)?.text;
}

/** The marks by key. */
export function keyed(marks: Mark[]): Map<string, Mark> {
  return new Map(marks.map((m) => [m.key, m]));
}

/** A mark's attribute read as a number. */
export function num(m: Mark | undefined, attr: string): number {
  return m?.attrs[attr] as number;
}

/** A mark's CSS classes. */
export function classes(m: Mark | undefined): string[] {
  return (m?.className ?? '').split(' ');
}

/** The box a mark covers, with text measured by the same estimate the charts use. */
export function box(m: Mark): Box {
  const a = (k: string) => Number(m.attrs[k] ?? 0);
  switch (m.kind) {
    case 'rect':
      return {
        left: a('x'),
        right: a('x') + a('width'),
        top: a('y'),
        bottom: a('y') + a('height'),
      };
    case 'circle':
      return {
        left: a('cx') - a('r'),
        right: a('cx') + a('r'),
        top: a('cy') - a('r'),
        bottom: a('cy') + a('r'),
      };
    case 'line':
      return {
        left: Math.min(a('x1'), a('x2')),
        right: Math.max(a('x1'), a('x2')),
        top: Math.min(a('y1'), a('y2')),
        bottom: Math.max(a('y1'), a('y2')),
      };
    case 'text': {
      const fs = a('font-size');
      const w = textWidth(m.text ?? '', fs);
      const anchor = m.attrs['text-anchor'];
      const left = anchor === 'end' ? a('x') - w : anchor === 'middle' ? a('x') - w / 2 : a('x');
      return { left, right: left + w, top: a('y') - fs * 0.9, bottom: a('y') + fs * 0.25 };
    }
    default:
      throw new Error(`unexpected mark kind ${m.kind}`);
  }
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether box `a` lies entirely within box `b`. */
export function inside(a: Box, b: Box): boolean {
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
}

/** Asserts that no two of `marks` overlap and that none of them overlaps any of `others`. */
export function expectApart(marks: Mark[], others: Mark[] = []): void {
  for (const [i, m] of marks.entries()) {
    for (const other of [...marks.slice(i + 1), ...others])
      expect(overlaps(box(m), box(other)), `${m.key} / ${other.key}`).toBe(false);
  }
}

/** Asserts that `text` has between `min` and `max` sentences (ending in 。) and returns them. */
export function expectSentences(text: string, min: number, max: number): string[] {
  const sentences = text.split('。').filter(Boolean);
  expect(sentences.length).toBeGreaterThanOrEqual(min);
  expect(sentences.length).toBeLessThanOrEqual(max);
  return sentences;
}

/** Asserts that laying out every step twice gives the same marks and leaves `data` unchanged. */
export function expectPureLayout<D>(chart: ChartDefinition<D>, data: D): void {
  const before = structuredClone(data);
  for (const k of stepsOf(chart))
    expect(chart.layout(data, k, chart.sizes.wide)).toEqual(
      chart.layout(data, k, chart.sizes.wide),
    );
  expect(data).toEqual(before);
}
