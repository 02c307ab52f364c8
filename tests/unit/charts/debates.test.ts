import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/debates.json';
import type { Mark } from '../../../src/charts/types.ts';
import { debates, KIND_TEXT } from '../../../src/charts/debates.ts';
import { STATUS_TEXT } from '../../../src/charts/kit/index.ts';
import {
  chapterFacts,
  chartUnderTest,
  classes,
  expectApart,
  expectPureLayout,
  expectSentences,
  markByKey,
  num,
} from './fixtures.ts';

// A fixture registry with the story's fact ids, so layout is tested on known values.
const FIXTURE = (() => {
  const base = { status: 'verified' as const, sources: ['fixture'] };
  return [
    { ...base, id: 'debate-r1-distilled-models', label: '蒸馏小模型', value: 6, unit: '个' },
    { ...base, id: 'v3-training-cost', label: 'V3训练费用', value: 5576000, unit: '美元' },
    { ...base, id: 'v3-gpu-hour-price', label: '租价', value: 2, unit: '美元' },
    {
      ...base,
      id: 'r1-rl-cost',
      label: 'R1强化学习花费',
      value: 294000,
      unit: '美元',
      approx: true,
      status: 'corrected' as const,
      correction: {
        seed: '600万美元',
        seedSource: 'web-review-hardware-to-efficiency',
        right: '约29.4万美元',
      },
    },
    { ...base, id: 'semianalysis-tco-years', label: '年限', value: 4, unit: '年' },
    { ...base, id: 'semianalysis-tco', label: '持有成本', value: 2573000000, unit: '美元' },
    {
      ...base,
      id: 'semianalysis-hopper-gpus',
      label: 'Hopper',
      value: 50000,
      unit: '张',
      approx: true,
    },
    { ...base, id: 'semianalysis-total-gpus', label: '合计', value: 60000, unit: '张' },
    {
      ...base,
      id: 'wang-h100-claim',
      label: '王的说法',
      value: 50000,
      unit: '张',
      status: 'unverified' as const,
    },
    { ...base, id: 'stargate-years', label: '星际之门年限', value: 4, unit: '年' },
    { ...base, id: 'stargate-total', label: '星际之门总额', value: 500000000000, unit: '美元' },
    {
      ...base,
      id: 'nvda-value-lost',
      label: '英伟达市值损失',
      value: 589000000000,
      unit: '美元',
      approx: true,
    },
    {
      ...base,
      id: 'debate-r1-price-share',
      label: '价格比例',
      value: 3.6,
      unit: '%',
      approx: true,
    },
    { ...base, id: 'h800-sms', label: 'SM总数', value: 132, unit: '个' },
    { ...base, id: 'v3-comm-sms', label: '通信SM', value: 20, unit: '个' },
    { ...base, id: 'debate-italy-block', label: '意大利', value: '2025-01', unit: 'date' },
    {
      ...base,
      id: 'debate-australia-ban-date',
      label: '澳大利亚',
      value: '2025-02-04',
      unit: 'date',
    },
    {
      ...base,
      id: 'debate-five-clouds-claim',
      label: '云巨头',
      value: 5,
      unit: '家',
      status: 'unverified' as const,
    },
    { ...base, id: 'debate-transformer-year', label: 'Transformer', value: 2017, unit: '年' },
  ];
})();

const FILE = 'content/data/charts/debates.json';
const { parse, store, data, size, steps, at, onPhone } = chartUnderTest(debates, dataset, FIXTURE);
const KEYS = ['distillation', 'cost', 'capex', 'ptx', 'bans'];
const evMarkers = (marks: Mark[], key: string) =>
  marks.filter((m) => m.key.startsWith(`ev-${key}-`) && !m.key.startsWith(`ev-text-`));
const evTexts = (marks: Mark[], key: string) =>
  marks.filter((m) => m.key.startsWith(`ev-text-${key}-`));

