import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/gpu-units.json';
import registryJson from '../../../content/data/facts/ch1.json';
import type { Fact } from '../../../src/facts/index.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { gpuUnits } from '../../../src/charts/gpu-units.ts';
import { factDate } from '../../../src/charts/kit/index.ts';
import {
  chartUnderTest,
  classes,
  expectApart,
  expectSentences,
  keyed,
  markByKey,
  num,
  textOf,
} from './fixtures.ts';

// A fixture registry with the story's fact ids, so layout is tested on known values.
const FIXTURE = (() => {
  const base = { status: 'verified' as const, sources: ['fixture'] };
  return [
    { ...base, id: 'ff1-built', label: '萤火一号建成', value: 2019, unit: '年' },
    { ...base, id: 'ff1-cost', label: '萤火一号投资', value: 2e8, unit: '元', date: '2019' },
    { ...base, id: 'ff1-gpus', label: '萤火一号GPU', value: 1100, unit: '块', date: '2019' },
    { ...base, id: 'ff2-built', label: '萤火二号开建', value: 2021, unit: '年' },
    { ...base, id: 'ff2-cost', label: '萤火二号投资', value: 1e9, unit: '元', date: '2021' },
    {
      ...base,
      id: 'ff2-gpus',
      label: '萤火二号GPU',
      value: 10000,
      unit: '张',
      approx: true,
      date: '2021',
    },
    {
      ...base,
      id: 'ff2-gpus-2022',
      label: '萤火二号2022年GPU',
      value: 5000,
      unit: '张',
      date: '2022',
    },
    {
      ...base,
      id: 'v3-training-gpus',
      label: 'V3训练GPU',
      value: 2048,
      unit: '块',
      date: '2024-12',
    },
    { ...base, id: 'hf-agi-lab', label: 'AGI实验室', value: '2023-04', unit: 'date' },
  ];
})();

const FILE = 'content/data/charts/gpu-units.json';
const { parse, store, data, size, steps, at, phone, onPhone } = chartUnderTest(
  gpuUnits,
  dataset,
  FIXTURE,
);
const squares = (marks: Mark[], prefix: 'grid' | 'cmp') =>
  marks.filter((m) => m.kind === 'rect' && m.key.startsWith(`${prefix}-`));

describe('gpu-units dataset', () => {
  it('references the cluster facts; counts come from the registry', () => {
    expect(data.growth.map((r) => r.fact.id)).toEqual(['ff1-gpus', 'ff2-gpus-2022', 'ff2-gpus']);
    expect(data.comparison.fact.id).toBe('v3-training-gpus');
    expect([...data.growth, data.comparison].map((r) => r.squares)).toEqual([11, 50, 100, 20.48]);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(gpuUnits.file).toBe(FILE);
    const loaded = gpuUnits.load(store);
    expect(loaded.growth.map((r) => r.fact.id)).toEqual(['ff1-gpus', 'ff2-gpus-2022', 'ff2-gpus']);
    expect(loaded.comparison.fact.id).toBe('v3-training-gpus');
  });

  it('every fact id exists in the facts registry; `when` facts carry dates', () => {
    const registry = registryJson as Fact[];
    const find = (id: string) => registry.find((f) => f.id === id);
    for (const row of [...dataset.growth, dataset.comparison] as {
      fact: string;
      when?: string;
      cost?: string;
    }[]) {
      expect(typeof find(row.fact)?.value, row.fact).toBe('number');
      if (row.cost) expect(typeof find(row.cost)?.value, row.cost).toBe('number');
      if (row.when) expect(factDate(find(row.when) as Fact), row.when).toMatch(/^\d{4}/);
    }
  });
});

