import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/sm-split.json';
import registryJson from '../../../content/data/facts/ch2.json';
import type { Fact } from '../../../src/facts/index.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { smSplit, SM_COLS } from '../../../src/charts/sm-split.ts';
import {
  chartUnderTest,
  classes,
  expectApart,
  expectSentences,
  num,
  requireMark,
  textOf,
} from './fixtures.ts';

// A fixture registry with the story's fact ids, so layout is tested on known values.
const FIXTURE = (() => {
  const base = { status: 'verified' as const, sources: ['fixture'], unit: '个', date: '2024-12' };
  return [
    { ...base, id: 'h800-sms', label: 'H800的SM', value: 132 },
    { ...base, id: 'v3-comm-sms', label: '通信SM', value: 20 },
    { ...base, id: 'v3-compute-sms', label: '计算SM', value: 112 },
    { ...base, id: 'v3-pretrain-share', label: '占比', value: 95.6, unit: '%' },
  ];
})();

const FILE = 'content/data/charts/sm-split.json';
const { parse, store, data, size, steps, at, onPhone } = chartUnderTest(smSplit, dataset, FIXTURE);
const sms = (marks: Mark[]) => marks.filter((m) => m.key.startsWith('sm-'));

describe('sm-split dataset', () => {
  it('names the three SM counts; they add up', () => {
    expect([data.total.value, data.comm.value, data.compute.value]).toEqual([132, 20, 112]);
    expect(data.notes).toHaveLength(3);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(smSplit.file).toBe(FILE);
    expect(smSplit.load(store).total.id).toBe('h800-sms');
  });

  it('the fixture agrees with the facts registry (content/data/facts/ch2.json)', () => {
    const registry = registryJson as Fact[];
    for (const fixture of FIXTURE.filter((f) => f.unit === '个')) {
      const real = registry.find((f) => f.id === fixture.id);
      expect([real?.value, real?.unit], fixture.id).toEqual([fixture.value, fixture.unit]);
    }
  });
});

describe('sm-split parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.comm = 'no-such-fact'))).toThrow(
      'content/data/charts/sm-split.json: comm: unknown fact id "no-such-fact"',
    );
  });

  it('counts that do not add up', () => {
    expect(() => parse(null, { 'v3-compute-sms': { value: 110 } })).toThrow(
      'sm-split.json: compute: fact "v3-compute-sms" (110) plus comm (20) is not the total (132)',
    );
  });

  it('a count that is not a whole number', () => {
    expect(() => parse((d) => (d.total = 'v3-pretrain-share'))).toThrow(
      'sm-split.json: total: fact "v3-pretrain-share" is not a whole positive count',
    );
  });

  it('too many squares for the grid', () => {
    expect(() =>
      parse(null, { 'h800-sms': { value: 150 }, 'v3-compute-sms': { value: 130 } }),
    ).toThrow('sm-split.json: total: 150 squares do not fit the grid');
  });

  it('wrong number of notes, a note line too long, a missing label', () => {
    expect(() => parse((d) => d.notes.pop())).toThrow(/sm-split\.json: notes: expected 3 notes/);
    expect(() =>
      parse((d) => (d.notes[1][0] = '这一行写得太长了，侧栏里根本放不下这么多字')),
    ).toThrow(/sm-split\.json: notes\[1\]\[0\]: "这一行写得太长了.*" is too long for the chart/);
    expect(() => parse((d) => delete d.overlap.saved)).toThrow(/sm-split\.json: overlap\.saved: /);
  });
});

