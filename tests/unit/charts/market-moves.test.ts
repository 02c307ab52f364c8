import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/market-moves.json';
import type { Mark } from '../../../src/charts/types.ts';
import { marketMoves } from '../../../src/charts/market-moves.ts';
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

// The registry is replaced by this chapter's own facts file, so the chart is tested on the
// figures the chapter prints without depending on other chapters' files.
const FILE = 'content/data/charts/market-moves.json';
const { parse, store, data, size, steps, at, onPhone } = chartUnderTest(
  marketMoves,
  dataset,
  chapterFacts('ch3'),
);
/** The x of a percentage, read off the axis the reader sees: the −20% and 10% tick labels at its ends. */
function xOf(_data: unknown, percent: number): number {
  const lo = num(markByKey(at(0), 'tick-label--20'), 'x');
  const hi = num(markByKey(at(0), 'tick-label-10'), 'x');
  return lo + ((percent + 20) / 30) * (hi - lo);
}
const rowsAt = (d: typeof data, k: number) => d.rows.filter((r) => r.step <= k);
const bars = (marks: Mark[]) => marks.filter((m) => m.kind === 'rect' && m.key.startsWith('bar-'));

describe('market-moves dataset', () => {
  it('names the day and one signed change per row, in step order', () => {
    expect(data.date.fact.id).toBe('nvda-selloff-date');
    expect(data.date.text).toBe('2025年1月27日');
    expect(data.rows.map((r) => r.fact.id)).toEqual([
      'nvda-change-close',
      'nvda-change-intraday',
      'avgo-change',
      'nasdaq-change',
      'sp500-change',
      'ashare-ai-index-change',
      'cambricon-intraday-change',
      'nvda-rebound-change',
    ]);
    expect(data.rows.map((r) => r.step)).toEqual([0, 1, 2, 3, 3, 4, 4, 5]);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(marketMoves.file).toBe(FILE);
    expect(marketMoves.load(store).rows).toHaveLength(8);
  });

  it('the close is the verified −16.97%; the article’s 15% was an intraday snapshot, not an error', () => {
    const close = data.rows[0]!;
    expect(close.fact.value).toBe(-16.97);
    expect(close.fact.status).toBe('verified');
    expect(close.valueText).toBe('−16.97%');
    expect(data.rows[1]!.valueText).toBe('约−15%');
  });
});

describe('market-moves parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.rows[2].fact = 'no-such-fact'))).toThrow(
      'content/data/charts/market-moves.json: rows[2].fact: unknown fact id "no-such-fact"',
    );
  });

  it('a fact that is not a percentage change', () => {
    expect(() => parse((d) => (d.rows[0].fact = 'nvda-close'))).toThrow(
      'content/data/charts/market-moves.json: rows[0].fact: fact "nvda-close" is in "美元", expected "%"',
    );
  });

  it('wrong type and out-of-range step', () => {
    expect(() => parse((d) => (d.rows[1].step = 'one'))).toThrow(
      /^content\/data\/charts\/market-moves\.json: rows\[1\]\.step: /,
    );
    expect(() => parse((d) => (d.rows[7].step = 6))).toThrow(
      /market-moves\.json: rows\[7\]\.step: expected a step from 0 to 5/,
    );
  });

  it('a step with no row', () => {
    expect(() => parse((d) => d.rows.pop())).toThrow(
      'content/data/charts/market-moves.json: rows: no row for step 5',
    );
  });

  it('rows out of step order', () => {
    expect(() => parse((d) => (d.rows[2].step = 0))).toThrow(
      'content/data/charts/market-moves.json: rows[2].step: step 0 comes after step 1',
    );
  });

  it('a label too long for the row', () => {
    expect(() =>
      parse((d) => (d.rows[3].name = '一个为了测试而写得非常非常非常非常长的指数名称')),
    ).toThrow(/market-moves\.json: rows\[3\]\.name: "一个为了测试.*" is too long for the chart/);
  });

  it('a day fact without a date, and an unknown field', () => {
    expect(() =>
      parse((d) => (d.date = 'nasdaq-change'), { 'nasdaq-change': { date: undefined } }),
    ).toThrow('content/data/charts/market-moves.json: date: fact "nasdaq-change" has no date');
    expect(() => parse((d) => (d.rows[0].colour = 'red'))).toThrow(/market-moves\.json: rows\[0\]/);
  });
});