describe('gpu-units parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.growth[1].fact = 'no-such-fact'))).toThrow(
      'content/data/charts/gpu-units.json: growth[1].fact: unknown fact id "no-such-fact"',
    );
  });

  it('unknown fact id in comparison.when', () => {
    expect(() => parse((d) => (d.comparison.when = 'v3-release'))).toThrow(
      'content/data/charts/gpu-units.json: comparison.when: unknown fact id "v3-release"',
    );
  });

  it('wrong type for a fact id', () => {
    expect(() => parse((d) => (d.growth[0].fact = 1100))).toThrow(
      /^content\/data\/charts\/gpu-units\.json: growth\[0\]\.fact: .*string/,
    );
  });

  it('a fact that is not a GPU count', () => {
    expect(() => parse((d) => (d.growth[0].fact = 'hf-agi-lab'))).toThrow(
      'content/data/charts/gpu-units.json: growth[0].fact: fact "hf-agi-lab" is not a GPU count',
    );
  });

  it('a `when` fact without a date', () => {
    expect(() => parse(null, { 'ff2-gpus-2022': { date: undefined } })).toThrow(
      'content/data/charts/gpu-units.json: growth[1].when: fact "ff2-gpus-2022" has no date',
    );
  });

  it('wrong number of growth rows', () => {
    expect(() => parse((d) => d.growth.pop())).toThrow(/gpu-units\.json: growth: expected 3 rows/);
  });

  it('missing comparison', () => {
    expect(() => parse((d) => delete d.comparison)).toThrow(/gpu-units\.json: comparison: /);
  });

  it('a caption too long for one line', () => {
    expect(() =>
      parse((d) => (d.growth[2].note = '这是一条为了测试而写得非常非常非常长的说明文字')),
    ).toThrow(/gpu-units\.json: growth\[2\]: caption: .* too long/);
  });
});

