import { describe, it, expect, vi } from 'vitest';
import dataset from '../../../content/data/charts/gpu-units.json';
import registryJson from '../../../content/data/facts/ch1.json';
import type { Fact } from '../../../src/data/facts-schema.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { gpuUnits, parseGpuUnitsData, GPU_UNITS_FILE } from '../../../src/charts/gpu-units.ts';
import { textWidthEm, factDate } from '../../../src/charts/chart-helpers.ts';

// A fixture registry with the story's fact ids, so layout is tested on known values.
const { FIXTURE } = vi.hoisted(() => {
  const base = { status: 'verified' as const, sources: ['fixture'] };
  const FIXTURE = [
    { ...base, id: 'ff1-built', label: '萤火一号建成', value: 2019, unit: '年' },
    { ...base, id: 'ff1-cost', label: '萤火一号投资', value: 2e8, unit: '元', date: '2019' },
    { ...base, id: 'ff1-gpus', label: '萤火一号GPU', value: 1100, unit: '块', date: '2019' },
    { ...base, id: 'ff2-built', label: '萤火二号开建', value: 2021, unit: '年' },
    { ...base, id: 'ff2-cost', label: '萤火二号投资', value: 1e9, unit: '元', date: '2021' },
    { ...base, id: 'ff2-gpus', label: '萤火二号GPU', value: 10000, unit: '张', approx: true, date: '2021' },
    { ...base, id: 'ff2-gpus-2022', label: '萤火二号2022年GPU', value: 5000, unit: '张', date: '2022' },
    { ...base, id: 'v3-training-gpus', label: 'V3训练GPU', value: 2048, unit: '块', date: '2024-12' },
    { ...base, id: 'hf-agi-lab', label: 'AGI实验室', value: '2023-04', unit: 'date' },
  ];
  return { FIXTURE };
});

vi.mock('../../../src/data/registry.ts', async () => {
  const { formatValue } = await import('../../../src/utils/format-number.ts');
  const byId = new Map(FIXTURE.map((f) => [f.id, f]));
  return {
    getFact: (id: string, where: string) => {
      const fact = byId.get(id);
      if (!fact) throw new Error(`${where}: unknown fact id "${id}" (not in content/data/facts/)`);
      return fact;
    },
    factText: (f: { value: number | string; unit: string; approx?: boolean }) => formatValue(f.value, f.unit, f.approx),
  };
});

const FILE = 'content/data/charts/gpu-units.json';
const facts = FIXTURE as Fact[];

/** A lookup over the fixture, optionally with some facts changed. */
function lookupWith(overrides: Record<string, Partial<Fact>> = {}) {
  return (id: string, where: string): Fact => {
    const fact = facts.find((f) => f.id === id);
    if (!fact) throw new Error(`${where}: unknown fact id "${id}" (not in content/data/facts/)`);
    return { ...fact, ...overrides[id] } as Fact;
  };
}

/** The dataset with one change, as a fresh object. */
function mutated(change: (d: any) => void): unknown {
  const copy = structuredClone(dataset) as any;
  change(copy);
  return copy;
}

const data = parseGpuUnitsData(dataset, FILE, lookupWith());
const size = gpuUnits.size;
const steps = [0, 1, 2, 3];
const at = (k: number) => gpuUnits.layout(data, k, size);
const classes = (m: Mark) => (m.className ?? '').split(' ');
const squares = (marks: Mark[], prefix: 'grid' | 'cmp') => marks.filter((m) => m.kind === 'rect' && m.key.startsWith(`${prefix}-`));
const text = (marks: Mark[], key: string) => marks.find((m) => m.key === key)?.text;
const num = (m: Mark, attr: string) => m.attrs[attr] as number;

/** The box a mark covers, with text measured by the same estimate the chart uses. */
function box(m: Mark): { left: number; right: number; top: number; bottom: number } {
  const a = (k: string) => Number(m.attrs[k] ?? 0);
  switch (m.kind) {
    case 'rect':
      return { left: a('x'), right: a('x') + a('width'), top: a('y'), bottom: a('y') + a('height') };
    case 'circle':
      return { left: a('cx') - a('r'), right: a('cx') + a('r'), top: a('cy') - a('r'), bottom: a('cy') + a('r') };
    case 'line':
      return { left: Math.min(a('x1'), a('x2')), right: Math.max(a('x1'), a('x2')), top: Math.min(a('y1'), a('y2')), bottom: Math.max(a('y1'), a('y2')) };
    case 'text': {
      const fs = a('font-size');
      const w = textWidthEm(m.text ?? '') * fs;
      const anchor = m.attrs['text-anchor'];
      const left = anchor === 'end' ? a('x') - w : anchor === 'middle' ? a('x') - w / 2 : a('x');
      return { left, right: left + w, top: a('y') - fs * 0.9, bottom: a('y') + fs * 0.25 };
    }
    default:
      throw new Error(`unexpected mark kind ${m.kind}`);
  }
}