describe('market-moves layout: what a reader sees at each step', () => {
  it('adds instruments step by step: 1, 2, 3, 5, 7, 8 bars', () => {
    expect(steps.map((k) => bars(at(k)).length)).toEqual([1, 2, 3, 5, 7, 8]);
    expect(steps.map((k) => rowsAt(data, k).length)).toEqual([1, 2, 3, 5, 7, 8]);
  });

  it('step 0: NVIDIA’s close is the focus bar, reaching left from zero to −16.97%', () => {
    const marks = at(0);
    const bar = markByKey(marks, 'bar-nvda-change-close')!;
    expect(classes(bar)).toContain('mark-loss');
    const zero = xOf(data, 0);
    expect(num(bar, 'x') + num(bar, 'width')).toBeCloseTo(zero, 6);
    expect(num(bar, 'x')).toBeCloseTo(xOf(data, -16.97), 6);
    expect(markByKey(marks, 'name-nvda-change-close')?.text).toBe('英伟达（收盘）');
    expect(markByKey(marks, 'value-nvda-change-close')?.text).toBe('−16.97%');
  });

  it('step 1: the intraday snapshot sits under the close, NVIDIA red but light and shorter, labelled as such', () => {
    const marks = at(1);
    const close = markByKey(marks, 'bar-nvda-change-close')!;
    const intraday = markByKey(marks, 'bar-nvda-change-intraday')!;
    expect(classes(intraday)).toEqual(['mark-loss', 'mark-snapshot', 'mark-unverified']);
    expect(classes(close)).toEqual(['mark-loss']);
    expect(num(intraday, 'width')).toBeLessThan(num(close, 'width'));
    expect(num(intraday, 'width') / num(close, 'width')).toBeCloseTo(15 / 16.97, 3);
    expect(num(intraday, 'y')).toBeGreaterThan(num(close, 'y'));
    expect(markByKey(marks, 'name-nvda-change-intraday')?.text).toBe('英伟达（盘中快照，未证实）');
    expect(markByKey(marks, 'value-nvda-change-intraday')?.text).toBe('约−15%');
  });

  it('bar lengths are proportional to the moves', () => {
    const marks = at(5);
    const w = (id: string) => num(markByKey(marks, `bar-${id}`), 'width');
    expect(w('nvda-change-close') / w('nasdaq-change')).toBeCloseTo(16.97 / 3.07, 3);
    expect(w('nasdaq-change') / w('sp500-change')).toBeCloseTo(3.07 / 1.46, 3);
  });

  it('step 4: the unverified A-share figures are dashed and say 未证实; verified ones do not', () => {
    const marks = at(4);
    for (const id of ['ashare-ai-index-change', 'cambricon-intraday-change']) {
      expect(classes(markByKey(marks, `bar-${id}`)!)).toContain('mark-unverified');
      expect(markByKey(marks, `name-${id}`)?.text).toContain('未证实');
    }
    expect(markByKey(marks, 'name-ashare-ai-index-change')?.text).toBe('A股AI算力指数（未证实）');
    expect(markByKey(marks, 'name-cambricon-intraday-change')?.text).toBe(
      '寒武纪（盘中一度跌破，未证实）',
    );
    expect(classes(markByKey(marks, 'bar-cambricon-intraday-change')!)).toEqual([
      'mark-other',
      'mark-snapshot',
      'mark-unverified',
    ]);
    for (const id of ['nvda-change-close', 'avgo-change', 'nasdaq-change', 'sp500-change']) {
      expect(classes(markByKey(marks, `bar-${id}`)!)).not.toContain('mark-unverified');
      expect(markByKey(marks, `name-${id}`)?.text).not.toContain('未证实');
    }
  });

  it('step 5: the next day’s rebound reaches right from zero, in NVIDIA’s colour', () => {
    const bar = markByKey(at(5), 'bar-nvda-rebound-change')!;
    expect(num(bar, 'x')).toBeCloseTo(xOf(data, 0), 6);
    expect(num(bar, 'x') + num(bar, 'width')).toBeCloseTo(xOf(data, 8.9), 6);
    expect(classes(bar)).toEqual(['mark-loss']);
    expect(classes(markByKey(at(5), 'legend-square-0')!)).toEqual(['mark-legend', 'mark-snapshot']);
    expect(classes(markByKey(at(5), 'legend-square-1')!)).toEqual([
      'mark-legend',
      'mark-unverified',
    ]);
    expect(markByKey(at(5), 'value-nvda-rebound-change')?.text).toBe('约8.9%');
  });

  it('only the step’s own rows are active', () => {
    for (const k of steps) {
      const marks = at(k);
      for (const row of rowsAt(data, k)) {
        const name = markByKey(marks, `name-${row.fact.id}`)!;
        expect(classes(name).includes('is-active'), `${k} ${row.fact.id}`).toBe(row.step === k);
      }
    }
  });

  it('shows the day, the ticks and the legend at every step', () => {
    for (const k of steps) {
      const marks = at(k);
      expect(markByKey(marks, 'header')?.text).toBe('2025年1月27日（美东时间）涨跌幅');
      expect(marks.filter((m) => m.key.startsWith('tick-label-')).map((m) => m.text)).toEqual([
        '−20%',
        '−15%',
        '−10%',
        '−5%',
        '0%',
        '5%',
        '10%',
      ]);
      expect(markByKey(marks, 'legend-0')?.text).toContain('盘中');
      expect(markByKey(marks, 'legend-1')?.text).toContain('未证实');
      expect(classes(markByKey(marks, 'legend-square-1')!)).toContain('mark-unverified');
    }
  });

  it('marks keep their keys and positions as rows are added', () => {
    for (const k of steps.slice(1)) {
      const after = keyed(at(k));
      for (const m of at(k - 1)) {
        expect(after.has(m.key), `${m.key} at step ${k}`).toBe(true);
        expect(after.get(m.key)?.attrs, m.key).toEqual(m.attrs);
      }
    }
  });

  it.each(steps)('step %i: texts overlap neither each other nor the bars', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('clamps odd step numbers and is deterministic without changing its input', () => {
    expect(marketMoves.layout(data, -3, size)).toEqual(at(0));
    expect(marketMoves.layout(data, 99, size)).toEqual(at(5));
    expect(marketMoves.layout(data, Number.NaN, size)).toEqual(at(0));
    expectPureLayout(marketMoves, data);
  });
});

describe('market-moves on a 360 px phone', () => {
  it.each(steps)('step %i: no label on another or on a bar', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('tells the same story: the same marks, texts and classes as the wide layout at every step (ticks every 10 points, not 5), rows kept in place', () => {
    const axis = (m: Mark) => /^(tick-label|grid)-/.test(m.key);
    const summary = (marks: Mark[]) =>
      marks.filter((m) => !axis(m)).map((m) => [m.key, m.text, m.className]);
    expect(
      onPhone(0)
        .filter((m) => m.key.startsWith('tick-label'))
        .map((m) => m.text),
    ).toEqual(['−20%', '−10%', '0%', '10%']);
    for (const k of steps) expect(summary(onPhone(k))).toEqual(summary(at(k)));
    for (const k of steps.slice(1)) {
      const after = keyed(onPhone(k));
      for (const m of onPhone(k - 1))
        expect(after.get(m.key)?.attrs, `${m.key} at step ${k}`).toEqual(m.attrs);
    }
  });
});

describe('market-moves texts', () => {
  it('has six steps and draws the last one statically', () => {
    expect(marketMoves.steps).toBe(6);
    expect(marketMoves.staticStep).toBe(5);
  });

  it('caption() is the dataset title', () => {
    expect(marketMoves.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2–4 Chinese sentences naming every figure and the unverified ones', () => {
    const description = marketMoves.describe(data);
    expectSentences(description, 2, 4);
    for (const part of [
      '−16.97%',
      '约−15%',
      '−3.07%',
      '−1.46%',
      '约8.9%',
      '−3.94%',
      '尚未证实',
      '盘中',
    ])
      expect(description).toContain(part);
  });

  it('table() lists instrument, basis, change, date and status', () => {
    const table = marketMoves.table(data);
    expect(table.columns).toEqual(['标的', '口径', '涨跌幅', '日期', '状态']);
    expect(table.rows[0]).toEqual(['英伟达（收盘）', '收盘', '−16.97%', '2025年1月27日', '已核实']);
    expect(table.rows[1]).toEqual([
      '英伟达（盘中快照）',
      '盘中',
      '约−15%',
      '2025年1月27日',
      '未证实',
    ]);
    expect(table.rows.map((r) => r[4])).toEqual([
      '已核实',
      '未证实',
      '已核实',
      '已核实',
      '已核实',
      '未证实',
      '未证实',
      '已核实',
    ]);
    expect(table.rows[7]?.[3]).toBe('2025年1月28日');
  });

  it('facts() names the day and every row once', () => {
    expect(marketMoves.facts(data)).toEqual([
      'nvda-selloff-date',
      ...data.rows.map((r) => r.fact.id),
    ]);
  });
});
