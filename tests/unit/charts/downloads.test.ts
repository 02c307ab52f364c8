import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/downloads.json';
import registryJson from '../../../content/data/facts/ch2.json';
import type { Fact } from '../../../src/facts/index.ts';
import { downloads } from '../../../src/charts/downloads.ts';
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
  const base = { status: 'verified' as const, sources: ['fixture'] };
  return [
    { ...base, id: 'app-download-window', label: '天数', value: 18, unit: '天', date: '2025-01' },
    {
      ...base,
      id: 'app-downloads-18d',
      label: 'DeepSeek下载',
      value: 16000000,
      unit: '次',
      date: '2025-01',
    },
    {
      ...base,
      id: 'chatgpt-downloads-18d',
      label: 'ChatGPT下载',
      value: 9000000,
      unit: '次',
      approx: true,
      date: '2023',
    },
    {
      ...base,
      id: 'app-store-rank-before',
      label: '此前排名',
      value: 31,
      unit: '名',
      date: '2025-01-24',
    },
    {
      ...base,
      id: 'app-store-rank-top',
      label: '最高排名',
      value: 1,
      unit: '名',
      date: '2025-01-26',
    },
    {
      ...base,
      id: 'app-store-top-date',
      label: '登顶日期',
      value: '2025-01-26',
      unit: 'date',
      date: '2025-01-26',
    },
    { ...base, id: 'app-markets-top', label: '市场数', value: 140, unit: '个', date: '2025-01' },
  ];
})();

const FILE = 'content/data/charts/downloads.json';
const { parse, store, data, size, steps, at, onPhone } = chartUnderTest(
  downloads,
  dataset,
  FIXTURE,
);

describe('downloads dataset', () => {
  it('names the download, window and rank facts', () => {
    expect(data.downloads.map((d) => [d.key, d.fact.value])).toEqual([
      ['deepseek', 16000000],
      ['chatgpt', 9000000],
    ]);
    expect(data.window.value).toBe(18);
    expect([data.rank.from.value, data.rank.to.value]).toEqual([31, 1]);
    expect(data.rank.toWhen.text).toBe('2025年1月26日');
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(downloads.file).toBe(FILE);
    expect(downloads.load(store).downloads.map((d) => d.fact.id)).toEqual([
      'app-downloads-18d',
      'chatgpt-downloads-18d',
    ]);
  });

  it('the fixture agrees with the facts registry (content/data/facts/ch2.json)', () => {
    const registry = registryJson as Fact[];
    for (const fixture of FIXTURE) {
      const real = registry.find((f) => f.id === fixture.id);
      expect([real?.value, real?.unit, real?.approx ?? false], fixture.id).toEqual([
        fixture.value,
        fixture.unit,
        (fixture as { approx?: boolean }).approx ?? false,
      ]);
    }
  });
});

describe('downloads parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.downloads[1].fact = 'no-such-fact'))).toThrow(
      'content/data/charts/downloads.json: downloads[1].fact: unknown fact id "no-such-fact"',
    );
  });

  it('a fact in the wrong unit', () => {
    expect(() => parse((d) => (d.downloads[0].fact = 'app-markets-top'))).toThrow(
      'downloads.json: downloads[0].fact: fact "app-markets-top" is in "个", expected "次"',
    );
  });

  it('a rank that does not climb', () => {
    expect(() => parse(null, { 'app-store-rank-top': { value: 40 } })).toThrow(
      'downloads.json: rank.to: fact "app-store-rank-top" (40) must be a better (smaller) rank than rank.from (31)',
    );
  });

  it('a toWhen fact without a date', () => {
    expect(() =>
      parse((d) => (d.rank.toWhen = 'app-markets-top'), { 'app-markets-top': { date: undefined } }),
    ).toThrow('downloads.json: rank.toWhen: fact "app-markets-top" has no date');
  });

  it('wrong shapes: one app only, a number for a fact id, an unknown field', () => {
    expect(() => parse((d) => d.downloads.pop())).toThrow(
      /downloads\.json: downloads: expected two apps/,
    );
    expect(() => parse((d) => (d.window = 18))).toThrow(/downloads\.json: window: .*string/);
    expect(() => parse((d) => (d.rank.extra = 'x'))).toThrow(/downloads\.json: rank/);
  });

  it('a label too long for the chart', () => {
    expect(() => parse((d) => (d.rank.fromWhen = '登顶之前的那个星期五上午'))).toThrow(
      /downloads\.json: rank\.fromWhen: .* too long/,
    );
  });
});