const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('gpu-units dataset', () => {
  it('references the cluster facts; counts come from the registry', () => {
    expect(data.growth.map((r) => r.fact.id)).toEqual(['ff1-gpus', 'ff2-gpus-2022', 'ff2-gpus']);
    expect(data.comparison.fact.id).toBe('v3-training-gpus');
    expect([...data.growth, data.comparison].map((r) => r.squares)).toEqual([11, 50, 100, 20.48]);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(GPU_UNITS_FILE).toBe(FILE);
    const loaded = gpuUnits.load();
    expect(loaded.growth.map((r) => r.fact.id)).toEqual(['ff1-gpus', 'ff2-gpus-2022', 'ff2-gpus']);
    expect(loaded.comparison.fact.id).toBe('v3-training-gpus');
  });

  it('every fact id exists in the facts registry; `when` facts carry dates', () => {
    const registry = registryJson as Fact[];
    const find = (id: string) => registry.find((f) => f.id === id);
    for (const row of [...dataset.growth, dataset.comparison] as { fact: string; when?: string; cost?: string }[]) {
      expect(typeof find(row.fact)?.value, row.fact).toBe('number');
      if (row.cost) expect(typeof find(row.cost)?.value, row.cost).toBe('number');
      if (row.when) expect(factDate(find(row.when) as Fact), row.when).toMatch(/^\d{4}/);
    }
  });
});

describe('gpu-units parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    const bad = mutated((d) => (d.growth[1].fact = 'no-such-fact'));
    expect(() => parseGpuUnitsData(bad, FILE, lookupWith())).toThrow(
      'content/data/charts/gpu-units.json: growth[1].fact: unknown fact id "no-such-fact"',
    );
  });

  it('unknown fact id in comparison.when', () => {
    const bad = mutated((d) => (d.comparison.when = 'v3-release'));
    expect(() => parseGpuUnitsData(bad, FILE, lookupWith())).toThrow('content/data/charts/gpu-units.json: comparison.when: unknown fact id "v3-release"');
  });

  it('wrong type for a fact id', () => {
    const bad = mutated((d) => (d.growth[0].fact = 1100));
    expect(() => parseGpuUnitsData(bad, FILE, lookupWith())).toThrow(/^content\/data\/charts\/gpu-units\.json: growth\[0\]\.fact: .*string/);
  });

  it('a fact that is not a GPU count', () => {
    const bad = mutated((d) => (d.growth[0].fact = 'hf-agi-lab'));
    expect(() => parseGpuUnitsData(bad, FILE, lookupWith())).toThrow('content/data/charts/gpu-units.json: growth[0].fact: fact "hf-agi-lab" is not a GPU count');
  });

  it('a `when` fact without a date', () => {
    expect(() => parseGpuUnitsData(dataset, FILE, lookupWith({ 'ff2-gpus-2022': { date: undefined } }))).toThrow(
      'content/data/charts/gpu-units.json: growth[1].when: fact "ff2-gpus-2022" has no date',
    );
  });

  it('wrong number of growth rows', () => {
    const bad = mutated((d) => d.growth.pop());
    expect(() => parseGpuUnitsData(bad, FILE, lookupWith())).toThrow(/gpu-units\.json: growth: expected 3 rows/);
  });

  it('missing comparison', () => {
    const bad = mutated((d) => delete d.comparison);
    expect(() => parseGpuUnitsData(bad, FILE, lookupWith())).toThrow(/gpu-units\.json: comparison: /);
  });

  it('a caption too long for one line', () => {
    const bad = mutated((d) => (d.growth[2].note = '这是一条为了测试而写得非常非常非常长的说明文字'));
    expect(() => parseGpuUnitsData(bad, FILE, lookupWith())).toThrow(/gpu-units\.json: growth\[2\]: caption .* too long/);
  });
});

