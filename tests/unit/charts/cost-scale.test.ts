import { describe, it, expect, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dataset from '../../../content/data/charts/cost-scale.json';
import ch3 from '../../../content/data/facts/ch3.json';
import ch4 from '../../../content/data/facts/ch4.json';
import type { Fact } from '../../../src/data/facts-schema.ts';
import type { Mark } from '../../../src/charts/types.ts';
import {
  costScale,
  parseCostScaleData,
  visibleItems,
  calloutItems,
  trueSide,
  FRAME,
  MIN_SIDE,
  COST_SCALE_FILE,
} from '../../../src/charts/cost-scale.ts';
import { textWidthEm } from '../../../src/charts/chart-helpers.ts';

// Facts defined in other chapters' files that this chart names, with the values they carry there.
const { EXTRA } = vi.hoisted(() => ({
  EXTRA: [
    { id: 'v3-training-cost', label: 'V3 正式训练费用', value: 5576000, unit: '美元', status: 'verified' as const, sources: ['v3-report'] },
    { id: 'r1-rl-cost', label: 'R1 强化学习阶段费用', value: 294000, unit: '美元', status: 'corrected' as const, sources: ['r1-nature'] },
    { id: 'ff2-cost', label: '萤火二号投资', value: 1000000000, unit: '元', status: 'verified' as const, sources: ['wikipedia-deepseek'] },
  ],
}));

// The registry is replaced by chapters 3 and 4's facts files plus EXTRA.
vi.mock('../../../src/data/registry.ts', async () => {
  const { formatValue } = await import('../../../src/utils/format-number.ts');
  const a = (await import('../../../content/data/facts/ch3.json')).default as { id: string }[];
  const b = (await import('../../../content/data/facts/ch4.json')).default as { id: string }[];
  const byId = new Map([...a, ...b, ...EXTRA].map((f) => [f.id, f]));
  return {
    getFact: (id: string, where: string) => {
      const fact = byId.get(id);
      if (!fact) throw new Error(`${where}: unknown fact id "${id}" (not in content/data/facts/)`);
      return fact;
    },
    factText: (f: { value: number | string; unit: string; approx?: boolean }) => formatValue(f.value, f.unit, f.approx),
  };
});

const FILE = 'content/data/charts/cost-scale.json';
const facts = [...ch3, ...ch4, ...EXTRA] as Fact[];

function lookupWith(overrides: Record<string, Partial<Fact>> = {}) {
  return (id: string, where: string): Fact => {
    const fact = facts.find((f) => f.id === id);
    if (!fact) throw new Error(`${where}: unknown fact id "${id}" (not in content/data/facts/)`);
    return { ...fact, ...overrides[id] } as Fact;
  };
}

function mutated(change: (d: any) => void): unknown {
  const copy = structuredClone(dataset) as any;
  change(copy);
  return copy;
}

const data = parseCostScaleData(dataset, FILE, lookupWith());
const size = costScale.size;
const steps = [0, 1, 2, 3, 4, 5];
const at = (k: number) => costScale.layout(data, k, size);
const classes = (m: Mark | undefined) => (m?.className ?? '').split(' ');
const squares = (marks: Mark[]) => marks.filter((m) => m.kind === 'rect' && m.key.startsWith('sq-'));
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const num = (m: Mark | undefined, attr: string) => Number(m?.attrs[attr]);
const BOTTOM = FRAME.y + FRAME.side;
const ids = (items: { fact: { id: string } }[]) => items.map((i) => i.fact.id);

function box(m: Mark): { left: number; right: number; top: number; bottom: number } {
  const a = (k: string) => Number(m.attrs[k] ?? 0);
  switch (m.kind) {
    case 'rect':
      return { left: a('x'), right: a('x') + a('width'), top: a('y'), bottom: a('y') + a('height') };
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
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('cost-scale dataset', () => {
  it('zooms from R1’s RL stage to Stargate, V3’s final run as the reference', () => {
    expect(ids(data.items)).toEqual([
      'r1-rl-cost',
      'v3-training-cost',
      'llama31-405b-rental-equiv',
      'llama31-seed-cost',
      'semianalysis-tco',
      'stargate-first-phase',
      'stargate-total',
    ]);
    expect(data.reference.fact.id).toBe('v3-training-cost');
    expect(data.items.map((i) => i.kind)).toEqual(['rental', 'rental', 'rental', 'rental', 'ownership', 'ownership', 'ownership']);
    expect(data.items.filter((i) => i.fact.status === 'unverified').map((i) => i.fact.id)).toEqual(['llama31-seed-cost']);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(COST_SCALE_FILE).toBe(FILE);
    expect(costScale.load().items).toHaveLength(7);
  });

  it('every fact id it names is defined in content/data/facts/', () => {
    const dir = join(process.cwd(), 'content/data/facts');
    const known = new Set(
      readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .flatMap((n) => (JSON.parse(readFileSync(join(dir, n), 'utf8')) as { id: string }[]).map((f) => f.id)),
    );
    for (const id of costScale.facts(data)) expect(known.has(id), id).toBe(true);
  });
});

describe('cost-scale parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    const bad = mutated((d) => (d.items[4].fact = 'no-such-fact'));
    expect(() => parseCostScaleData(bad, FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: items[4].fact: unknown fact id "no-such-fact"');
  });

  it('an amount in yuan is refused rather than converted', () => {
    const bad = mutated((d) => (d.items[4].fact = 'ff2-cost'));
    expect(() => parseCostScaleData(bad, FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: items[4].fact: fact "ff2-cost" is not an amount in 美元');
  });

  it('a ratio that does not match the amounts, or is missing', () => {
    expect(() => parseCostScaleData(mutated((d) => (d.items[4].ratio = 'stargate-vs-v3')), FILE, lookupWith())).toThrow(
      /^content\/data\/charts\/cost-scale\.json: items\[4\]\.ratio: fact "stargate-vs-v3" says 89700倍, but semianalysis-tco ÷ v3-training-cost is 461\.44/,
    );
    expect(() => parseCostScaleData(mutated((d) => delete d.items[0].ratio), FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: items[0].ratio: expected the fact id');
    expect(() => parseCostScaleData(mutated((d) => (d.items[1].ratio = 'llama31-vs-v3')), FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: items[1].ratio: the reference is compared with nothing');
  });

  it('a reference that is not an item', () => {
    expect(() => parseCostScaleData(mutated((d) => (d.reference = 'stargate-years')), FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: reference: "stargate-years" is not one of the items');
  });

  it('a step with two main items, or none', () => {
    expect(() => parseCostScaleData(mutated((d) => delete d.items[3].main), FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: items: step 2 has 2 main items');
    expect(() => parseCostScaleData(mutated((d) => (d.items[6].main = false)), FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: items: step 5 has 0 main items');
  });

  it('items out of step order, a bad step, an unknown kind', () => {
    expect(() => parseCostScaleData(mutated((d) => (d.items[5].step = 2)), FILE, lookupWith())).toThrow('content/data/charts/cost-scale.json: items[5].step: step 2 comes after step 3');
    expect(() => parseCostScaleData(mutated((d) => (d.items[0].step = 9)), FILE, lookupWith())).toThrow(/cost-scale\.json: items\[0\]\.step: expected a step from 0 to 5/);
    expect(() => parseCostScaleData(mutated((d) => (d.items[0].kind = 'loan')), FILE, lookupWith())).toThrow(/cost-scale\.json: items\[0\]\.kind: /);
  });

  it('texts too wide for their place', () => {
    expect(() => parseCostScaleData(mutated((d) => (d.items[2].name = '一个为了测试而写的很长的名字')), FILE, lookupWith())).toThrow(/cost-scale\.json: items\[2\]\.name: .* too wide for a callout/);
    expect(() => parseCostScaleData(mutated((d) => (d.items[2].detail = '一个为了测试而写得非常非常非常非常非常非常非常非常长的说明')), FILE, lookupWith())).toThrow(
      /cost-scale\.json: items\[2\]\.detail: .* too long for one line/,
    );
  });
});

describe('cost-scale layout: what a reader sees at each step', () => {
  it('adds amounts step by step: 1, 2, 4, 5, 6, 7 squares, largest drawn first', () => {
    expect(steps.map((k) => squares(at(k)).length)).toEqual([1, 2, 4, 5, 6, 7]);
    for (const k of steps) {
      const sides = squares(at(k)).map((m) => num(m, 'width'));
      expect([...sides].sort((a, b) => b - a)).toEqual(sides);
    }
  });

  it('the header names the step’s amount, what it is, and how it compares with V3', () => {
    expect(steps.map((k) => byKey(at(k), 'big-number')?.text)).toEqual(['29.4万美元', '557.6万美元', '6168万美元', '25.73亿美元', '1000亿美元', '5000亿美元']);
    expect(steps.map((k) => byKey(at(k), 'kind-line')?.text)).toEqual([
      '租用算力折算，相当于V3最终训练的约5.3%',
      '租用算力折算，以下各项都与它相比',
      '租用算力折算，相当于V3最终训练的约11倍',
      '持有成本/资本开支，相当于V3最终训练的约461倍',
      '持有成本/资本开支，相当于V3最终训练的约1.79万倍',
      '持有成本/资本开支，相当于V3最终训练的约8.97万倍',
    ]);
    expect(byKey(at(3), 'detail')?.text).toBe('DeepSeek 全部 GPU 四年持有成本（分析机构估计）');
  });

  it('re-scales every step: the largest visible amount fills the frame', () => {
    for (const k of steps) {
      const largest = squares(at(k))[0]!;
      expect(num(largest, 'width')).toBeCloseTo(FRAME.side, 6);
      expect(largest.key).toBe(`sq-${visibleItems(data, k)[0]!.fact.id}`);
    }
    expect(squares(at(2))[0]!.key).toBe('sq-llama31-seed-cost');
  });

  it('area is proportional to dollars for every square drawn to scale', () => {
    for (const k of steps) {
      const marks = at(k);
      const largest = visibleItems(data, k)[0]!;
      for (const item of visibleItems(data, k)) {
        const side = num(byKey(marks, `sq-${item.fact.id}`), 'width');
        const expected = FRAME.side * Math.sqrt(item.value / largest.value);
        if (expected >= MIN_SIDE) expect((side * side) / (FRAME.side * FRAME.side), `${k} ${item.fact.id}`).toBeCloseTo(item.value / largest.value, 9);
        else expect(side, `${k} ${item.fact.id}`).toBe(MIN_SIDE);
      }
    }
  });

  it('zooms out: an amount’s square shrinks step after step, down to a dot', () => {
    const sideOf = (k: number, id: string) => num(byKey(at(k), `sq-${id}`), 'width');
    expect(sideOf(0, 'r1-rl-cost')).toBeCloseTo(FRAME.side, 6);
    expect(sideOf(1, 'r1-rl-cost')).toBeCloseTo(FRAME.side * Math.sqrt(294000 / 5576000), 6);
    for (const k of [1, 2, 3]) expect(sideOf(k + 1, 'r1-rl-cost')).toBeLessThanOrEqual(sideOf(k, 'r1-rl-cost'));
    expect(sideOf(5, 'r1-rl-cost')).toBe(MIN_SIDE);
    expect(sideOf(5, 'v3-training-cost')).toBe(MIN_SIDE);
    expect(trueSide(data, data.reference, 5)).toBeLessThan(1);
  });

  it('squares nest in the bottom-left corner of the frame', () => {
    for (const k of steps) {
      for (const m of squares(at(k))) {
        expect(num(m, 'x')).toBe(FRAME.x);
        expect(num(m, 'y') + num(m, 'height')).toBeCloseTo(BOTTOM, 6);
        expect(num(m, 'width')).toBe(num(m, 'height'));
      }
    }
  });

  it('rented compute and ownership are drawn apart; the unverified estimate is dashed and unframed', () => {
    const marks = at(3);
    expect(classes(byKey(marks, 'sq-semianalysis-tco'))).toEqual(['mark-muted']);
    expect(classes(byKey(marks, 'sq-llama31-405b-rental-equiv'))).toEqual(['mark-primary']);
    expect(classes(byKey(marks, 'sq-llama31-seed-cost'))).toEqual(['mark-primary', 'mark-unverified']);
    expect(byKey(marks, 'frame-llama31-seed-cost')).toBeUndefined();
    expect(classes(byKey(marks, 'frame-semianalysis-tco'))).toEqual(['axis']);
    expect(byKey(marks, 'legend-rental')?.text).toContain('租用算力折算');
    expect(byKey(marks, 'legend-ownership')?.text).toContain('持有成本/资本开支');
    expect(byKey(marks, 'legend-unverified')?.text).toContain('未证实');
    expect(classes(byKey(marks, 'legend-square-unverified'))).toContain('mark-unverified');
    expect(classes(byKey(marks, 'legend-square-ownership'))).toEqual(['mark-muted']);
  });

  it('callouts name the shrinking amounts and keep the V3 ruler in sight', () => {
    expect(steps.map((k) => ids(calloutItems(data, k)))).toEqual([
      [],
      ['r1-rl-cost'],
      ['llama31-405b-rental-equiv', 'v3-training-cost', 'r1-rl-cost'],
      ['llama31-seed-cost', 'llama31-405b-rental-equiv', 'v3-training-cost'],
      ['semianalysis-tco', 'llama31-seed-cost', 'llama31-405b-rental-equiv', 'v3-training-cost'],
      ['stargate-first-phase', 'semianalysis-tco', 'v3-training-cost'],
    ]);
    const marks = at(2);
    expect(byKey(marks, 'callout-name-llama31-seed-cost')).toBeUndefined();
    expect(byKey(at(3), 'callout-value-llama31-seed-cost')?.text).toBe('5亿美元（未证实）');
    expect(byKey(at(5), 'callout-name-v3-training-cost')?.text).toBe('V3最终训练');
    expect(byKey(at(5), 'callout-value-v3-training-cost')?.text).toBe('557.6万美元');
  });

  it('each callout’s leader line starts at its square’s top-right corner', () => {
    for (const k of steps) {
      const marks = at(k);
      for (const item of calloutItems(data, k)) {
        const sq = byKey(marks, `sq-${item.fact.id}`)!;
        const leader = byKey(marks, `leader-${item.fact.id}`)!;
        expect(num(leader, 'x1')).toBeCloseTo(num(sq, 'x') + num(sq, 'width'), 6);
        expect(num(leader, 'y1')).toBeCloseTo(num(sq, 'y'), 6);
      }
    }
  });

  it('square keys persist, so the zoom animates instead of redrawing', () => {
    for (const k of steps.slice(1)) {
      const now = new Set(squares(at(k)).map((m) => m.key));
      for (const m of squares(at(k - 1))) expect(now.has(m.key), `${m.key} at step ${k}`).toBe(true);
    }
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
    for (const k of steps) expect(costScale.layout(data, k, size)).toEqual(costScale.layout(data, k, size));
    expect(costScale.layout(data, -1, size)).toEqual(at(0));
    expect(costScale.layout(data, 17, size)).toEqual(at(5));
    expect(data).toEqual(before);
  });
});

describe('cost-scale texts', () => {
  it('has six steps and draws the last statically', () => {
    expect(costScale.steps).toBe(6);
    expect(costScale.staticStep).toBe(5);
    expect(costScale.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2–4 Chinese sentences with every amount, both kinds and the unverified one', () => {
    const description = costScale.describe(data);
    const sentences = description.split('。').filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    for (const part of ['29.4万美元', '557.6万美元', '6168万美元', '5亿美元', '25.73亿美元', '1000亿美元', '5000亿美元', '租用算力折算', '持有成本/资本开支', '尚未证实']) {
      expect(description).toContain(part);
    }
  });

  it('table() lists step, item, amount, kind, comparison and status', () => {
    const table = costScale.table(data);
    expect(table.columns).toEqual(['步骤', '项目', '金额', '口径', '相当于V3最终训练', '状态']);
    expect(table.rows.map((r) => r[0])).toEqual(['1', '2', '3', '3', '4', '5', '6']);
    expect(table.rows.map((r) => r[2])).toEqual(['29.4万美元', '557.6万美元', '6168万美元', '5亿美元', '25.73亿美元', '1000亿美元', '5000亿美元']);
    expect(table.rows.map((r) => r[4])).toEqual(['约5.3%', '（基准）', '约11倍', '约90倍', '约461倍', '约1.79万倍', '约8.97万倍']);
    expect(table.rows.map((r) => r[5])).toEqual(['已更正', '已核实', '已核实', '未证实', '已核实', '已更正', '已核实']);
  });

  it('facts() names every amount and ratio once', () => {
    expect(costScale.facts(data)).toEqual([
      'r1-rl-cost',
      'r1-rl-vs-v3',
      'v3-training-cost',
      'llama31-405b-rental-equiv',
      'llama31-vs-v3',
      'llama31-seed-cost',
      'llama31-seed-vs-v3',
      'semianalysis-tco',
      'semianalysis-tco-vs-v3',
      'stargate-first-phase',
      'stargate-first-vs-v3',
      'stargate-total',
      'stargate-vs-v3',
    ]);
  });
});
