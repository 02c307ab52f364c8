import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/cost-scale.json';
import type { Mark } from '../../../src/charts/types.ts';
import {
  costScale,
  visibleItems,
  calloutItems,
  trueSide,
  FRAME,
  MIN_SIDE,
} from '../../../src/charts/cost-scale.ts';
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

// Facts defined in other chapters' files that this chart names, with the values they carry there.
const EXTRA = (() => [
  {
    id: 'v3-training-cost',
    label: 'V3 正式训练费用',
    value: 5576000,
    unit: '美元',
    status: 'corrected' as const,
    sources: ['v3-report'],
  },
  {
    id: 'r1-rl-cost',
    label: 'R1 强化学习阶段费用',
    value: 294000,
    unit: '美元',
    status: 'corrected' as const,
    sources: ['r1-nature'],
  },
  {
    id: 'ff2-cost',
    label: '萤火二号投资',
    value: 1000000000,
    unit: '元',
    status: 'verified' as const,
    sources: ['wikipedia-deepseek'],
  },
])();

// The registry is replaced by chapters 3 and 4's facts files plus EXTRA.
const FILE = 'content/data/charts/cost-scale.json';
const { parse, store, data, size, steps, at, onPhone } = chartUnderTest(costScale, dataset, [
  ...chapterFacts('ch3', 'ch4'),
  ...EXTRA,
]);
const squares = (marks: Mark[]) =>
  marks.filter((m) => m.kind === 'rect' && m.key.startsWith('sq-'));
const BOTTOM = FRAME.y + FRAME.side;
const ids = (items: { fact: { id: string } }[]) => items.map((i) => i.fact.id);

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
    expect(data.items.map((i) => i.kind)).toEqual([
      'rental',
      'rental',
      'rental',
      'rental',
      'ownership',
      'ownership',
      'ownership',
    ]);
    expect(data.items.filter((i) => i.fact.status === 'unverified').map((i) => i.fact.id)).toEqual([
      'llama31-seed-cost',
    ]);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(costScale.file).toBe(FILE);
    expect(costScale.load(store).items).toHaveLength(7);
  });
});

