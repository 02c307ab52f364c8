import { describe, it, expect } from 'vitest';
import { packStates, unpackStates } from '../../../src/marks/island.ts';
import { chartStates } from '../../../src/charts/chart-states.ts';
import { charts } from '../../../src/charts/index.ts';
import { factStore } from '../../../src/data/registry.ts';

describe('chart-state islands', () => {
  it.each(Object.keys(charts))(
    '%s: unpacking gives back every width class’s marks per step, in order',
    (id) => {
      const { views } = chartStates(id, 'island test', factStore());
      const packed = packStates(id, Object.fromEntries(views.map((v) => [v.widthClass, v.states])));
      const unpacked = JSON.parse(JSON.stringify(packed));
      for (const view of views)
        expect(unpackStates(unpacked, view.widthClass)).toEqual(view.states);
      expect(packed.marks.length).toBeLessThanOrEqual(views.flatMap((v) => v.states.flat()).length);
    },
  );

  it('writes a mark that does not change between steps once', () => {
    const axis = { key: 'axis', kind: 'line' as const, attrs: { x1: 0, y1: 0, x2: 1, y2: 0 } };
    const bar = (w: number) => ({
      key: 'bar',
      kind: 'rect' as const,
      attrs: { x: 0, y: 0, width: w, height: 1 },
    });
    const packed = packStates('x', {
      wide: [
        [axis, bar(1)],
        [axis, bar(2)],
        [axis, bar(2)],
      ],
      phone: [[axis, bar(2)]],
    });
    expect(packed.marks).toHaveLength(3);
    expect(packed.states).toEqual({
      wide: [
        [0, 1],
        [0, 2],
        [0, 2],
      ],
      phone: [[0, 2]],
    });
    expect(unpackStates(packed, 'phone')).toEqual([[axis, bar(2)]]);
    expect(unpackStates(packed, 'wide')).toEqual([
      [axis, bar(1)],
      [axis, bar(2)],
      [axis, bar(2)],
    ]);
  });

  it('writes kinds, classes and attribute names once, and keeps a text and a class only where a mark has them', () => {
    const dot = (cx: number) => ({
      key: `dot-${cx}`,
      kind: 'circle' as const,
      className: 'mark-primary',
      attrs: { cx, cy: 1, r: 2 },
    });
    const label = {
      key: 'label',
      kind: 'text' as const,
      text: '约1万块',
      attrs: { x: 0, y: 0, 'text-anchor': 'start' },
    };
    const empty = { key: 'empty', kind: 'text' as const, text: '', className: 'label', attrs: {} };
    const packed = packStates('x', { phone: [[dot(1), dot(2), dot(3), label, empty]] });
    expect(
      packed.names.filter((n) => n === 'circle' || n === 'mark-primary' || n === 'cx'),
    ).toEqual(['circle', 'mark-primary', 'cx']);
    const step = unpackStates(JSON.parse(JSON.stringify(packed)), 'phone')[0]!;
    expect(step).toEqual([dot(1), dot(2), dot(3), label, empty]);
    expect('className' in step[3]!).toBe(false);
    expect('text' in step[0]!).toBe(false);
    expect(JSON.stringify(packed).length).toBeLessThan(
      JSON.stringify([dot(1), dot(2), dot(3), label, empty]).length,
    );
  });

  it('a mark shown in several steps is read back as one object', () => {
    const axis = { key: 'axis', kind: 'line' as const, attrs: { x1: 0, y1: 0, x2: 1, y2: 0 } };
    const [first, second] = unpackStates(packStates('x', { wide: [[axis], [axis]] }), 'wide');
    expect(first![0]).toBe(second![0]);
  });
});
