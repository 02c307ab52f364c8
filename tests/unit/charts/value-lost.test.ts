import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/value-lost.json';
import type { Mark } from '../../../src/charts/types.ts';
import { valueLost } from '../../../src/charts/value-lost.ts';
import { desktopLength } from '../../../src/charts/kit/index.ts';
import {
  chapterFacts,
  chartUnderTest,
  classes,
  expectApart,
  expectPureLayout,
  expectSentences,
  keyed,
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
    status: 'verified' as const,
    sources: ['v3-report'],
  },
])();

// The registry is replaced by chapters 3 and 4's facts files plus EXTRA.
const FILE = 'content/data/charts/value-lost.json';
/** The desktop layout's left edge: the base geometry's 16 units, enlarged (kit/geometry.ts). */
const WIDE_X0 = desktopLength(16);
const { parse, store, data, size, steps, at, phone, onPhone } = chartUnderTest(valueLost, dataset, [
  ...chapterFacts('ch3', 'ch4'),
  ...EXTRA,
]);
const bars = (marks: Mark[]) => marks.filter((m) => m.kind === 'rect' && m.key.startsWith('bar-'));

describe('value-lost dataset', () => {
  it('sets NVIDIA’s one-day loss against three registry amounts, each with its ratio fact', () => {
    expect(data.base.fact.id).toBe('nvda-value-lost');
    expect(data.rows.map((r) => r.fact.id)).toEqual([
      'stargate-total',
      'semianalysis-tco',
      'v3-training-cost',
    ]);
    expect(data.rows.map((r) => r.ratio?.id)).toEqual([
      'nvda-loss-vs-stargate',
      'nvda-loss-vs-tco',
      'nvda-loss-vs-v3',
    ]);
    expect(data.rows.map((r) => r.kind)).toEqual(['ownership', 'ownership', 'rental']);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(valueLost.file).toBe(FILE);
    expect(valueLost.load(store).rows).toHaveLength(3);
  });
});

describe('value-lost parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.rows[1].fact = 'no-such-fact'))).toThrow(
      'content/data/charts/value-lost.json: rows[1].fact: unknown fact id "no-such-fact"',
    );
  });

  it('a fact that is not an amount', () => {
    expect(() => parse((d) => (d.rows[0].fact = 'nvda-selloff-date'))).toThrow(
      'content/data/charts/value-lost.json: rows[0].fact: fact "nvda-selloff-date" is not a positive amount',
    );
  });

  it('a ratio fact that does not match the amounts', () => {
    expect(() => parse((d) => (d.rows[0].ratio = 'nvda-loss-vs-tco'))).toThrow(
      /^content\/data\/charts\/value-lost\.json: rows\[0\]\.ratio: fact "nvda-loss-vs-tco" says 229倍, but nvda-value-lost ÷ stargate-total is 1\.18/,
    );
  });

  it('a missing ratio, and a ratio on the base', () => {
    expect(() => parse((d) => delete d.rows[2].ratio)).toThrow(
      'content/data/charts/value-lost.json: rows[2].ratio: expected the fact id',
    );
    expect(() => parse((d) => (d.base.ratio = 'nvda-loss-vs-v3'))).toThrow(
      'content/data/charts/value-lost.json: base.ratio:',
    );
  });

  it('a row larger than the base', () => {
    expect(() => parse((d) => (d.rows[0].fact = 'nvda-value-lost-lseg'))).toThrow(
      'content/data/charts/value-lost.json: rows[0].fact: "nvda-value-lost-lseg" is larger than the base',
    );
  });

  it('wrong number of rows, unknown kind, header too long', () => {
    expect(() => parse((d) => d.rows.pop())).toThrow(/value-lost\.json: rows: expected 3 rows/);
    expect(() => parse((d) => (d.rows[0].kind = 'loan'))).toThrow(
      /value-lost\.json: rows\[0\]\.kind: /,
    );
    expect(() =>
      parse((d) => (d.rows[2].short = '一个为了测试而写得非常非常非常非常长的简称')),
    ).toThrow(/value-lost\.json: rows\[2\]\.short: .* too long/);
  });
});