describe('debates dataset', () => {
  it('holds five debates in story order, each with its evidence', () => {
    expect(data.debates.map((d) => d.key)).toEqual(KEYS);
    expect(data.debates.map((d) => d.evidence.length)).toEqual([6, 6, 6, 5, 6]);
    expect(data.debates[1]?.claim).toBe('V3训练只花了557.6万美元？');
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(debates.file).toBe(FILE);
    expect(debates.load(store).debates.map((d) => d.key)).toEqual(KEYS);
  });

  it('every fact id exists in the facts registry, and unverified facts sit only in unverified lines', () => {
    const registry = new Map(chapterFacts().map((f) => [f.id, f]));
    for (const [d, debate] of dataset.debates.entries()) {
      const claimFacts = typeof debate.claim === 'string' ? [] : debate.claim.facts;
      for (const id of claimFacts) {
        expect(registry.has(id), id).toBe(true);
        expect(registry.get(id)?.status, id).not.toBe('unverified');
      }
      for (const [i, item] of debate.evidence.entries()) {
        for (const id of (item as { facts?: string[] }).facts ?? []) {
          expect(registry.has(id), `debates[${d}].evidence[${i}]: ${id}`).toBe(true);
          if (registry.get(id)?.status === 'unverified') expect(item.kind, id).toBe('unverified');
        }
      }
    }
  });

  it('types no figure: every number in a text is a {n} placeholder', () => {
    const texts = dataset.debates.flatMap((d) => [
      typeof d.claim === 'string' ? d.claim : d.claim.text,
      d.reading,
      ...d.evidence.map((e) => e.text),
    ]);
    for (const text of texts)
      expect(text.replace(/\{\d+\}/g, ''), text).not.toMatch(/(^|[^A-Za-z0-9.])\d/);
  });
});

describe('debates parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.debates[1].evidence[0].facts = ['no-such-fact']))).toThrow(
      'content/data/charts/debates.json: debates[1].evidence[0].facts[0]: unknown fact id "no-such-fact"',
    );
  });

  it('a figure typed into a text', () => {
    expect(() => parse((d) => (d.debates[1].claim = 'V3训练只花了557.6万美元？'))).toThrow(
      /^content\/data\/charts\/debates\.json: debates\[1\]\.claim\.text: .*types a figure/,
    );
  });

  it('a placeholder without its fact, and a fact without its placeholder', () => {
    expect(() =>
      parse((d) => (d.debates[3].evidence[1].text = 'H800的{0}SM中，{2}专管通信')),
    ).toThrow('content/data/charts/debates.json: debates[3].evidence[1].text: "{2}" has no fact');
    expect(() =>
      parse((d) => (d.debates[3].evidence[1].text = 'H800的{0}SM中，多数用来计算')),
    ).toThrow(
      'content/data/charts/debates.json: debates[3].evidence[1].facts[1]: fact "v3-comm-sms" is not used',
    );
  });

  it('an unverified fact in a line not marked unverified', () => {
    expect(() => parse((d) => (d.debates[1].evidence[5].kind = 'claimed'))).toThrow(
      'content/data/charts/debates.json: debates[1].evidence[5].kind: fact "wang-h100-claim" is unverified',
    );
  });

  it('a fact that turns unverified in the registry stops a claim that uses it', () => {
    expect(() => parse(null, { 'v3-training-cost': { status: 'unverified' } })).toThrow(
      'content/data/charts/debates.json: debates[1].claim: fact "v3-training-cost" is unverified',
    );
  });

  it('a text too long for the chart', () => {
    expect(() =>
      parse(
        (d) =>
          (d.debates[0].evidence[2].text = '指控方没有公开任何一条能让外界独立核对的具体证据材料'),
      ),
    ).toThrow(/debates\.json: debates\[0\]\.evidence\[2\]\.text: .* too long/);
    expect(() =>
      parse((d) => (d.debates[2].claim = '全世界巨额的算力投入是不是都已经打了水漂？')),
    ).toThrow(/debates\.json: debates\[2\]\.claim: .* too long/);
  });

  it('wrong number of debates, too many lines, an unknown kind, a repeated key', () => {
    expect(() => parse((d) => d.debates.pop())).toThrow(
      /debates\.json: debates: expected 5 debates/,
    );
    expect(() =>
      parse((d) => d.debates[0].evidence.push({ kind: 'established', text: '多出来的一条' })),
    ).toThrow(/debates\.json: debates\[0\]\.evidence: at most 6 lines/);
    expect(() => parse((d) => (d.debates[2].evidence[0].kind = 'proven'))).toThrow(
      /^content\/data\/charts\/debates\.json: debates\[2\]\.evidence\[0\]\.kind: /,
    );
    expect(() => parse((d) => (d.debates[4].key = 'cost'))).toThrow(
      'content/data/charts/debates.json: debates[4].key: duplicate key "cost"',
    );
  });
});

