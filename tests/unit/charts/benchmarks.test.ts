import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/benchmarks.json';
import registryJson from '../../../content/data/facts/ch2.json';
import type { Fact } from '../../../src/facts/index.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { benchmarks, verdict } from '../../../src/charts/benchmarks.ts';
import {
  box,
  chartUnderTest,
  classes,
  expectApart,
  expectSentences,
  keyed,
  num,
  requireMark,
  textOf,
} from './fixtures.ts';

// A fixture registry with the story's fact ids, so layout is tested on known values.
const FIXTURE = (() => {
  const base = { status: 'verified' as const, sources: ['fixture'], unit: '分', date: '2025-01' };
  const scores: Record<string, number> = {
    'math500-v3': 90.2,
    'math500-gpt4o': 74.6,
    'math500-claude': 78.3,
    'math500-r1': 97.3,
    'math500-o1': 96.4,
    'gpqa-v3': 59.1,
    'gpqa-gpt4o': 49.9,
    'gpqa-claude': 65,
    'gpqa-r1': 71.5,
    'gpqa-o1': 75.7,
    'simpleqa-v3': 24.9,
    'simpleqa-gpt4o': 38.2,
    'simpleqa-claude': 28.4,
    'simpleqa-r1': 30.1,
    'simpleqa-o1': 47,
    'frames-v3': 73.3,
    'frames-gpt4o': 80.5,
    'frames-claude': 72.5,
    'frames-r1': 82.5,
  };
  const facts: {
    id: string;
    label: string;
    value: number | string;
    unit: string;
    status: 'verified';
    sources: string[];
    date: string;
  }[] = Object.entries(scores).map(([k, value]) => ({
    ...base,
    id: `bench-${k}`,
    label: k,
    value,
  }));
  facts.push({ ...base, id: 'v3-training-cost', label: '训练费用', value: 5576000, unit: '美元' });
  facts.push({ ...base, id: 'r1-release', label: 'R1发布', value: '2025-01-20', unit: 'date' });
  return facts;
})();

const FILE = 'content/data/charts/benchmarks.json';
const { parse, store, data, size, steps, at, phone, onPhone } = chartUnderTest(
  benchmarks,
  dataset,
  FIXTURE,
);
const bars = (marks: Mark[]) => marks.filter((m) => m.kind === 'rect' && m.key.startsWith('bar-'));
const BENCH = ['math500', 'gpqa', 'simpleqa', 'frames'];
const EARLY = ['v3', 'gpt4o', 'claude'];
const ALL = [...EARLY, 'r1', 'o1'];

describe('benchmarks dataset', () => {
  it('names one score fact per model and benchmark; o1 has no FRAMES score', () => {
    expect(data.benchmarks.map((b) => b.name)).toEqual([
      'MATH-500',
      'GPQA-Diamond',
      'SimpleQA',
      'FRAMES',
    ]);
    expect(data.models.map((m) => m.key)).toEqual(ALL);
    expect(data.models.filter((m) => m.late).map((m) => m.key)).toEqual(['r1', 'o1']);
    expect(data.benchmarks[0]?.scores.map((f) => f?.value)).toEqual([90.2, 74.6, 78.3, 97.3, 96.4]);
    expect(data.benchmarks[3]?.scores[4]).toBeUndefined();
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(benchmarks.file).toBe(FILE);
    expect(benchmarks.load(store).benchmarks.map((b) => b.key)).toEqual(BENCH);
  });

  it('the fixture agrees with the facts registry (content/data/facts/ch2.json)', () => {
    const registry = registryJson as Fact[];
    for (const fixture of FIXTURE.filter((f) => f.id.startsWith('bench-'))) {
      const real = registry.find((f) => f.id === fixture.id);
      expect([real?.value, real?.unit], fixture.id).toEqual([fixture.value, fixture.unit]);
    }
  });

  it('the o1 model is OpenAI’s; its score is right, so it carries no correction (the wrong maker is a record of its own)', () => {
    expect(data.lateRival.name).toBe('OpenAI o1-1217');
    const o1 = (registryJson as Fact[]).find((f) => f.id === 'bench-gpqa-o1');
    expect(o1?.status).toBe('verified');
    expect(o1?.sources).toEqual(['deepseek-r1-model-card', 'r1-report']);
  });
});