describe('cost-scale parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.items[4].fact = 'no-such-fact'))).toThrow(
      'content/data/charts/cost-scale.json: items[4].fact: unknown fact id "no-such-fact"',
    );
  });

  it('an amount in yuan is refused rather than converted', () => {
    expect(() => parse((d) => (d.items[4].fact = 'ff2-cost'))).toThrow(
      'content/data/charts/cost-scale.json: items[4].fact: fact "ff2-cost" is in "元", expected "美元"; convert no currency without a sourced rate',
    );
  });

  it('a ratio that does not match the amounts, or is missing', () => {
    expect(() => parse((d) => (d.items[4].ratio = 'stargate-vs-v3'))).toThrow(
      /^content\/data\/charts\/cost-scale\.json: items\[4\]\.ratio: fact "stargate-vs-v3" says 89700倍, but semianalysis-tco ÷ v3-training-cost is 461\.44/,
    );
    expect(() => parse((d) => delete d.items[0].ratio)).toThrow(
      'content/data/charts/cost-scale.json: items[0].ratio: expected the fact id',
    );
    expect(() => parse((d) => (d.items[3].ratio = 'llama31-vs-v3'))).toThrow(
      'content/data/charts/cost-scale.json: items[3].ratio: a figure of unknown scope is compared with nothing',
    );
    expect(() => parse((d) => (d.items[1].ratio = 'llama31-vs-v3'))).toThrow(
      'content/data/charts/cost-scale.json: items[1].ratio: the reference is compared with nothing',
    );
  });

  it('a reference that is not an item', () => {
    expect(() => parse((d) => (d.reference = 'stargate-years'))).toThrow(
      'content/data/charts/cost-scale.json: reference: "stargate-years" is not one of the items',
    );
  });

  it('a step with two main items, or none', () => {
    expect(() => parse((d) => delete d.items[3].main)).toThrow(
      'content/data/charts/cost-scale.json: items: step 2 has 2 main items',
    );
    expect(() => parse((d) => (d.items[6].main = false))).toThrow(
      'content/data/charts/cost-scale.json: items: step 5 has 0 main items',
    );
  });

  it('items out of step order, a bad step, an unknown kind', () => {
    expect(() => parse((d) => (d.items[5].step = 2))).toThrow(
      'content/data/charts/cost-scale.json: items[5].step: step 2 comes after step 3',
    );
    expect(() => parse((d) => (d.items[0].step = 9))).toThrow(
      /cost-scale\.json: items\[0\]\.step: expected a step from 0 to 5/,
    );
    expect(() => parse((d) => (d.items[0].kind = 'loan'))).toThrow(
      /cost-scale\.json: items\[0\]\.kind: /,
    );
  });

  it('texts too wide for their place', () => {
    expect(() => parse((d) => (d.items[2].name = '一个为了测试而写的很长的名字'))).toThrow(
      /cost-scale\.json: items\[2\]\.name: "一个为了测试而写的很长的名字" is too long for the chart/,
    );
    expect(() =>
      parse(
        (d) =>
          (d.items[2].detail =
            '一个为了测试而写得非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常非常长的说明'),
      ),
    ).toThrow(/cost-scale\.json: items\[2\]\.detail: .* too long for the chart/);
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
    expect(steps.map((k) => markByKey(at(k), 'big-number')?.text)).toEqual([
      '29.4万美元',
      '557.6万美元',
      '6168万美元',
      '25.73亿美元',
      '1000亿美元',
      '5000亿美元',
    ]);
    expect(steps.map((k) => markByKey(at(k), 'kind-line')?.text)).toEqual([
      '租用算力折算，相当于V3最终训练的约5.3%',
      '租用算力折算，以下各项都与它相比',
      '租用算力折算，相当于V3最终训练的约11倍',
      '持有成本/资本开支，相当于V3最终训练的约461倍',
      '持有成本/资本开支，相当于V3最终训练的约1.79万倍',
      '持有成本/资本开支，相当于V3最终训练的约8.97万倍',
    ]);
    expect(markByKey(at(3), 'detail')?.text).toBe('DeepSeek 全部 GPU 四年持有成本（分析机构估计）');
  });

  it('re-scales every step: the largest visible amount fills the frame', () => {
    // the largest amount of each step, in dollars: R1's RL run, V3's final run, the circulating Llama
    // figure, SemiAnalysis's ownership estimate, Stargate's first phase, Stargate's four years
    const largest = [
      'sq-r1-rl-cost',
      'sq-v3-training-cost',
      'sq-llama31-seed-cost',
      'sq-semianalysis-tco',
      'sq-stargate-first-phase',
      'sq-stargate-total',
    ];
    for (const k of steps) {
      const square = squares(at(k))[0]!;
      expect(num(square, 'width')).toBeCloseTo(FRAME.side, 6);
      expect(square.key).toBe(largest[k]);
    }
  });

  it('area is proportional to dollars for every square drawn to scale', () => {
    for (const k of steps) {
      const marks = at(k);
      const largest = visibleItems(data, k)[0]!;
      for (const item of visibleItems(data, k)) {
        const side = num(markByKey(marks, `sq-${item.fact.id}`), 'width');
        const expected = FRAME.side * Math.sqrt(item.value / largest.value);
        if (expected >= MIN_SIDE)
          expect((side * side) / (FRAME.side * FRAME.side), `${k} ${item.fact.id}`).toBeCloseTo(
            item.value / largest.value,
            9,
          );
        else expect(side, `${k} ${item.fact.id}`).toBe(MIN_SIDE);
      }
    }
  });

  it('zooms out: an amount’s square shrinks step after step, down to a dot', () => {
    const sideOf = (k: number, id: string) => num(markByKey(at(k), `sq-${id}`), 'width');
    expect(sideOf(0, 'r1-rl-cost')).toBeCloseTo(FRAME.side, 6);
    expect(sideOf(1, 'r1-rl-cost')).toBeCloseTo(FRAME.side * Math.sqrt(294000 / 5576000), 6);
    for (const k of [1, 2, 3])
      expect(sideOf(k + 1, 'r1-rl-cost')).toBeLessThanOrEqual(sideOf(k, 'r1-rl-cost'));
    expect(sideOf(5, 'r1-rl-cost')).toBe(MIN_SIDE);
    expect(sideOf(5, 'v3-training-cost')).toBe(MIN_SIDE);
    expect(trueSide(data, data.reference, 5)).toBeLessThan(MIN_SIDE);
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
    expect(classes(markByKey(marks, 'sq-semianalysis-tco'))).toEqual([
      'mark-estimate',
      'mark-hollow',
    ]);
    expect(classes(markByKey(marks, 'sq-llama31-405b-rental-equiv'))).toEqual(['mark-other']);
    expect(classes(markByKey(marks, 'sq-llama31-seed-cost'))).toEqual([
      'mark-estimate',
      'mark-unverified',
    ]);
    expect(markByKey(marks, 'frame-llama31-seed-cost')).toBeUndefined();
    expect(classes(markByKey(marks, 'frame-semianalysis-tco'))).toEqual(['axis']);
    expect(markByKey(marks, 'legend-rental')?.text).toContain('租用算力折算');
    expect(markByKey(marks, 'legend-ownership')?.text).toContain('持有成本/资本开支');
    expect(markByKey(marks, 'legend-unverified')?.text).toContain('未证实');
    expect(classes(markByKey(marks, 'legend-square-unverified'))).toContain('mark-unverified');
    expect(classes(markByKey(marks, 'legend-square-ownership'))).toEqual([
      'mark-legend',
      'mark-hollow',
    ]);
    expect(classes(markByKey(marks, 'legend-square-rental'))).toEqual([
      'mark-legend',
      'mark-filled',
    ]);
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
    expect(markByKey(marks, 'callout-name-llama31-seed-cost')).toBeUndefined();
    expect(markByKey(at(3), 'callout-value-llama31-seed-cost')?.text).toBe('5亿美元（未证实）');
    expect(markByKey(at(5), 'callout-name-v3-training-cost')?.text).toBe('V3最终训练');
    expect(markByKey(at(5), 'callout-value-v3-training-cost')?.text).toBe('557.6万美元');
  });

  it('each callout’s leader line starts at its square’s top-right corner', () => {
    for (const k of steps) {
      const marks = at(k);
      for (const item of calloutItems(data, k)) {
        const sq = markByKey(marks, `sq-${item.fact.id}`)!;
        const leader = markByKey(marks, `leader-${item.fact.id}`)!;
        expect(num(leader, 'x1')).toBeCloseTo(num(sq, 'x') + num(sq, 'width'), 6);
        expect(num(leader, 'y1')).toBeCloseTo(num(sq, 'y'), 6);
      }
    }
  });

  it('square keys persist, so the zoom animates instead of redrawing', () => {
    for (const k of steps.slice(1)) {
      const now = new Set(squares(at(k)).map((m) => m.key));
      for (const m of squares(at(k - 1)))
        expect(now.has(m.key), `${m.key} at step ${k}`).toBe(true);
    }
  });

  it.each(steps)('step %i: texts overlap neither each other nor the squares', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('is deterministic and does not change its input', () => {
    expect(costScale.layout(data, -1, size)).toEqual(at(0));
    expect(costScale.layout(data, 17, size)).toEqual(at(5));
    expectPureLayout(costScale, data);
  });
});

