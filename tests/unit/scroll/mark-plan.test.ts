import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../src/charts/types.ts';
import { planChange, type DrawnMark } from '../../../src/scroll/mark-plan.ts';

const drawn = (attrs: Record<string, string>, extra: Partial<DrawnMark> = {}): DrawnMark => ({
  attrs, className: null, text: null, shift: [0, 0], ...extra,
});
const tweened = (change: ReturnType<typeof planChange>) =>
  Object.fromEntries(change.tweens.map((t) => [t.name, [t.interpolate(0), t.interpolate(0.5), t.interpolate(1)]]));

describe('a text that moves', () => {
  const label: Mark = { key: 'claim', kind: 'text', text: '训练成本', className: 'label-strong', attrs: { x: 44, y: 120, 'font-size': 17 } };
  const before = drawn({ x: '44', y: '60', 'font-size': '14' }, { className: 'label', text: '训练成本' });

  it('gets its new place and size at once and slides from where it showed', () => {
    const change = planChange(before, label, true);
    expect(change.set).toEqual({ y: '120', 'font-size': '17' });
    expect(change.shiftFrom).toEqual([0, -60]);
    expect(change.tweens).toEqual([]);
    expect(change.className).toBe('label-strong');
    expect(change.text).toBeUndefined();
  });
  it('starts from where a slide under way has taken it', () => {
    const change = planChange({ ...before, shift: [0, 25] }, label, true);
    expect(change.shiftFrom).toEqual([0, -35]);
  });
  it('does not slide when it stays put, and jumps when not animated', () => {
    expect(planChange(drawn({ x: '44', y: '120', 'font-size': '17' }), label, true).shiftFrom).toBeNull();
    const instant = planChange(before, label, false);
    expect(instant.shiftFrom).toBeNull();
    expect(instant.set).toEqual({ y: '120', 'font-size': '17' });
  });
  it('takes its new words', () => {
    expect(planChange({ ...before, text: '旧标签' }, label, true).text).toBe('训练成本');
  });
});

describe('a shape that changes', () => {
  const bar: Mark = { key: 'bar', kind: 'rect', className: 'mark-primary', attrs: { x: 10, y: 20, width: 80, height: 12 } };

  it('interpolates only the attributes that change', () => {
    const change = planChange(drawn({ x: '10', y: '20', width: '40', height: '12' }, { className: 'mark-primary' }), bar, true);
    expect(tweened(change)).toEqual({ width: ['40', '60', '80'] });
    expect(change.set).toEqual({});
    expect(change.className).toBeUndefined();
  });
  it('drops attributes the new state does not have', () => {
    const change = planChange(drawn({ x: '10', y: '20', width: '80', height: '12', rx: '3' }), bar, true);
    expect(change.set).toEqual({ rx: null });
  });
  it('writes everything at once without animation', () => {
    const change = planChange(drawn({ x: '0', y: '20', width: '40', height: '12' }), bar, false);
    expect(change.tweens).toEqual([]);
    expect(change.set).toEqual({ x: '10', width: '80' });
  });
});

describe('opacity', () => {
  const dot: Mark = { key: 'dot', kind: 'circle', attrs: { cx: 5, cy: 5, r: 3 } };

  it('fades an entering mark in from 0 and leaves no opacity attribute when it ends at 1', () => {
    const change = planChange(null, dot, true);
    expect(change.set).toEqual({ cx: '5', cy: '5', r: '3', opacity: '0' });
    expect(tweened(change)).toEqual({ opacity: ['0', '0.5', '1'] });
    expect(change.end).toEqual({ opacity: null });
    expect(change.className).toBeNull();
  });
  it('fades to a state’s own opacity and keeps it', () => {
    const change = planChange(drawn({ cx: '5', cy: '5', r: '3' }), { ...dot, attrs: { ...dot.attrs, opacity: 0.3 } }, true);
    expect(tweened(change)).toEqual({ opacity: ['1', '0.65', '0.3'] });
    expect(change.end).toEqual({ opacity: '0.3' });
  });
  it('sets it at once without animation', () => {
    expect(planChange(null, dot, false).set.opacity).toBeNull();
    expect(planChange(drawn({ cx: '5', cy: '5', r: '3', opacity: '0.4' }), dot, false).set).toEqual({ opacity: null });
  });
});