describe('debates layout: what a reader sees at each step', () => {
  it.each([0, 1, 2, 3, 4])(
    'step %i opens exactly one debate, highlighted, with one line per piece of evidence',
    (k) => {
      const marks = at(k);
      const active = marks.filter((m) => classes(m).includes('is-active'));
      const key = KEYS[k]!;
      expect(active.map((m) => m.key).sort()).toEqual(
        [`bar-${key}`, `claim-${key}`, `num-${key}`].sort(),
      );
      expect(markByKey(marks, `bar-${key}`)?.className).toBe('mark-ink is-active');
      const debate = data.debates[k]!;
      expect(evTexts(marks, key).map((m) => m.text)).toEqual(debate.evidence.map((e) => e.text));
      for (const other of KEYS.filter((o) => o !== key))
        expect(evTexts(marks, other)).toHaveLength(0);
    },
  );

  it('draws what the reader reads at step 1: the cost, the rental rate, the estimates and the unverified claim', () => {
    const marks = at(1);
    expect(markByKey(marks, 'claim-cost')?.text).toBe('V3训练只花了557.6万美元？');
    expect(evTexts(marks, 'cost').map((m) => m.text)).toEqual([
      '按每GPU小时2美元的租价折算',
      '报告写明不含此前的研究与消融实验',
      '训练R1与R1-Zero另花约29.4万美元',
      'SemiAnalysis估计4年持有成本25.73亿美元',
      '同一估计：约5万张Hopper，含A100共6万张',
      '亚历山大·王称有5万张H100（未证实）',
    ]);
  });

  it('gives each kind its own marker: circle for established, square for a claim, dashed circle for unverified', () => {
    for (const k of [0, 1, 2, 3, 4]) {
      const key = KEYS[k]!;
      const markers = evMarkers(at(k), key);
      data.debates[k]!.evidence.forEach((item, i) => {
        const m = markers[i]!;
        expect(m.kind).toBe(item.kind === 'claimed' ? 'rect' : 'circle');
        // established: a solid ink mark; a claim: a hollow one; unverified: context grey, dashed
        expect(m.className).toBe(
          {
            established: 'mark-ink',
            claimed: 'mark-ink mark-hollow',
            unverified: 'mark-other mark-unverified',
          }[item.kind],
        );
        if (item.kind === 'unverified') {
          expect(classes(m)).toContain('mark-unverified');
          expect(item.text.endsWith('（未证实）')).toBe(true);
        } else {
          expect(classes(m)).not.toContain('mark-unverified');
          expect(item.text).not.toContain('未证实');
        }
      });
    }
    expect(evMarkers(at(0), 'distillation').map((m) => m.className)).toEqual([
      'mark-ink mark-hollow',
      'mark-ink mark-hollow',
      'mark-ink',
      'mark-ink',
      'mark-ink mark-hollow',
      'mark-other mark-unverified',
    ]);
  });

  it('folds debates already read into a row of small markers, and keeps debates to come muted and empty', () => {
    const marks = at(3);
    for (const key of ['distillation', 'cost', 'capex']) {
      const markers = evMarkers(marks, key);
      expect(markers.length).toBeGreaterThan(0);
      for (const m of markers)
        expect(m.kind === 'circle' ? num(m, 'r') : num(m, 'width')).toBeLessThan(
          m.kind === 'circle' ? 8 : 16,
        );
      expect(markByKey(marks, `claim-${key}`)?.className).toBe('label');
      expect(markByKey(marks, `bar-${key}`)?.className).toBe('mark-other');
    }
    expect(evMarkers(marks, 'bans')).toHaveLength(0);
    expect(markByKey(marks, 'claim-bans')?.className).toBe('label-quiet');
    expect(markByKey(marks, 'bar-bans')?.className).toBe('mark-other mark-snapshot');
  });

  it('step 5 lays the five debates side by side with their readings and no open block', () => {
    const marks = at(5);
    expect(marks.some((m) => classes(m).includes('is-active'))).toBe(false);
    expect(marks.filter((m) => m.key.startsWith('ev-text-'))).toHaveLength(0);
    expect(KEYS.map((key) => markByKey(marks, `reading-${key}`)?.text)).toEqual(
      data.debates.map((d) => d.reading),
    );
    expect(KEYS.map((key) => evMarkers(marks, key).length)).toEqual([6, 6, 6, 5, 6]);
    const ys = KEYS.map((key) => num(markByKey(marks, `claim-${key}`)!, 'y'));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const k of [0, 1, 2, 3, 4])
      expect(at(k).some((m) => m.key.startsWith('reading-'))).toBe(false);
  });

  it('shows all five claims, in order, at every step', () => {
    for (const k of steps) {
      const marks = at(k);
      const ys = KEYS.map((key) => num(markByKey(marks, `claim-${key}`)!, 'y'));
      expect(ys.every(Number.isFinite)).toBe(true);
      expect([...ys].sort((a, b) => a - b)).toEqual(ys);
      expect(KEYS.map((key) => markByKey(marks, `num-${key}`)?.text)).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
      ]);
    }
  });

  it('evidence markers keep their keys from the step that opens them onward, and stay put once folded', () => {
    for (const [d, key] of KEYS.entries()) {
      const opened = evMarkers(at(d), key).map((m) => m.key);
      for (let k = d; k < steps.length; k++)
        expect(evMarkers(at(k), key).map((m) => m.key)).toEqual(opened);
      for (let k = 0; k < d; k++) expect(evMarkers(at(k), key)).toHaveLength(0);
      for (let k = d + 2; k <= 4; k++) {
        const before = evMarkers(at(k - 1), key);
        const after = evMarkers(at(k), key);
        after.forEach((m, i) => expect(m.attrs).toEqual(before[i]?.attrs));
      }
    }
  });

  it('states the three kinds in a legend at every step', () => {
    for (const k of steps) {
      const marks = at(k);
      expect(
        Object.keys(KIND_TEXT).map((kind) => markByKey(marks, `legend-${kind}`)?.text),
      ).toEqual(['有据可查', '一方说法或估计', '未证实']);
      expect(markByKey(marks, 'legend-square-unverified')?.className).toContain('mark-unverified');
    }
  });

  it.each(steps)('step %i: texts overlap neither each other nor the markers', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'circle' || (m.kind === 'rect' && !m.key.startsWith('bar-'))),
    );
  });

  it('clamps steps outside the range and is deterministic without changing its input', () => {
    expect(debates.layout(data, -1, size)).toEqual(at(0));
    expect(debates.layout(data, 99, size)).toEqual(at(5));
    expect(debates.layout(data, Number.NaN, size)).toEqual(at(0));
    expectPureLayout(debates, data);
  });
});

