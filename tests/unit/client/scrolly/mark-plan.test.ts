import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../../src/marks/types.ts';
import {
  IDENTITY,
  PHASES,
  TEXT_TWEEN,
  flipBetween,
  planChange,
  type DrawnMark,
} from '../../../../src/client/scrolly/mark-plan.ts';

const drawn = (attrs: Record<string, string>, extra: Partial<DrawnMark> = {}): DrawnMark => ({
  attrs,
  className: null,
  text: null,
  flip: IDENTITY,
  ...extra,
});
const tweened = (change: ReturnType<typeof planChange>) =>
  Object.fromEntries(
    change.tweens.map((t) => [t.name, [t.interpolate(0), t.interpolate(0.5), t.interpolate(1)]]),
  );

describe('a text that moves', () => {
  const label: Mark = {
    key: 'claim',
    kind: 'text',
    text: '训练成本',
    className: 'label-strong',
    attrs: { x: 44, y: 120, 'font-size': 17 },
  };
  const before = drawn(
    { x: '44', y: '60', 'font-size': '14' },
    { className: 'label', text: '训练成本' },
  );

  it('gets its new place and size at once and slides from where it showed', () => {
    const change = planChange(before, label, true);
    expect(change.set).toEqual({ y: '120', 'font-size': '17' });
    expect(change.flipFrom).toEqual([1, 1, 0, -60]);
    expect(change.tweens).toEqual([]);
    expect(change.className).toBe('label-strong');
    expect(change.text).toBeUndefined();
  });
  it('starts from where a slide under way has taken it', () => {
    const change = planChange({ ...before, flip: [1, 1, 0, 25] }, label, true);
    expect(change.flipFrom).toEqual([1, 1, 0, -35]);
  });
  it('does not slide when it stays put, and jumps when not animated', () => {
    expect(
      planChange(drawn({ x: '44', y: '120', 'font-size': '17' }), label, true).flipFrom,
    ).toBeNull();
    const instant = planChange(before, label, false);
    expect(instant.flipFrom).toBeNull();
    expect(instant.set).toEqual({ y: '120', 'font-size': '17' });
  });
  it('takes its new words', () => {
    expect(planChange({ ...before, text: '旧标签' }, label, true).text).toBe('训练成本');
  });
});

describe('a shape that changes', () => {
  const bar: Mark = {
    key: 'bar',
    kind: 'rect',
    className: 'mark-primary',
    attrs: { x: 10, y: 20, width: 80, height: 12 },
  };

  it('takes its new size at once and is scaled back from its old one', () => {
    const change = planChange(
      drawn({ x: '10', y: '20', width: '40', height: '12' }, { className: 'mark-primary' }),
      bar,
      true,
    );
    expect(change.set).toEqual({ width: '80' });
    expect(change.tweens).toEqual([]);
    // x′ = 0.5·x + 5 maps the new bar (10…90) onto the old one (10…50)
    expect(change.flipFrom).toEqual([0.5, 1, 5, 0]);
    expect(change.className).toBeUndefined();
  });
  it('moves a circle by a uniform scale around its centre', () => {
    const dot: Mark = { key: 'dot', kind: 'circle', attrs: { cx: 100, cy: 50, r: 6 } };
    const change = planChange(drawn({ cx: '100', cy: '50', r: '4.5' }), dot, true);
    expect(change.flipFrom).toEqual([0.75, 0.75, 25, 12.5]);
  });
  it('interpolates what a transform cannot show: a bar that shrinks to nothing, a line', () => {
    const gone = planChange(
      drawn({ x: '10', y: '20', width: '40', height: '12' }),
      { ...bar, attrs: { ...bar.attrs, width: 0 } },
      true,
    );
    expect(gone.flipFrom).toBeNull();
    expect(tweened(gone)).toEqual({ width: ['40', '20', '0'] });
    const line: Mark = { key: 'rule', kind: 'line', attrs: { x1: 0, y1: 10, x2: 100, y2: 10 } };
    expect(
      tweened(planChange(drawn({ x1: '0', y1: '10', x2: '50', y2: '10' }), line, true)),
    ).toEqual({ x2: ['50', '75', '100'] });
  });
  it('drops attributes the new state does not have', () => {
    const change = planChange(
      drawn({ x: '10', y: '20', width: '80', height: '12', rx: '3' }),
      bar,
      true,
    );
    expect(change.set).toEqual({ rx: null });
  });
  it('writes everything at once without animation', () => {
    const change = planChange(drawn({ x: '0', y: '20', width: '40', height: '12' }), bar, false);
    expect(change.tweens).toEqual([]);
    expect(change.flipFrom).toBeNull();
    expect(change.set).toEqual({ x: '10', width: '80' });
  });
});