describe('downloads layout: what a reader sees at each step', () => {
  it('step 0: two bars side by side, heights in proportion, DeepSeek highlighted', () => {
    const marks = at(0);
    const ds = requireMark(marks, 'bar-deepseek');
    const gpt = requireMark(marks, 'bar-chatgpt');
    expect(num(gpt, 'height') / num(ds, 'height')).toBeCloseTo(9 / 16, 3);
    expect(num(ds, 'y') + num(ds, 'height')).toBeCloseTo(num(gpt, 'y') + num(gpt, 'height'), 6);
    expect(num(ds, 'x')).toBeLessThan(num(gpt, 'x'));
    expect(classes(ds)).toContain('mark-deepseek');
    expect(classes(gpt)).toContain('mark-other');
    expect([textOf(marks, 'value-deepseek'), textOf(marks, 'value-chatgpt')]).toEqual([
      '1600万次',
      '约900万次',
    ]);
    expect([textOf(marks, 'name-deepseek'), textOf(marks, 'name-chatgpt')]).toEqual([
      'DeepSeek',
      'ChatGPT',
    ]);
    expect(textOf(marks, 'big-number')).toBe('1600万次');
    expect(textOf(marks, 'caption')).toBe('上线后头18天的下载量；ChatGPT 同期约900万次');
    expect(marks.some((m) => m.key.startsWith('rank-'))).toBe(false);
  });

  it('step 1: the same bars shrink to the left and keep their proportion', () => {
    const before = at(0);
    const marks = at(1);
    const ds = requireMark(marks, 'bar-deepseek');
    const gpt = requireMark(marks, 'bar-chatgpt');
    expect(num(gpt, 'height') / num(ds, 'height')).toBeCloseTo(9 / 16, 3);
    expect(num(ds, 'height')).toBeLessThan(num(requireMark(before, 'bar-deepseek'), 'height'));
    expect(num(gpt, 'x') + num(gpt, 'width')).toBeLessThan(size.width / 2);
    expect(classes(ds)).toContain('mark-deepseek');
    expect(classes(gpt)).toContain('mark-other');
  });

  it('step 1: the App Store climb from No. 31 to No. 1, the top dot above the bottom one', () => {
    const marks = at(1);
    const from = requireMark(marks, 'rank-from');
    const to = requireMark(marks, 'rank-to');
    expect(num(to, 'cy')).toBeLessThan(num(from, 'cy'));
    expect(num(from, 'cx')).toBeGreaterThan(size.width / 2);
    expect(classes(to)).toEqual(expect.arrayContaining(['mark-deepseek', 'is-active']));
    const line = requireMark(marks, 'rank-line');
    expect([line.attrs.x1, line.attrs.y1, line.attrs.x2, line.attrs.y2]).toEqual([
      from.attrs.cx,
      from.attrs.cy,
      to.attrs.cx,
      to.attrs.cy,
    ]);
    expect(textOf(marks, 'rank-from-label')).toBe('几天前：第31名');
    expect(textOf(marks, 'rank-to-label')).toBe('2025年1月26日：第1名');
    expect(textOf(marks, 'rank-title')).toBe('美国 App Store 免费榜排名');
    expect(textOf(marks, 'big-number')).toBe('第1名');
    expect(textOf(marks, 'caption')).toBe('2025年1月26日登上美国 App Store 免费榜首位');
  });

  it('bars and their labels keep their keys across both steps', () => {
    for (const key of [
      'bar-deepseek',
      'bar-chatgpt',
      'value-deepseek',
      'value-chatgpt',
      'name-deepseek',
      'name-chatgpt',
      'big-number',
      'caption',
      'baseline',
    ]) {
      for (const k of steps)
        expect(
          at(k).some((m) => m.key === key),
          `${key} at ${k}`,
        ).toBe(true);
    }
  });

  it.each(steps)('step %i: texts overlap neither each other nor the bars and dots', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect' || m.kind === 'circle'),
    );
  });

  it('marks an unverified count dashed and says 未证实', () => {
    const shaky = parse(null, { 'chatgpt-downloads-18d': { status: 'unverified' } });
    const marks = downloads.layout(shaky, 0, size);
    expect(classes(requireMark(marks, 'bar-chatgpt'))).toContain('mark-unverified');
    expect(textOf(marks, 'value-chatgpt')).toBe('约900万次（未证实）');
    expect(downloads.table(shaky).rows[1]?.[2]).toBe('未证实');
  });
});

describe('downloads texts', () => {
  it('has two steps and draws the last one statically', () => {
    expect(downloads.steps).toBe(2);
    expect(downloads.staticStep).toBe(1);
  });

  it('caption() is the dataset title', () => {
    expect(downloads.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2 Chinese sentences with every figure', () => {
    const description = downloads.describe(data);
    expectSentences(description, 2, 2);
    for (const part of ['18天', '1600万次', '约900万次', '第31名', '第1名', '2025年1月26日'])
      expect(description).toContain(part);
  });

  it('table() lists the downloads and both ranks with a status', () => {
    expect(downloads.table(data)).toEqual({
      columns: ['指标', '数值', '状态'],
      rows: [
        ['DeepSeek 上线后头18天的下载量', '1600万次', '已核实'],
        ['ChatGPT 上线后头18天的下载量', '约900万次', '已核实'],
        ['美国 App Store 免费榜排名（几天前）', '第31名', '已核实'],
        ['美国 App Store 免费榜排名（2025年1月26日）', '第1名', '已核实'],
      ],
    });
  });

  it('facts() names every figure once', () => {
    expect(downloads.facts(data)).toEqual([
      'app-download-window',
      'app-downloads-18d',
      'chatgpt-downloads-18d',
      'app-store-rank-before',
      'app-store-rank-top',
      'app-store-top-date',
    ]);
  });
});

describe('downloads on a 360 px phone', () => {
  it.each(steps)('step %i: no label on another, a bar or a dot', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind !== 'text' && m.kind !== 'line'),
    );
  });

  it('tells the same story: the same marks and texts at every step as the wide layout', () => {
    for (const k of steps)
      expect(onPhone(k).map((m) => [m.key, m.text, m.className])).toEqual(
        downloads.layout(data, k, size).map((m) => [m.key, m.text, m.className]),
      );
    expect(num(requireMark(onPhone(1), 'rank-to'), 'cy')).toBeLessThan(
      num(requireMark(onPhone(1), 'rank-from'), 'cy'),
    );
  });
});