describe('benchmarks parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.benchmarks[2].scores.claude = 'no-such-fact'))).toThrow(
      'content/data/charts/benchmarks.json: benchmarks[2].scores.claude: unknown fact id "no-such-fact"',
    );
  });

  it('a missing score for a model every step shows', () => {
    expect(() => parse((d) => delete d.benchmarks[1].scores.gpt4o)).toThrow(
      'benchmarks.json: benchmarks[1].scores.gpt4o: missing score',
    );
  });

  it('a score for an unknown model', () => {
    expect(() => parse((d) => (d.benchmarks[0].scores.gemini = 'bench-math500-v3'))).toThrow(
      'benchmarks.json: benchmarks[0].scores.gemini: unknown model "gemini"',
    );
  });

  it('a fact that is not a score', () => {
    expect(() => parse((d) => (d.benchmarks[0].scores.v3 = 'v3-training-cost'))).toThrow(
      'benchmarks.json: benchmarks[0].scores.v3: fact "v3-training-cost" is not a score between 0 and 100',
    );
    expect(() => parse((d) => (d.benchmarks[0].scores.v3 = 'r1-release'))).toThrow(
      'benchmarks.json: benchmarks[0].scores.v3: fact "r1-release" is not a score',
    );
  });

  it('wrong number of benchmarks, bad focus, wrong types', () => {
    expect(() => parse((d) => d.benchmarks.pop())).toThrow(
      /benchmarks\.json: benchmarks: expected 4 benchmarks/,
    );
    expect(() => parse((d) => (d.focus = 'r1'))).toThrow(
      'benchmarks.json: focus: model "r1" must not be marked "late"',
    );
    expect(() => parse((d) => (d.lateRival = 'gemini'))).toThrow(
      'benchmarks.json: lateRival: unknown model "gemini"',
    );
    expect(() => parse((d) => (d.models[0].late = 'yes'))).toThrow(
      /benchmarks\.json: models\[0\]\.late: /,
    );
  });

  it('a title too long to share its line with the verdict', () => {
    expect(() =>
      parse((d) => (d.benchmarks[1].what = '由各领域博士编写、连搜索引擎也难以作答的科学难题')),
    ).toThrow(
      /benchmarks\.json: benchmarks\[1\]\.what: "GPQA.*由各领域博士.*" is too long for the chart/,
    );
  });

  it('a short name too wide for the label column', () => {
    expect(() => parse((d) => (d.models[2].short = 'Claude-3.5-Sonnet'))).toThrow(
      /benchmarks\.json: models\[2\]\.short: "Claude-3\.5-Sonnet" is too long for the chart/,
    );
  });
});

