import { describe, it, expect, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dataset from '../../../content/data/charts/value-lost.json';
import ch3 from '../../../content/data/facts/ch3.json';
import ch4 from '../../../content/data/facts/ch4.json';
import type { Fact } from '../../../src/data/facts-schema.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { valueLost, parseValueLostData, barWidth, VALUE_LOST_FILE } from '../../../src/charts/value-lost.ts';
import { textWidthEm } from '../../../src/charts/chart-helpers.ts';

// Facts defined in other chapters' files that this chart names, with the values they carry there.
const { EXTRA } = vi.hoisted(() => ({
  EXTRA: [
    { id: 'v3-training-cost', label: 'V3 正式训练费用', value: 5576000, unit: '美元', status: 'verified' as const, sources: ['v3-report'] },
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

const FILE = 'content/data/charts/value-lost.json';
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

const data = parseValueLostData(dataset, FILE, lookupWith());
const size = valueLost.size;
const steps = [0, 1, 2, 3];
const at = (k: number) => valueLost.layout(data, k, size);
const classes = (m: Mark | undefined) => (m?.className ?? '').split(' ');
const bars = (marks: Mark[]) => marks.filter((m) => m.kind === 'rect' && m.key.startsWith('bar-'));
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const num = (m: Mark | undefined, attr: string) => Number(m?.attrs[attr]);

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

describe('value-lost dataset', () => {
  it('sets NVIDIA’s one-day loss against three registry amounts, each with its ratio fact', () => {
    expect(data.base.fact.id).toBe('nvda-value-lost');
    expect(data.rows.map((r) => r.fact.id)).toEqual(['stargate-total', 'semianalysis-tco', 'v3-training-cost']);
    expect(data.rows.map((r) => r.ratio?.id)).toEqual(['nvda-loss-vs-stargate', 'nvda-loss-vs-tco', 'nvda-loss-vs-v3']);
    expect(data.rows.map((r) => r.kind)).toEqual(['ownership', 'ownership', 'rental']);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(VALUE_LOST_FILE).toBe(FILE);
    expect(valueLost.load().rows).toHaveLength(3);
  });

  it('every fact id it names is defined in content/data/facts/', () => {
    const dir = join(process.cwd(), 'content/data/facts');
    const ids = new Set(
      readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .flatMap((n) => (JSON.parse(readFileSync(join(dir, n), 'utf8')) as { id: string }[]).map((f) => f.id)),
    );
    for (const id of valueLost.facts(data)) expect(ids.has(id), id).toBe(true);
  });
});

describe('value-lost parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    const bad = mutated((d) => (d.rows[1].fact = 'no-such-fact'));
    expect(() => parseValueLostData(bad, FILE, lookupWith())).toThrow('content/data/charts/value-lost.json: rows[1].fact: unknown fact id "no-such-fact"');
  });

  it('a fact that is not an amount', () => {
    const bad = mutated((d) => (d.rows[0].fact = 'nvda-selloff-date'));
    expect(() => parseValueLostData(bad, FILE, lookupWith())).toThrow('content/data/charts/value-lost.json: rows[0].fact: fact "nvda-selloff-date" is not a positive amount');
  });

  it('a ratio fact that does not match the amounts', () => {
    const bad = mutated((d) => (d.rows[0].ratio = 'nvda-loss-vs-tco'));
    expect(() => parseValueLostData(bad, FILE, lookupWith())).toThrow(/^content\/data\/charts\/value-lost\.json: rows\[0\]\.ratio: fact "nvda-loss-vs-tco" says 229, but nvda-value-lost ÷ stargate-total is 1\.18/);
  });

  it('a missing ratio, and a ratio on the base', () => {
    expect(() => parseValueLostData(mutated((d) => delete d.rows[2].ratio), FILE, lookupWith())).toThrow('content/data/charts/value-lost.json: rows[2].ratio: expected the fact id');
    expect(() => parseValueLostData(mutated((d) => (d.base.ratio = 'nvda-loss-vs-v3')), FILE, lookupWith())).toThrow('content/data/charts/value-lost.json: base.ratio:');
  });

  it('a row larger than the base', () => {
    const bad = mutated((d) => (d.rows[0].fact = 'nvda-value-lost-lseg'));
    expect(() => parseValueLostData(bad, FILE, lookupWith())).toThrow('content/data/charts/value-lost.json: rows[0].fact: "nvda-value-lost-lseg" is larger than the base');
  });

  it('wrong number of rows, unknown kind, header too long', () => {
    expect(() => parseValueLostData(mutated((d) => d.rows.pop()), FILE, lookupWith())).toThrow(/value-lost\.json: rows: expected 3 rows/);
    expect(() => parseValueLostData(mutated((d) => (d.rows[0].kind = 'loan')), FILE, lookupWith())).toThrow(/value-lost\.json: rows\[0\]\.kind: /);
    expect(() => parseValueLostData(mutated((d) => (d.rows[2].short = '一个为了测试而写得非常非常非常非常长的简称')), FILE, lookupWith())).toThrow(
      /value-lost\.json: rows\[2\]\.short: header .* too long/,
    );
  });
});

describe('value-lost layout: what a reader sees at each step', () => {
  it('adds one bar per step: 1, 2, 3, 4', () => {
    expect(steps.map((k) => bars(at(k)).length)).toEqual([1, 2, 3, 4]);
  });

  it('the big number is the loss, then how many times each yardstick it is', () => {
    expect(steps.map((k) => byKey(at(k), 'big-number')?.text)).toEqual(['约5890亿美元', '约1.18倍', '约229倍', '约10.56万倍']);
    expect(steps.map((k) => byKey(at(k), 'head')?.text)).toEqual([
      '2025年1月27日，英伟达一天蒸发的市值',
      '英伟达一天蒸发的市值，是星际之门四年计划投资的',
      '英伟达一天蒸发的市值，是DeepSeek持有成本估计的',
      '英伟达一天蒸发的市值，是V3最终训练的',
    ]);
  });

  it('bars share one linear scale: the loss fills the width, the others in proportion', () => {
    const marks = at(3);
    const w = (id: string) => num(byKey(marks, `bar-${id}`), 'width');
    expect(w('nvda-value-lost')).toBeCloseTo(size.width - 32, 6);
    expect(w('stargate-total') / w('nvda-value-lost')).toBeCloseTo(500 / 589, 3);
    expect(w('semianalysis-tco')).toBeCloseTo(((2.573 / 589) * (size.width - 32)), 2);
    expect(w('v3-training-cost')).toBeLessThan(0.01);
    for (const m of bars(marks)) expect(num(m, 'x')).toBe(16);
  });

  it('bars too thin to see are pointed at in words, the others are not', () => {
    expect(at(1).some((m) => m.key.startsWith('thin-'))).toBe(false);
    expect(at(3).filter((m) => m.key.startsWith('thin-')).map((m) => m.key)).toEqual(['thin-semianalysis-tco', 'thin-v3-training-cost']);
    expect(byKey(at(3), 'thin-v3-training-cost')?.text).toContain('按比例');
  });

  it('classes say what the money is: market loss, ownership, rented compute', () => {
    const marks = at(3);
    expect(classes(byKey(marks, 'bar-nvda-value-lost'))).toEqual(['mark-highlight']);
    expect(classes(byKey(marks, 'bar-stargate-total'))).toEqual(['mark-muted']);
    expect(classes(byKey(marks, 'bar-semianalysis-tco'))).toEqual(['mark-muted']);
    expect(classes(byKey(marks, 'bar-v3-training-cost'))).toEqual(['mark-primary']);
    expect(byKey(marks, 'legend-market')?.text).toContain('不是花掉的钱');
    expect(byKey(marks, 'legend-ownership')?.text).toBe('持有成本/资本开支');
    expect(byKey(marks, 'legend-rental')?.text).toBe('租用算力折算');
  });

  it('labels each bar with its name and value; the step’s own row is active', () => {
    const marks = at(2);
    expect(byKey(marks, 'name-semianalysis-tco')?.text).toBe('DeepSeek全部GPU四年持有成本（估计）  25.73亿美元');
    expect(byKey(marks, 'name-nvda-value-lost')?.text).toBe('英伟达一天蒸发的市值  约5890亿美元');
    expect(classes(byKey(marks, 'name-semianalysis-tco'))).toContain('is-active');
    expect(classes(byKey(marks, 'name-stargate-total'))).not.toContain('is-active');
    expect(classes(byKey(at(0), 'name-nvda-value-lost'))).toContain('is-active');
  });

  it('an unverified amount is dashed and says 未证实', () => {
    const shaky = parseValueLostData(dataset, FILE, lookupWith({ 'stargate-total': { status: 'unverified' } }));
    const marks = valueLost.layout(shaky, 3, size);
    expect(classes(byKey(marks, 'bar-stargate-total'))).toEqual(['mark-muted', 'mark-unverified']);
    expect(byKey(marks, 'name-stargate-total')?.text).toBe('星际之门四年计划投资（未证实）  5000亿美元');
    expect(classes(byKey(at(3), 'bar-stargate-total'))).not.toContain('mark-unverified');
    expect(valueLost.describe(shaky)).toContain('尚未证实');
  });

  it('bars and labels keep their keys and places from step to step', () => {
    for (const k of [1, 2, 3]) {
      const after = new Map(at(k).map((m) => [m.key, m]));
      for (const m of at(k - 1).filter((m) => m.key.startsWith('bar-') || m.key.startsWith('legend'))) {
        expect(after.get(m.key)?.attrs, `${m.key} at step ${k}`).toEqual(m.attrs);
      }
      for (const m of at(k - 1)) expect(after.has(m.key), `${m.key} at step ${k}`).toBe(true);
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

  it.each(steps)('step %i: texts overlap neither each other nor the bars', (k) => {
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
    for (const k of steps) expect(valueLost.layout(data, k, size)).toEqual(valueLost.layout(data, k, size));
    expect(valueLost.layout(data, 42, size)).toEqual(at(3));
    expect(data).toEqual(before);
    expect(barWidth(data, data.base)).toBeCloseTo(size.width - 32, 6);
  });
});

describe('value-lost texts', () => {
  it('has four steps and draws the last statically', () => {
    expect(valueLost.steps).toBe(4);
    expect(valueLost.staticStep).toBe(3);
    expect(valueLost.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2–4 Chinese sentences with every amount and ratio', () => {
    const description = valueLost.describe(data);
    const sentences = description.split('。').filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    for (const part of ['约5890亿美元', '5000亿美元', '25.73亿美元', '557.6万美元', '约1.18倍', '约229倍', '约10.56万倍', '不是花掉的钱']) {
      expect(description).toContain(part);
    }
  });

  it('table() lists item, amount, kind, ratio and status', () => {
    const table = valueLost.table(data);
    expect(table.columns).toEqual(['项目', '金额', '性质', '市值损失是它的', '状态']);
    expect(table.rows.map((r) => r[1])).toEqual(['约5890亿美元', '5000亿美元', '25.73亿美元', '557.6万美元']);
    expect(table.rows.map((r) => r[3])).toEqual(['—', '约1.18倍', '约229倍', '约10.56万倍']);
    expect(table.rows.map((r) => r[4])).toEqual(['已核实', '已核实', '已核实', '已核实']);
  });

  it('facts() names the day, the amounts and the ratios once each', () => {
    expect(valueLost.facts(data)).toEqual([
      'nvda-selloff-date',
      'nvda-value-lost',
      'stargate-total',
      'nvda-loss-vs-stargate',
      'semianalysis-tco',
      'nvda-loss-vs-tco',
      'v3-training-cost',
      'nvda-loss-vs-v3',
    ]);
  });
});