describe('the transform of a move', () => {
  it('maps the new box onto where the old one shows, through a transform already under way', () => {
    const f = flipBetween('rect', { x: '0', y: '0', width: '10', height: '10' }, [2, 2, 5, 0], {
      x: '10',
      y: '0',
      width: '40',
      height: '20',
    })!;
    // the old box shows at x 5…25, y 0…20; the new one is x 10…50, y 0…20
    const [sx, sy, tx, ty] = f;
    expect([sx * 10 + tx, sx * 50 + tx, sy * 0 + ty, sy * 20 + ty]).toEqual([5, 25, 0, 20]);
  });
  it('has none for marks without a box', () => {
    expect(flipBetween('path', { d: 'M0,0' }, IDENTITY, { d: 'M1,1' })).toBeNull();
    expect(flipBetween('text', { x: 'a' }, IDENTITY, { x: '1', y: '2' })).toBeNull();
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
    const change = planChange(
      drawn({ cx: '5', cy: '5', r: '3' }),
      { ...dot, attrs: { ...dot.attrs, opacity: 0.3 } },
      true,
    );
    expect(tweened(change)).toEqual({ opacity: ['1', '0.65', '0.3'] });
    expect(change.end).toEqual({ opacity: '0.3' });
  });
  it('sets it at once without animation', () => {
    expect(planChange(null, dot, false).set.opacity).toBeNull();
    expect(planChange(drawn({ cx: '5', cy: '5', r: '3', opacity: '0.4' }), dot, false).set).toEqual(
      { opacity: null },
    );
  });
});

describe('a staged transition', () => {
  const label: Mark = { key: 'l', kind: 'text', text: '新', attrs: { x: 1, y: 2 } };
  const phaseOf = (change: ReturnType<typeof planChange>, name: string) =>
    change.tweens.find((t) => t.name === name)?.phase;

  it('has three parts one after another: leaving, moving, entering labels', () => {
    expect(PHASES.exit[0]).toBe(0);
    expect(PHASES.update[0]).toBeGreaterThanOrEqual(PHASES.exit[1]);
    expect(PHASES.enter[0]).toBeGreaterThanOrEqual(PHASES.update[1]);
    expect(PHASES.enter[1]).toBe(1);
  });
  it('fades an entering label in last, an entering shape while the others move', () => {
    expect(phaseOf(planChange(null, label, true), 'opacity')).toBe(PHASES.enter);
    const bar = { ...label, kind: 'rect' as const, attrs: { x: 1 } };
    expect(phaseOf(planChange(null, bar, true), 'opacity')).toBe(PHASES.update);
  });
  it('moves and counts in the middle part', () => {
    const shown = drawn({ x: '1', y: '2', width: '3' }, { text: '5个' });
    const line: Mark = { key: 'g', kind: 'line', attrs: { x1: 0, x2: 5 } };
    expect(phaseOf(planChange(drawn({ x1: '0', x2: '1' }), line, true), 'x2')).toBe(PHASES.update);
    expect(phaseOf(planChange(shown, { ...label, text: '9个' }, true), TEXT_TWEEN)).toBe(
      PHASES.update,
    );
  });
});

describe('a number that changes alone', () => {
  const big = (text: string): Mark => ({ key: 'big-number', kind: 'text', text, attrs: { x: 0 } });
  const shown = (text: string) => drawn({ x: '0' }, { text });
  const counted = (from: string, to: string) =>
    planChange(shown(from), big(to), true).tweens.find((t) => t.name === TEXT_TWEEN);

  it('counts in step with the marks, with the target’s decimals, and ends on the exact text', () => {
    const count = counted('1100块', '5000块')!;
    expect([0, 0.5, 1].map(count.interpolate)).toEqual(['1100块', '3050块', '5000块']);
    expect(planChange(shown('1100块'), big('5000块'), true).text).toBeUndefined();
    expect(counted('约1.79万倍', '约8.97万倍')!.interpolate(0.5)).toBe('约5.38万倍');
    expect(counted('计算 132个', '计算 112个')!.interpolate(0.25)).toBe('计算 127个');
  });
  it('swaps a text whose words change too, more than one number changes, or drawn at once', () => {
    for (const [from, to] of [
      ['5000块', '约1万块'],
      ['约229倍', '约10.56万倍'],
      ['2024年12月', '2025年1月'],
    ]) {
      expect(counted(from!, to!), `${from} → ${to}`).toBeUndefined();
      expect(planChange(shown(from!), big(to!), true).text).toBe(to);
    }
    expect(planChange(shown('1100块'), big('5000块'), false).text).toBe('5000块');
  });
});