describe('benchmarks layout: what a reader sees at each step', () => {
  it('steps 0–3 reveal one benchmark each, three bars per group (V3, GPT-4o, Claude)', () => {
    for (const k of [0, 1, 2, 3]) {
      const marks = at(k);
      const shown = BENCH.slice(0, k + 1);
      expect(bars(marks)).toHaveLength(shown.length * 3);
      for (const b of shown)
        for (const m of EARLY) expect(marks.some((x) => x.key === `bar-${b}-${m}`)).toBe(true);
      for (const b of BENCH.slice(k + 1))
        expect(marks.some((x) => x.key.includes(`-${b}`))).toBe(false);
      expect(marks.some((x) => /-(r1|o1)$/.test(x.key))).toBe(false);
    }
  });

  it('bar lengths are proportional to the scores (100 = the full scale)', () => {
    const marks = at(3);
    const full = num(requireMark(marks, 'bar-math500-v3'), 'width') / 0.902;
    for (const [key, score] of [
      ['bar-gpqa-claude', 65],
      ['bar-simpleqa-v3', 24.9],
      ['bar-frames-gpt4o', 80.5],
    ] as const) {
      expect(num(requireMark(marks, key), 'width')).toBeCloseTo((full * score) / 100, 1);
    }
  });

  it('the newest group is active by its labels; V3 in DeepSeek blue, rivals grey, in every group', () => {
    const marks = at(2);
    expect(classes(requireMark(marks, 'bar-simpleqa-v3'))).toContain('mark-deepseek');
    expect(classes(requireMark(marks, 'bar-simpleqa-gpt4o'))).toContain('mark-other');
    expect(classes(requireMark(marks, 'bar-math500-v3'))).toContain('mark-deepseek');
    expect(classes(requireMark(marks, 'bar-math500-claude'))).toContain('mark-other');
    expect(requireMark(marks, 'title-simpleqa').className).toBe('label-strong');
    expect(requireMark(marks, 'title-math500').className).toBe('label');
    expect(classes(requireMark(marks, 'verdict-simpleqa'))).toContain('is-active');
    expect(marks.filter((m) => classes(m).includes('is-active'))).toHaveLength(1);
  });

  it('says where V3 leads, sits in the middle and trails', () => {
    expect(BENCH.map((b) => textOf(at(3), `verdict-${b}`))).toEqual([
      'V3 领先',
      'V3 居中',
      'V3 落后',
      'V3 居中',
    ]);
    expect(textOf(at(0), 'verdict-math500')).toBe('V3 领先');
    expect(textOf(at(2), 'title-simpleqa')).toBe('SimpleQA · 简短事实问答');
  });

  it('shows each score as its registry text beside its bar', () => {
    const marks = at(1);
    expect(textOf(marks, 'value-math500-v3')).toBe('90.2分');
    expect(textOf(marks, 'value-gpqa-claude')).toBe('65分');
    const bar = requireMark(marks, 'bar-gpqa-claude');
    expect(num(requireMark(marks, 'value-gpqa-claude'), 'x')).toBeGreaterThan(
      num(bar, 'x') + num(bar, 'width'),
    );
  });

  it('the last step adds R1 and o1 to every group and compares those two', () => {
    const marks = at(4);
    expect(bars(marks)).toHaveLength(4 * 5 - 1);
    expect(BENCH.map((b) => textOf(marks, `verdict-${b}`))).toEqual([
      'R1 高于 o1',
      'R1 低于 o1',
      'R1 低于 o1',
      'o1 未公布',
    ]);
    expect(textOf(marks, 'value-frames-o1')).toBe('未公布');
    expect(marks.some((m) => m.key === 'bar-frames-o1')).toBe(false);
    for (const b of BENCH) {
      expect(classes(requireMark(marks, `bar-${b}-r1`))).toContain('mark-deepseek');
      expect(classes(requireMark(marks, `bar-${b}-v3`))).toContain('mark-deepseek');
      expect(classes(requireMark(marks, `bar-${b}-gpt4o`))).toContain('mark-other');
    }
    expect(classes(requireMark(marks, 'bar-gpqa-o1'))).toContain('mark-other');
  });

  it('bars keep their keys and x from step to step; groups only slide to make room', () => {
    for (let k = 1; k < 5; k++) {
      const before = bars(at(k - 1));
      const after = keyed(bars(at(k)));
      for (const bar of before) {
        const next = after.get(bar.key);
        expect(next, `${bar.key} at step ${k}`).toBeDefined();
        expect([next?.attrs.x, next?.attrs.width]).toEqual([bar.attrs.x, bar.attrs.width]);
      }
    }
  });

  it('within a group, models sit in dataset order, one row each', () => {
    const marks = at(4);
    for (const b of BENCH) {
      const ys = ALL.map((m) => num(requireMark(marks, `name-${b}-${m}`), 'y'));
      for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
    }
  });

  it.each(steps)('step %i: texts overlap neither each other nor the bars', (k) => {
    const marks = at(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('marks an unverified score dashed and says 未证实 beside it', () => {
    const shaky = parse(null, { 'bench-simpleqa-gpt4o': { status: 'unverified' } });
    const marks = benchmarks.layout(shaky, 2, size);
    expect(classes(requireMark(marks, 'bar-simpleqa-gpt4o'))).toContain('mark-unverified');
    expect(textOf(marks, 'value-simpleqa-gpt4o')).toBe('38.2分（未证实）');
    expect(benchmarks.table(shaky).rows[2]?.at(-1)).toBe('未证实');
  });

  it('verdict() handles ties and missing rival scores', () => {
    const b = data.benchmarks[3]!;
    expect(verdict(data, b, true)).toBe('o1 未公布');
    const tied = { ...b, scores: b.scores.map((f, i) => (i === 4 ? b.scores[3] : f)) };
    expect(verdict(data, tied, true)).toBe('R1 与 o1 持平');
  });
});

describe('benchmarks on a 360 px phone', () => {
  it.each(steps)('step %i: no label on another or on a bar', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'rect'),
    );
  });

  it('keeps each group title at least 4 units clear of the bars above it at the last step', () => {
    const marks = onPhone(steps.at(-1)!);
    const titles = marks.filter((m) => m.key.startsWith('title-')).slice(1);
    for (const title of titles) {
      const top = box(title).top;
      const above = marks.filter((m) => m.kind === 'rect' && box(m).bottom <= top);
      const lowest = Math.max(...above.map((m) => box(m).bottom));
      expect(top - lowest, title.key).toBeGreaterThanOrEqual(4);
    }
  });

  it('tells the same story as the wide layout: the same marks and texts at every step, less the footer at the last', () => {
    for (const k of steps) {
      const story = (marks: Mark[]) =>
        marks.filter((m) => m.key !== 'footer').map((m) => [m.key, m.text, m.className]);
      expect(story(onPhone(k))).toEqual(story(at(k)));
      expect(onPhone(k).some((m) => m.key === 'footer')).toBe(k < 4);
    }
    const unverified = benchmarks.layout(
      parse(null, { 'bench-simpleqa-o1': { status: 'unverified' } }),
      4,
      phone,
    );
    expect(classes(requireMark(unverified, 'bar-simpleqa-o1'))).toContain('mark-unverified');
    expect(textOf(unverified, 'value-simpleqa-o1')).toBe('47分（未证实）');
    expect(box(requireMark(unverified, 'value-simpleqa-o1')).right).toBeLessThanOrEqual(
      phone.width,
    );
  });
});