describe('debates on a phone (328 × 360 units, one unit per CSS px)', () => {
  it.each(steps)('step %i: texts apart from each other and the markers', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'circle' || m.kind === 'rect'),
    );
  });

  it('keeps the story: the same marks and texts in the same order as the wide layout, unverified lines dashed and said', () => {
    for (const k of steps) {
      const marks = onPhone(k);
      expect(marks.map((m) => [m.key, m.text, m.className])).toEqual(
        at(k).map((m) => [m.key, m.text, m.className]),
      );
    }
    expect(markByKey(onPhone(1), 'ev-text-cost-5')?.text).toContain('（未证实）');
  });
});

describe('debates texts', () => {
  it('has six steps and draws the side-by-side summary statically', () => {
    expect(debates.steps).toBe(6);
    expect(debates.staticStep).toBe(5);
  });

  it('caption() is the dataset title', () => {
    expect(debates.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2–4 Chinese sentences naming the claims, the three kinds and their counts', () => {
    const description = debates.describe(data);
    expectSentences(description, 2, 4);
    for (const part of [
      '“V3训练只花了557.6万美元？”',
      '共列出29条',
      '有据可查17条',
      '一方说法或估计8条',
      '未证实4条',
      '虚线',
    ])
      expect(description).toContain(part);
  });

  it('table() lists every line of evidence and each reading with its kind and status', () => {
    const table = debates.table(data);
    expect(table.columns).toEqual(['争论', '说法或证据', '性质', '状态']);
    expect(table.rows).toHaveLength(29 + 5);
    const statuses = new Set(Object.values(STATUS_TEXT));
    for (const row of table.rows) expect(statuses.has(String(row[3])), String(row[1])).toBe(true);
    const row = (text: string) => table.rows.find((r) => r[1] === text);
    expect(row('亚历山大·王称有5万张H100（未证实）')?.slice(2)).toEqual(['未证实', '未证实']);
    expect(row('训练R1与R1-Zero另花约29.4万美元')?.slice(2)).toEqual(['有据可查', '已更正']);
    expect(row('纳德拉：“杰文斯悖论又应验了”')?.slice(2)).toEqual(['一方说法或估计', '已核实']);
    expect(table.rows.filter((r) => r[2] === '小结')).toHaveLength(5);
  });

  it('facts() names each fact once, in order of appearance', () => {
    const ids = debates.facts(data);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('debate-r1-distilled-models');
    for (const id of [
      'v3-training-cost',
      'wang-h100-claim',
      'semianalysis-total-gpus',
      'h800-sms',
      'debate-five-clouds-claim',
    ])
      expect(ids).toContain(id);
  });
});