describe('gpu-units layout: what a reader sees at each step', () => {
  it('steps 0–2 grow one grid of primary squares: 11, 50, 100', () => {
    for (const [k, count] of [
      [0, 11],
      [1, 50],
      [2, 100],
    ] as const) {
      const marks = at(k);
      const grid = squares(marks, 'grid');
      expect(grid).toHaveLength(count);
      expect(grid.every((m) => classes(m).includes('mark-deepseek'))).toBe(true);
      expect(squares(marks, 'cmp')).toHaveLength(0);
      expect(classes(markByKey(marks, 'legend-square'))).toEqual(['mark-legend', 'mark-filled']);
    }
  });

  it('step 3 keeps the 100 A100 squares and adds 20 full H800 squares and one 0.48 square', () => {
    const marks = at(3);
    const grid = squares(marks, 'grid');
    const cmp = squares(marks, 'cmp');
    expect(grid).toHaveLength(100);
    expect(grid.every((m) => classes(m).includes('mark-deepseek'))).toBe(true);
    expect(cmp).toHaveLength(21);
    expect(cmp.every((m) => classes(m).includes('mark-deepseek'))).toBe(true);
    expect(classes(markByKey(marks, 'legend-square'))).toEqual(['mark-legend', 'mark-filled']);
    const full = num(grid[0]!, 'width');
    expect(cmp.filter((m) => num(m, 'width') === full)).toHaveLength(20);
    expect(num(cmp[20]!, 'width') / full).toBeCloseTo(0.48, 2);
    expect(num(cmp[20]!, 'height')).toBe(full);
  });

  it('squares keep their keys and positions from step 0 to 2, so the grid grows', () => {
    for (const k of [1, 2]) {
      const before = squares(at(k - 1), 'grid');
      const after = keyed(squares(at(k), 'grid'));
      for (const square of before) expect(after.get(square.key)?.attrs).toEqual(square.attrs);
    }
    // At step 3 the same 100 keys stay in place and only change class.
    const step2 = squares(at(2), 'grid');
    const step3 = keyed(squares(at(3), 'grid'));
    for (const square of step2) expect(step3.get(square.key)?.attrs).toEqual(square.attrs);
  });

  it('the H800 block is keyed apart from the grid and sits beside it without overlap', () => {
    const marks = at(3);
    const gridKeys = new Set(squares(at(2), 'grid').map((m) => m.key));
    const cmp = squares(marks, 'cmp');
    expect(cmp.some((m) => gridKeys.has(m.key))).toBe(false);
    expectApart([...squares(marks, 'grid'), ...cmp]);
  });

  it('shows the big number and caption of each step from the registry', () => {
    expect(steps.map((k) => textOf(at(k), 'big-number'))).toEqual([
      '1100块',
      '5000张',
      '约1万张',
      '2048块',
    ]);
    expect(textOf(at(0), 'caption')).toBe('2019年，萤火一号，投资2亿元');
    expect(textOf(at(1), 'caption')).toBe('2022年，萤火二号（A100），分期建设中');
    expect(textOf(at(2), 'caption')).toBe('萤火二号（A100），投资10亿元，建成后的规模');
    expect(textOf(at(3), 'caption')).toBe('2024年12月，DeepSeek-V3训练集群（H800）');
    expect(markByKey(at(0), 'big-number')?.className).toBe('label-big');
  });

  it('labels the two blocks at step 3 only', () => {
    expect(textOf(at(3), 'group-label-grid')).toBe('萤火二号，约1万张A100');
    expect(textOf(at(3), 'group-label-cmp')).toBe('2048块H800');
    for (const k of [0, 1, 2])
      expect(at(k).some((m) => m.key.startsWith('group-label'))).toBe(false);
  });

  it('states the unit in a legend at every step', () => {
    for (const k of steps) expect(textOf(at(k), 'legend')).toBe('每格 = 100块GPU');
  });

  it.each(steps)('step %i: texts overlap neither each other nor the squares', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('marks squares of an unverified count dashed and says so in the caption', () => {
    const shaky = parse(null, { 'ff2-gpus-2022': { status: 'unverified' } });
    const marks = gpuUnits.layout(shaky, 1, size);
    expect(squares(marks, 'grid').every((m) => classes(m).includes('mark-unverified'))).toBe(true);
    expect(textOf(marks, 'caption')).toContain('（未证实）');
    expect(squares(at(1), 'grid').some((m) => classes(m).includes('mark-unverified'))).toBe(false);
    expect(gpuUnits.table(shaky).rows[1]?.[4]).toBe('未证实');
  });
});

describe('gpu-units on a phone (328 × 360 units, one unit per CSS px)', () => {
  it.each(steps)('step %i: texts off each other and the squares', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('keeps the story: the same marks per step as the wide layout, 100 squares at the static step', () => {
    for (const k of steps) expect(onPhone(k).map((m) => m.key)).toEqual(at(k).map((m) => m.key));
    expect(squares(gpuUnits.layout(data, gpuUnits.staticStep, phone), 'grid')).toHaveLength(100);
  });
});

describe('gpu-units texts', () => {
  it('has four steps and draws the comparison statically', () => {
    expect(gpuUnits.steps).toBe(4);
    expect(gpuUnits.staticStep).toBe(3);
  });

  it('caption() is the dataset title', () => {
    expect(gpuUnits.caption(data)).toBe(dataset.title);
    expect(gpuUnits.caption(data)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('describe() is 2–4 Chinese sentences with the unit, every count and the share', () => {
    const description = gpuUnits.describe(data);
    expectSentences(description, 2, 4);
    for (const part of ['每个方格代表100块GPU', '1100块', '5000张', '约1万张', '2048块', '20%'])
      expect(description).toContain(part);
  });

  it('table() lists each cluster with count, squares and status', () => {
    const table = gpuUnits.table(data);
    expect(table.columns).toEqual(['时间', '集群', 'GPU数量', '方格数（每格100块）', '状态']);
    expect(table.rows.map((r) => r[0])).toEqual(['2019年', '2022年', '—', '2024年12月']);
    expect(table.rows.map((r) => r[2])).toEqual(['1100块', '5000张', '约1万张', '2048块']);
    expect(table.rows.map((r) => r[3])).toEqual(['11', '50', '100', '20.48']);
    expect(table.rows.map((r) => r[4])).toEqual(['已核实', '已核实', '已核实', '已核实']);
    expect(table.rows[1]?.[1]).toBe('萤火二号（A100，分期建设中）');
  });

  it('facts() names counts, dates and costs once each', () => {
    expect(gpuUnits.facts(data)).toEqual([
      'ff1-gpus',
      'ff1-built',
      'ff1-cost',
      'ff2-gpus-2022',
      'ff2-gpus',
      'ff2-cost',
      'v3-training-gpus',
    ]);
  });
});