describe('sm-split layout: what a reader sees at each step', () => {
  it('step 0: 132 squares, all computing, in rows of 12', () => {
    const squares = sms(at(0));
    expect(squares).toHaveLength(132);
    expect(squares.every((m) => classes(m).includes('mark-other'))).toBe(true);
    expect(new Set(squares.map((m) => num(m, 'x'))).size).toBe(SM_COLS);
    expect(new Set(squares.map((m) => num(m, 'y'))).size).toBe(11);
    expect(textOf(at(0), 'big-number')).toBe('132个');
    expect(textOf(at(0), 'legend-compute')).toBe('计算 132个');
    expect(at(0).some((m) => m.key === 'legend-comm')).toBe(false);
  });

  it('step 1: the last 20 squares turn to communication, 112 keep computing', () => {
    const squares = sms(at(1));
    const comm = squares.filter((m) => classes(m).includes('mark-deepseek'));
    expect(comm).toHaveLength(20);
    expect(squares.filter((m) => classes(m).includes('mark-other'))).toHaveLength(112);
    expect(comm.map((m) => m.key)).toEqual(Array.from({ length: 20 }, (_, i) => `sm-${112 + i}`));
    expect(textOf(at(1), 'big-number')).toBe('20个');
    expect(textOf(at(1), 'caption')).toBe('划给通信，其余112个继续计算');
    expect([textOf(at(1), 'legend-compute'), textOf(at(1), 'legend-comm')]).toEqual([
      '计算 112个',
      '通信 20个',
    ]);
    expect(requireMark(at(1), 'legend-square-comm').className).toBe('mark-deepseek');
  });

  it('squares keep their keys and places at every step; only their class changes', () => {
    const first = new Map(sms(at(0)).map((m) => [m.key, m.attrs]));
    for (const k of [1, 2]) for (const m of sms(at(k))) expect(m.attrs).toEqual(first.get(m.key));
  });

  it('step 2: the grid stays split and a schematic compares one-after-the-other with overlapped', () => {
    const marks = at(2);
    expect(sms(marks).filter((m) => classes(m).includes('mark-deepseek'))).toHaveLength(20);
    const seq = marks.filter((m) => m.key.startsWith('seq-'));
    const ovl = marks.filter((m) => m.key.startsWith('ovl-'));
    expect(seq.map((m) => m.className)).toEqual([
      'mark-other',
      'mark-deepseek',
      'mark-other',
      'mark-deepseek',
      'mark-other',
    ]);
    expect(ovl.filter((m) => m.className === 'mark-other')).toHaveLength(3);
    expect(ovl.filter((m) => m.className === 'mark-deepseek')).toHaveLength(2);
    const end = (ms: Mark[]) => Math.max(...ms.map((m) => num(m, 'x') + num(m, 'width')));
    expect(end(ovl)).toBeLessThan(end(seq));
    // The same amount of computing in both lanes.
    const computing = (ms: Mark[]) =>
      ms.filter((m) => m.className === 'mark-other').reduce((s, m) => s + num(m, 'width'), 0);
    expect(computing(ovl)).toBe(computing(seq));
    // Each transfer in the overlapped lane runs while computing is under way.
    for (const t of ovl.filter((m) => m.className === 'mark-deepseek')) {
      expect(num(t, 'x')).toBeGreaterThanOrEqual(16);
      expect(num(t, 'x') + num(t, 'width')).toBeLessThanOrEqual(end(ovl));
    }
    const saved = requireMark(marks, 'saved-line');
    expect([saved.attrs.x1, saved.attrs.x2]).toEqual([end(ovl), end(seq)]);
    expect(textOf(marks, 'scheme-heading')).toBe('示意图，不按实际时间比例');
    expect(textOf(marks, 'saved-label')).toBe('省下的时间');
    for (const k of [0, 1])
      expect(at(k).some((m) => /^(seq|ovl|saved|scheme)-/.test(m.key))).toBe(false);
  });

  it('notes beside the grid change with the step', () => {
    expect(steps.map((k) => textOf(at(k), 'note-0'))).toEqual(dataset.notes.map((n) => n[0]));
  });

  it.each(steps)('step %i: texts overlap neither each other nor the squares and blocks', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it.each(steps)('step %i: squares and blocks do not overlap one another', (k) => {
    expectApart(at(k).filter((m) => m.kind === 'rect' && !m.key.startsWith('ovl-')));
  });

  it('marks unverified counts dashed and says 未证实', () => {
    const shaky = parse(null, { 'v3-comm-sms': { status: 'unverified' } });
    const marks = smSplit.layout(shaky, 1, size);
    expect(sms(marks).filter((m) => classes(m).includes('mark-unverified'))).toHaveLength(20);
    expect(textOf(marks, 'big-number')).toBe('20个（未证实）');
    expect(smSplit.table(shaky).rows[2]?.[2]).toBe('未证实');
  });
});

describe('sm-split on a 360 px phone', () => {
  it.each(steps)('step %i: no label on another or on a square, no square on another', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
    expectApart(marks.filter((m) => m.kind === 'rect' && !m.key.startsWith('ovl-')));
  });

  it('tells the same story: the same marks and texts at every step as the wide layout, squares in place', () => {
    for (const k of steps)
      expect(onPhone(k).map((m) => [m.key, m.text, m.className])).toEqual(
        at(k).map((m) => [m.key, m.text, m.className]),
      );
    const first = new Map(sms(onPhone(0)).map((m) => [m.key, m.attrs]));
    for (const k of [1, 2])
      for (const m of sms(onPhone(k))) expect(m.attrs).toEqual(first.get(m.key));
  });
});

describe('sm-split texts', () => {
  it('has three steps and draws the last one statically', () => {
    expect(smSplit.steps).toBe(3);
    expect(smSplit.staticStep).toBe(2);
  });

  it('caption() is the dataset title', () => {
    expect(smSplit.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2–4 Chinese sentences with every count and says the schematic is not to scale', () => {
    const description = smSplit.describe(data);
    expectSentences(description, 2, 4);
    for (const part of ['132个', '20个', '112个', 'DualPipe', '不按实际时间比例'])
      expect(description).toContain(part);
  });

  it('table() lists total, compute and communication with a status', () => {
    expect(smSplit.table(data)).toEqual({
      columns: ['用途', 'SM 数量', '状态'],
      rows: [
        ['一块 H800 的全部 SM', '132个', '已核实'],
        ['V3 训练中用于计算', '112个', '已核实'],
        ['V3 训练中用于跨节点通信', '20个', '已核实'],
      ],
    });
  });

  it('facts() names the three counts', () => {
    expect(smSplit.facts(data).sort()).toEqual(['h800-sms', 'v3-comm-sms', 'v3-compute-sms']);
  });
});