describe('cost-scale on a 360 px phone', () => {
  const texts = (marks: Mark[], key: string) =>
    marks
      .filter((m) => m.key === key || m.key.startsWith(`${key}-`))
      .map((m) => m.text)
      .join('');

  it.each(steps)('step %i: no label on another or on a square', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('tells the same story: the same squares, callouts and legend as the wide layout; header lines wrapped, not cut', () => {
    for (const k of steps) {
      const [wide, narrow] = [at(k), onPhone(k)];
      const drawn = (marks: Mark[]) =>
        marks
          .filter((m) => !/^(detail|kind-line)/.test(m.key))
          .map((m) => [m.key, m.text, m.className]);
      expect(drawn(narrow)).toEqual(drawn(wide));
      for (const key of ['detail', 'kind-line']) expect(texts(narrow, key)).toBe(texts(wide, key));
    }
    expect(markByKey(onPhone(4), 'kind-line')?.text).toBe('持有成本/资本开支，');
    expect(markByKey(onPhone(4), 'kind-line-2')?.text).toBe('相当于V3最终训练的约1.79万倍');
    expect(markByKey(onPhone(0), 'detail-2')?.text).toBe('（《自然》论文）');
  });

  it('the largest square fills the phone frame at every step; the others share its bottom-left corner', () => {
    const [first] = squares(onPhone(0));
    for (const k of steps) {
      const [largest, ...rest] = squares(onPhone(k));
      expect(largest?.attrs).toEqual(first?.attrs);
      for (const m of rest) {
        expect(num(m, 'x')).toBe(num(first, 'x'));
        expect(num(m, 'y') + num(m, 'height')).toBeCloseTo(
          num(first, 'y') + num(first, 'height'),
          6,
        );
      }
    }
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
    expectSentences(description, 2, 4);
    for (const part of [
      '29.4万美元',
      '557.6万美元',
      '6168万美元',
      '5亿美元',
      '25.73亿美元',
      '1000亿美元',
      '5000亿美元',
      '租用算力折算',
      '持有成本/资本开支',
      '尚未证实',
    ]) {
      expect(description).toContain(part);
    }
  });

  it('table() lists step, item, amount, kind, comparison and status', () => {
    const table = costScale.table(data);
    expect(table.columns).toEqual(['步骤', '项目', '金额', '口径', '相当于V3最终训练', '状态']);
    expect(table.rows.map((r) => r[0])).toEqual(['1', '2', '3', '3', '4', '5', '6']);
    expect(table.rows.map((r) => r[2])).toEqual([
      '29.4万美元',
      '557.6万美元',
      '6168万美元',
      '5亿美元',
      '25.73亿美元',
      '1000亿美元',
      '5000亿美元',
    ]);
    // a figure whose scope no source states is not filed under a kind nor set against V3's rental
    expect(table.rows.map((r) => r[3])).toEqual([
      '租用算力折算',
      '租用算力折算',
      '租用算力折算',
      '口径不明',
      '持有成本/资本开支',
      '持有成本/资本开支',
      '持有成本/资本开支',
    ]);
    expect(table.rows.map((r) => r[4])).toEqual([
      '约5.3%',
      '（基准）',
      '约11倍',
      '不作比较',
      '约461倍',
      '约1.79万倍',
      '约8.97万倍',
    ]);
    expect(table.rows.map((r) => r[5])).toEqual([
      '已更正',
      '已更正',
      '已核实',
      '未证实',
      '已核实',
      '已核实',
      '已核实',
    ]);
  });

  it('facts() names every amount and ratio once', () => {
    expect(costScale.facts(data)).toEqual([
      'r1-rl-cost',
      'r1-rl-vs-v3',
      'v3-training-cost',
      'llama31-405b-rental-equiv',
      'llama31-vs-v3',
      'llama31-seed-cost',
      'semianalysis-tco',
      'semianalysis-tco-vs-v3',
      'stargate-first-phase',
      'stargate-first-vs-v3',
      'stargate-total',
      'stargate-vs-v3',
    ]);
  });
});