describe('gpu-units layout: what a reader sees at each step', () => {
  it('steps 0–2 grow one grid of primary squares: 11, 50, 100', () => {
    for (const [k, count] of [[0, 11], [1, 50], [2, 100]] as const) {
      const marks = at(k);
      const grid = squares(marks, 'grid');
      expect(grid).toHaveLength(count);
      expect(grid.every((m) => classes(m).includes('mark-primary'))).toBe(true);
      expect(squares(marks, 'cmp')).toHaveLength(0);
      expect(marks.some((m) => classes(m).includes('mark-highlight') && m.key !== 'legend-square')).toBe(false);
    }
  });

  it('step 3 mutes the 100 A100 squares and adds 20 full H800 squares and one 0.48 square', () => {
    const marks = at(3);
    const grid = squares(marks, 'grid');
    const cmp = squares(marks, 'cmp');
    expect(grid).toHaveLength(100);
    expect(grid.every((m) => classes(m).includes('mark-muted'))).toBe(true);
    expect(cmp).toHaveLength(21);
    expect(cmp.every((m) => classes(m).includes('mark-highlight'))).toBe(true);
    const full = num(grid[0]!, 'width');
    expect(cmp.filter((m) => num(m, 'width') === full)).toHaveLength(20);
    expect(num(cmp[20]!, 'width') / full).toBeCloseTo(0.48, 2);
    expect(num(cmp[20]!, 'height')).toBe(full);
  });

  it('squares keep their keys and positions from step 0 to 2, so the grid grows', () => {
    for (const k of [1, 2]) {
      const before = squares(at(k - 1), 'grid');
      const after = new Map(squares(at(k), 'grid').map((m) => [m.key, m]));
      for (const square of before) expect(after.get(square.key)?.attrs).toEqual(square.attrs);
    }
    // At step 3 the same 100 keys stay in place and only change class.
    const step2 = squares(at(2), 'grid');
    const step3 = new Map(squares(at(3), 'grid').map((m) => [m.key, m]));
    for (const square of step2) expect(step3.get(square.key)?.attrs).toEqual(square.attrs);
  });

  it('the H800 block is keyed apart from the grid and sits beside it without overlap', () => {
    const marks = at(3);
    const gridKeys = new Set(squares(at(2), 'grid').map((m) => m.key));
    const cmp = squares(marks, 'cmp');
    expect(cmp.some((m) => gridKeys.has(m.key))).toBe(false);
    const all = [...squares(marks, 'grid'), ...cmp].map(box);
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!, all[j]!)).toBe(false);
  });

  it('shows the big number and caption of each step from the registry', () => {
    expect(steps.map((k) => text(at(k), 'big-number'))).toEqual(['1100块', '5000张', '约1万张', '2048块']);
    expect(text(at(0), 'caption')).toBe('2019年，萤火一号，投资2亿元');
    expect(text(at(1), 'caption')).toBe('2022年，萤火二号（A100），分期建设中');
    expect(text(at(2), 'caption')).toBe('萤火二号（A100），投资10亿元，建成后的规模');
    expect(text(at(3), 'caption')).toBe('2024年12月，DeepSeek-V3训练集群（H800）');
    expect(at(0).find((m) => m.key === 'big-number')?.className).toBe('label-big');
  });

  it('labels the two blocks at step 3 only', () => {
    expect(text(at(3), 'group-label-grid')).toBe('萤火二号，约1万张A100');
    expect(text(at(3), 'group-label-cmp')).toBe('2048块H800');
    for (const k of [0, 1, 2]) expect(at(k).some((m) => m.key.startsWith('group-label'))).toBe(false);
  });

  it('states the unit in a legend at every step', () => {
    for (const k of steps) expect(text(at(k), 'legend')).toBe('每格 = 100块GPU');
  });

  it.each(steps)('step %i keeps every mark inside the viewBox, finite, with unique keys and readable type', (k) => {
    const marks = at(k);
    expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
    for (const m of marks) {
      for (const value of Object.values(m.attrs)) if (typeof value === 'number') expect(Number.isFinite(value), m.key).toBe(true);
      const b = box(m);
      expect(b.left, m.key).toBeGreaterThanOrEqual(0);
      expect(b.top, m.key).toBeGreaterThanOrEqual(0);
      expect(b.right, m.key).toBeLessThanOrEqual(size.width);
      expect(b.bottom, m.key).toBeLessThanOrEqual(size.height);
      if (m.kind === 'text') expect(num(m, 'font-size'), m.key).toBeGreaterThanOrEqual(13);
    }
  });

  it.each(steps)('step %i: texts overlap neither each other nor the squares', (k) => {
    const marks = at(k);
    const texts = marks.filter((m) => m.kind === 'text').map(box);
    const rects = marks.filter((m) => m.kind === 'rect').map(box);
    for (const [i, t] of texts.entries()) {
      for (const other of texts.slice(i + 1)) expect(overlaps(t, other)).toBe(false);
      for (const r of rects) expect(overlaps(t, r)).toBe(false);
    }
  });

  it('is deterministic and does not change its input', () => {
    const before = structuredClone(data);
    for (const k of steps) expect(gpuUnits.layout(data, k, size)).toEqual(gpuUnits.layout(data, k, size));
    expect(data).toEqual(before);
  });

  it('marks squares of an unverified count dashed and says so in the caption', () => {
    const shaky = parseGpuUnitsData(dataset, FILE, lookupWith({ 'ff2-gpus-2022': { status: 'unverified' } }));
    const marks = gpuUnits.layout(shaky, 1, size);
    expect(squares(marks, 'grid').every((m) => classes(m).includes('mark-unverified'))).toBe(true);
    expect(text(marks, 'caption')).toContain('（未证实）');
    expect(squares(at(1), 'grid').some((m) => classes(m).includes('mark-unverified'))).toBe(false);
    expect(gpuUnits.table(shaky).rows[1]?.[4]).toBe('未证实');
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
    const sentences = description.split('。').filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    for (const part of ['每个方格代表100块GPU', '1100块', '5000张', '约1万张', '2048块', '20%']) expect(description).toContain(part);
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
    expect(gpuUnits.facts(data)).toEqual(['ff1-gpus', 'ff1-built', 'ff1-cost', 'ff2-gpus-2022', 'ff2-gpus', 'ff2-cost', 'v3-training-gpus']);
  });
});