describe('benchmarks texts', () => {
  it('has five steps and draws the last one statically', () => {
    expect(benchmarks.steps).toBe(5);
    expect(benchmarks.staticStep).toBe(4);
  });

  it('caption() is the dataset title', () => {
    expect(benchmarks.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2–4 Chinese sentences naming every score and verdict', () => {
    const description = benchmarks.describe(data);
    expectSentences(description, 2, 4);
    for (const part of [
      '90.2分',
      '74.6分',
      '65分',
      '24.9分',
      '80.5分',
      'V3 落后',
      '97.3分',
      '75.7分',
      '未公布',
      'OpenAI o1-1217',
    ])
      expect(description).toContain(part);
  });

  it('table() has a row per benchmark, a column per model (its short name) and a status', () => {
    const table = benchmarks.table(data);
    expect(table.columns).toEqual(['基准测试', 'V3', 'GPT-4o', 'Claude', 'R1', 'o1', '状态']);
    expect(table.rows[0]).toEqual([
      'MATH-500',
      '90.2分',
      '74.6分',
      '78.3分',
      '97.3分',
      '96.4分',
      '已核实',
    ]);
    expect(table.rows[3]).toEqual([
      'FRAMES',
      '73.3分',
      '80.5分',
      '72.5分',
      '82.5分',
      '未公布',
      '已核实',
    ]);
  });

  it('facts() names the 19 published scores', () => {
    const ids = benchmarks.facts(data);
    expect(ids).toHaveLength(19);
    expect(new Set(ids).size).toBe(19);
    expect(ids[0]).toBe('bench-math500-v3');
  });
});