describe('value-lost layout: what a reader sees at each step', () => {
  it('adds one bar per step: 1, 2, 3, 4', () => {
    expect(steps.map((k) => bars(at(k)).length)).toEqual([1, 2, 3, 4]);
  });

  it('the big number is the loss, then how many times each yardstick it is', () => {
    expect(steps.map((k) => markByKey(at(k), 'big-number')?.text)).toEqual([
      '约5890亿美元',
      '约1.18倍',
      '约229倍',
      '约10.56万倍',
    ]);
    expect(steps.map((k) => markByKey(at(k), 'head')?.text)).toEqual([
      '2025年1月27日，英伟达一天蒸发的市值',
      '英伟达一天蒸发的市值，是星际之门四年计划投资的',
      '英伟达一天蒸发的市值，是DeepSeek持有成本估计的',
      '英伟达一天蒸发的市值，是V3最终训练的',
    ]);
  });

  it('bars share one linear scale: the loss fills the width, the others in proportion', () => {
    const marks = at(3);
    const w = (id: string) => num(markByKey(marks, `bar-${id}`), 'width');
    expect(w('nvda-value-lost')).toBeCloseTo(size.width - 2 * WIDE_X0, 6);
    expect(w('stargate-total') / w('nvda-value-lost')).toBeCloseTo(500 / 589, 3);
    expect(w('semianalysis-tco')).toBeCloseTo((2.573 / 589) * (size.width - 2 * WIDE_X0), 2);
    expect(w('v3-training-cost')).toBeLessThan(0.01);
    for (const m of bars(marks)) expect(num(m, 'x')).toBe(WIDE_X0);
  });

  it('bars too thin to see are pointed at in words, the others are not', () => {
    expect(at(1).some((m) => m.key.startsWith('thin-'))).toBe(false);
    expect(
      at(3)
        .filter((m) => m.key.startsWith('thin-'))
        .map((m) => m.key),
    ).toEqual(['thin-semianalysis-tco', 'thin-v3-training-cost']);
    expect(markByKey(at(3), 'thin-v3-training-cost')?.text).toContain('按比例');
  });

  it('classes say whose money it is (the colour) and what kind (ownership hollow)', () => {
    const marks = at(3);
    expect(classes(markByKey(marks, 'bar-nvda-value-lost'))).toEqual(['mark-loss']);
    expect(classes(markByKey(marks, 'bar-stargate-total'))).toEqual(['mark-other', 'mark-hollow']);
    expect(classes(markByKey(marks, 'bar-semianalysis-tco'))).toEqual([
      'mark-estimate',
      'mark-hollow',
    ]);
    expect(classes(markByKey(marks, 'bar-v3-training-cost'))).toEqual(['mark-deepseek']);
    expect(markByKey(marks, 'legend-market')?.text).toContain('不是花掉的钱');
    expect(markByKey(marks, 'legend-ownership')?.text).toMatch(/^持有成本\/资本开支：/);
    expect(markByKey(marks, 'legend-rental')?.text).toMatch(/^租用算力折算：/);
  });

  it('labels each bar with its name and value; the step’s own row is active', () => {
    const marks = at(2);
    expect(markByKey(marks, 'name-semianalysis-tco')?.text).toBe(
      'DeepSeek全部GPU四年持有成本（估计）  25.73亿美元',
    );
    expect(markByKey(marks, 'name-nvda-value-lost')?.text).toBe(
      '英伟达一天蒸发的市值  约5890亿美元',
    );
    expect(classes(markByKey(marks, 'name-semianalysis-tco'))).toContain('is-active');
    expect(classes(markByKey(marks, 'name-stargate-total'))).not.toContain('is-active');
    expect(classes(markByKey(at(0), 'name-nvda-value-lost'))).toContain('is-active');
  });

  it('an unverified amount is dashed and says 未证实', () => {
    const shaky = parse(null, { 'stargate-total': { status: 'unverified' } });
    const marks = valueLost.layout(shaky, 3, size);
    expect(classes(markByKey(marks, 'bar-stargate-total'))).toEqual([
      'mark-other',
      'mark-hollow',
      'mark-unverified',
    ]);
    expect(markByKey(marks, 'name-stargate-total')?.text).toBe(
      '星际之门四年计划投资（未证实）  5000亿美元',
    );
    expect(classes(markByKey(at(3), 'bar-stargate-total'))).not.toContain('mark-unverified');
    expect(valueLost.describe(shaky)).toContain('尚未证实');
  });

  it('bars and labels keep their keys and places from step to step', () => {
    for (const k of [1, 2, 3]) {
      const after = keyed(at(k));
      for (const m of at(k - 1).filter(
        (m) => m.key.startsWith('bar-') || m.key.startsWith('legend'),
      )) {
        expect(after.get(m.key)?.attrs, `${m.key} at step ${k}`).toEqual(m.attrs);
      }
      for (const m of at(k - 1)) expect(after.has(m.key), `${m.key} at step ${k}`).toBe(true);
    }
  });

  it.each(steps)('step %i: texts overlap neither each other nor the bars', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('is deterministic and does not change its input', () => {
    expect(valueLost.layout(data, 42, size)).toEqual(at(3));
    expectPureLayout(valueLost, data);
    expect(
      num(markByKey(at(valueLost.staticStep), `bar-${data.base.fact.id}`), 'width'),
    ).toBeCloseTo(size.width - 2 * WIDE_X0, 2);
  });
});

describe('value-lost on a 360 px phone', () => {
  it.each(steps)('step %i: no label on another or on a bar', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('tells the same story: the same headline, bars and notes as the wide layout; each value on its own line under its name', () => {
    for (const k of steps) {
      const [wide, narrow] = [at(k), onPhone(k)];
      for (const key of ['head', 'big-number'])
        expect(markByKey(narrow, key)?.text).toBe(markByKey(wide, key)?.text);
      const shapes = (marks: Mark[]) =>
        marks
          .filter(
            (m) => m.kind === 'rect' || m.key.startsWith('thin-') || m.key.startsWith('legend'),
          )
          .map((m) => [m.key, m.text, m.className]);
      expect(shapes(narrow)).toEqual(shapes(wide));
      for (const name of wide.filter((m) => m.key.startsWith('name-'))) {
        const id = name.key.slice('name-'.length);
        expect(
          `${markByKey(narrow, name.key)?.text}  ${markByKey(narrow, `value-${id}`)?.text}`,
        ).toBe(name.text);
      }
    }
    expect(num(markByKey(onPhone(3), 'bar-nvda-value-lost'), 'width')).toBeCloseTo(
      phone.width - 16,
      6,
    );
  });

  it('bars keep their keys and places from step to step', () => {
    for (const k of [1, 2, 3]) {
      const after = keyed(onPhone(k));
      for (const m of onPhone(k - 1).filter((m) => m.kind === 'rect'))
        expect(after.get(m.key)?.attrs, `${m.key} at step ${k}`).toEqual(m.attrs);
    }
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
    expectSentences(description, 2, 4);
    for (const part of [
      '约5890亿美元',
      '5000亿美元',
      '25.73亿美元',
      '557.6万美元',
      '约1.18倍',
      '约229倍',
      '约10.56万倍',
      '不是花掉的钱',
    ]) {
      expect(description).toContain(part);
    }
  });

  it('table() lists item, amount, kind, ratio and status', () => {
    const table = valueLost.table(data);
    expect(table.columns).toEqual(['项目', '金额', '性质', '市值损失是它的', '状态']);
    expect(table.rows.map((r) => r[1])).toEqual([
      '约5890亿美元',
      '5000亿美元',
      '25.73亿美元',
      '557.6万美元',
    ]);
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
