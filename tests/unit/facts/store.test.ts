/**
 * The facts domain without the disk: a store built from a test's own facts answers lookups, names
 * the caller's file for an unknown id, and a figure reads as the page prints it.
 */
import { describe, expect, it } from 'vitest';
import {
  createFactStore,
  factLabel,
  factText,
  statusOf,
  type Fact,
  type Source,
} from '../../../src/facts/index.ts';

const source: Source = {
  id: 'nvda-10k',
  kind: 'primary',
  title: 'NVIDIA 10-K',
  description: 'Annual report',
};
const loss: Fact = {
  id: 'nvda-drop',
  label: 'NVIDIA one-day fall',
  value: -16.97,
  unit: '%',
  status: 'verified',
  sources: ['nvda-10k'],
};
const claim: Fact = {
  id: 'claim-cost',
  label: 'Claimed cost',
  value: 500000000,
  unit: '美元',
  status: 'unverified',
  sources: ['nvda-10k'],
};
const store = createFactStore({ facts: [loss, claim], sources: [source] });

describe('the fact store', () => {
  it('finds facts and sources by id', () => {
    expect(store.getFact('nvda-drop', 'ch3.mdx').label).toBe('NVIDIA one-day fall');
    expect(store.getSource('nvda-10k', 'ch3.mdx').title).toBe('NVIDIA 10-K');
  });

  it('names the file that asked for an unknown or missing id', () => {
    expect(() => store.getFact('no-such', 'content/chapters/ch3.mdx')).toThrow(
      'content/chapters/ch3.mdx: unknown fact id "no-such" (not in content/data/facts/)',
    );
    expect(() => store.getFact(undefined, 'content/chapters/ch3.mdx')).toThrow(
      'content/chapters/ch3.mdx: a <Fact> or dataset row has no fact id',
    );
    expect(() => store.getSource('nope', 'content/data/charts/x.json: rows[1]')).toThrow(
      'content/data/charts/x.json: rows[1]: unknown source id "nope"',
    );
  });
});

describe('a figure as readers see it', () => {
  it('reads a signed figure with or without its sign', () => {
    expect(factText(loss)).toBe('−16.97%');
    expect(factText(loss, { magnitude: true })).toBe('16.97%');
  });

  it('marks an unverified figure in words, and a table says the weakest status', () => {
    expect(factLabel(claim)).toBe('5亿美元（未证实）');
    expect(factLabel(loss)).toBe('−16.97%');
    expect(statusOf(loss, claim)).toBe('未证实');
    expect(statusOf(loss)).toBe('已核实');
  });
});
