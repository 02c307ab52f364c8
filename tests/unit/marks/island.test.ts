import { describe, it, expect } from 'vitest';
import { packStates, unpackStates } from '../../../src/marks/island.ts';
import { chartStates } from '../../../src/charts/chart-states.ts';
import { charts } from '../../../src/charts/index.ts';

describe('chart-state islands', () => {
  it.each(Object.keys(charts))('%s: unpacking gives back every width class’s marks per step, in order', (id) => {
    const { views } = chartStates(id, 'island test');
    const packed = packStates(id, Object.fromEntries(views.map((v) => [v.widthClass, v.states])));
    const unpacked = JSON.parse(JSON.stringify(packed));
    for (const view of views) expect(unpackStates(unpacked, view.widthClass)).toEqual(view.states);
    expect(packed.marks.length).toBeLessThanOrEqual(views.flatMap((v) => v.states.flat()).length);
  });

  it('writes a mark that does not change between steps once', () => {
    const axis = { key: 'axis', kind: 'line' as const, attrs: { x1: 0, y1: 0, x2: 1, y2: 0 } };
    const bar = (w: number) => ({ key: 'bar', kind: 'rect' as const, attrs: { x: 0, y: 0, width: w, height: 1 } });
    const packed = packStates('x', { wide: [[axis, bar(1)], [axis, bar(2)], [axis, bar(2)]], phone: [[axis, bar(2)]] });
    expect(packed.marks).toEqual([axis, bar(1), bar(2)]);
    expect(packed.states).toEqual({ wide: [[0, 1], [0, 2], [0, 2]], phone: [[0, 2]] });
    expect(unpackStates(packed, 'phone')).toEqual([[axis, bar(2)]]);
  });
});
