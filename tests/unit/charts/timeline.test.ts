import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/timeline.json';
import registryJson from '../../../content/data/facts/ch1.json';
import type { Fact } from '../../../src/facts/index.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { timeline } from '../../../src/charts/timeline.ts';
import { factDate } from '../../../src/charts/kit/index.ts';
import { box, chartUnderTest, expectApart, expectSentences, keyed, num } from './fixtures.ts';

// A fixture registry with the story's fact ids, so layout is tested on known values.
const FIXTURE = (() => {
  const base = { status: 'verified' as const, sources: ['fixture'] };
  return [
    { ...base, id: 'hf-quant-research-start', label: '开始研究量化交易', value: 2008, unit: '年' },
    { ...base, id: 'hf-founded', label: '幻方量化创立', value: 2015, unit: '年' },
    { ...base, id: 'hf-first-ai-strategy', label: '首个AI策略', value: '2016-10-21', unit: 'date' },
    { ...base, id: 'ff1-built', label: '萤火一号建成', value: 2019, unit: '年' },
    { ...base, id: 'ff1-cost', label: '萤火一号投资', value: 2e8, unit: '元', date: '2019' },
    { ...base, id: 'ff2-built', label: '萤火二号开建', value: 2021, unit: '年' },
    { ...base, id: 'hf-agi-lab', label: 'AGI实验室', value: '2023-04', unit: 'date' },
    { ...base, id: 'deepseek-founded', label: 'DeepSeek成立', value: '2023-07', unit: 'date' },
    { ...base, id: 'chatgpt-launch', label: 'ChatGPT发布', value: '2022-11-30', unit: 'date' },
  ];
})();

const FILE = 'content/data/charts/timeline.json';
const { parse, store, data, size, steps, at, onPhone } = chartUnderTest(timeline, dataset, FIXTURE);

const EVENT_IDS = [
  'hf-quant-research-start',
  'hf-founded',
  'hf-first-ai-strategy',
  'ff1-built',
  'ff2-built',
  'hf-agi-lab',
  'deepseek-founded',
];
const DATES = ['2008年', '2015年', '2016年10月21日', '2019年', '2021年', '2023年4月', '2023年7月'];

describe('timeline dataset', () => {
  it('references the story fact ids in date order, with a ChatGPT context marker', () => {
    expect(data.events.map((e) => e.fact.id)).toEqual(EVENT_IDS);
    expect(data.events.map((e) => e.dateText)).toEqual(DATES);
    expect(data.context.map((e) => e.fact.id)).toEqual(['chatgpt-launch']);
  });

  it('load() reads the real dataset file through the registry', () => {
    const loaded = timeline.load(store);
    expect(timeline.file).toBe(FILE);
    expect(loaded.events.map((e) => e.fact.id)).toEqual(EVENT_IDS);
    expect(loaded.title.length).toBeGreaterThan(0);
  });

  it('every fact id exists in the facts registry and carries a date', () => {
    const registry = registryJson as Fact[];
    for (const row of [...dataset.events, ...dataset.context]) {
      const fact = registry.find((f) => f.id === row.fact);
      expect(fact, row.fact).toBeDefined();
      expect(factDate(fact as Fact), row.fact).toMatch(/^\d{4}/);
    }
  });
});

describe('timeline parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.events[2].fact = 'no-such-fact'))).toThrow(
      'content/data/charts/timeline.json: events[2].fact: unknown fact id "no-such-fact"',
    );
  });

  it('wrong type for a fact id', () => {
    expect(() => parse((d) => (d.events[2].fact = 42))).toThrow(
      /^content\/data\/charts\/timeline\.json: events\[2\]\.fact: .*string/,
    );
  });

  it('missing label', () => {
    expect(() => parse((d) => delete d.events[4].label)).toThrow(
      /timeline\.json: events\[4\]\.label: /,
    );
  });

  it('misspelt field', () => {
    expect(() =>
      parse((d) => (d.events[0] = { fact: 'hf-founded', lable: '幻方量化创立' })),
    ).toThrow(/timeline\.json: events\[0\]: .*lable/);
  });

  it('wrong number of events', () => {
    expect(() => parse((d) => d.events.pop())).toThrow(/timeline\.json: events: expected 7 events/);
  });

  it('a fact that is not a date', () => {
    // ff1-cost has a `date` field in the fixture, so remove it to get a fact with no date at all.
    expect(() =>
      parse((d) => (d.events[3].fact = 'ff1-cost'), { 'ff1-cost': { date: undefined } }),
    ).toThrow('content/data/charts/timeline.json: events[3].fact: fact "ff1-cost" has no date');
  });

  it('events out of date order', () => {
    expect(() => parse((d) => ([d.events[1], d.events[2]] = [d.events[2], d.events[1]]))).toThrow(
      /timeline\.json: events\[2\]\.fact: "hf-founded".*earlier/,
    );
  });

  it('a label too long for the column', () => {
    expect(() => parse((d) => (d.events[1].label = '幻'.repeat(30)))).toThrow(
      /timeline\.json: events\[1\]\.label: "幻{30}" is too long for the chart/,
    );
  });
});

describe('timeline layout: what a reader sees at each step', () => {
  it.each(steps)(
    'step %i shows events 0..k and highlights event k with its date and label',
    (k) => {
      const marks = at(k);
      const dots = marks.filter((m) => m.key.startsWith('event-dot-'));
      expect(dots.map((m) => m.key)).toEqual(
        EVENT_IDS.slice(0, k + 1).map((id) => `event-dot-${id}`),
      );

      const active = marks.filter((m) => m.className?.split(' ').includes('is-active'));
      const activeId = EVENT_IDS[k];
      expect(active.length).toBeGreaterThanOrEqual(3);
      expect(active.every((m) => m.key.endsWith(`-${activeId}`))).toBe(true);
      expect(active.find((m) => m.key === `event-date-${activeId}`)?.text).toBe(DATES[k]);
      expect(active.find((m) => m.key === `event-label-${activeId}`)?.text).toBe(
        dataset.events[k]?.label,
      );
      expect(active.find((m) => m.kind === 'circle')?.className).toContain('mark-deepseek');

      // Only the active event shows a date line; later events are absent entirely.
      expect(marks.filter((m) => m.key.startsWith('event-date-'))).toHaveLength(1);
      for (const id of EVENT_IDS.slice(k + 1))
        expect(marks.some((m) => m.key.endsWith(`-${id}`))).toBe(false);
      // Earlier events keep a plain label.
      for (const [i, id] of EVENT_IDS.slice(0, k).entries()) {
        const label = marks.find((m) => m.key === `event-label-${id}`);
        expect(label?.text).toBe(dataset.events[i]?.label);
        expect(label?.className).toBe('label');
      }
    },
  );

  it('shows the ChatGPT marker only once the story reaches 2023 (steps 5 and 6)', () => {
    const shown = steps.filter((k) => at(k).some((m) => m.key === 'context-label-chatgpt-launch'));
    expect(shown).toEqual([5, 6]);
    const label = keyed(at(6)).get('context-label-chatgpt-launch');
    expect(label?.text).toBe('2022年11月30日 OpenAI发布ChatGPT');
    expect(label?.className).toContain('label-quiet');
    expect(keyed(at(6)).get('context-dot-chatgpt-launch')?.className).toBe('mark-other');
  });

  it('draws a year axis with a labelled tick for each event year', () => {
    const marks = at(0);
    const tickLabels = marks.filter((m) => m.key.startsWith('tick-label-')).map((m) => m.text);
    expect(tickLabels).toEqual(['2008', '2015', '2016', '2019', '2021', '2023']);
    expect(marks.filter((m) => m.kind === 'line' && m.key.startsWith('tick-'))).toHaveLength(
      2024 - 2008 + 1,
    );
    // Later years sit lower on the vertical axis.
    const y = (year: number) => num(keyed(marks).get(`tick-${year}`) as Mark, 'y1');
    expect(y(2008)).toBeLessThan(y(2015));
    expect(y(2015)).toBeLessThan(y(2024));
  });

  it('keeps the axis, ticks and each event dot in place across steps', () => {
    const first = keyed(at(0));
    for (const k of steps) {
      const marks = keyed(at(k));
      for (const [key, mark] of first) {
        if (key === 'axis' || key.startsWith('tick')) expect(marks.get(key)).toEqual(mark);
      }
      for (const id of EVENT_IDS.slice(0, k)) {
        expect(num(marks.get(`event-dot-${id}`) as Mark, 'cy')).toBe(
          num(keyed(at(k - 1)).get(`event-dot-${id}`) as Mark, 'cy'),
        );
      }
    }
  });

  it.each(steps)('step %i: event and context labels do not overlap', (k) => {
    const labels = at(k)
      .filter((m) => m.kind === 'text' && !m.key.startsWith('tick'))
      .map(box)
      .sort((a, b) => a.top - b.top);
    for (let i = 1; i < labels.length; i++)
      expect(labels[i]!.top).toBeGreaterThanOrEqual(labels[i - 1]!.bottom);
  });

  it('clamps steps outside 0..6', () => {
    expect(timeline.layout(data, 99, size)).toEqual(at(6));
    expect(timeline.layout(data, -1, size)).toEqual(at(0));
  });

  it('marks an unverified event dashed and says so next to its date', () => {
    const shaky = parse(null, { 'hf-founded': { status: 'unverified' } });
    const marks = keyed(timeline.layout(shaky, 1, size));
    expect(marks.get('event-dot-hf-founded')?.className).toContain('mark-unverified');
    expect(marks.get('event-date-hf-founded')?.text).toBe('2015年（未证实）');
    expect(
      keyed(timeline.layout(data, 1, size)).get('event-dot-hf-founded')?.className,
    ).not.toContain('mark-unverified');
    expect(timeline.table(shaky).rows.find((r) => r[1] === '幻方量化创立')?.[2]).toBe('未证实');
    expect(timeline.describe(shaky)).toContain('未证实');
  });
});

describe('timeline on a phone (328 × 360 units, one unit per CSS px)', () => {
  it.each(steps)('step %i: no label on another or on a dot', (k) => {
    const marks = onPhone(k);
    expectApart(
      marks.filter((m) => m.kind === 'text'),
      marks.filter((m) => m.kind === 'circle'),
    );
  });

  it('tells the same story as the wide layout: the same marks at every step', () => {
    for (const k of steps) expect(onPhone(k).map((m) => m.key)).toEqual(at(k).map((m) => m.key));
  });
});

describe('timeline texts', () => {
  it('static step is the last, with every event shown', () => {
    expect(timeline.steps).toBe(7);
    expect(timeline.staticStep).toBe(6);
    expect(at(timeline.staticStep).filter((m) => m.key.startsWith('event-label-'))).toHaveLength(7);
  });

  it('caption() is the dataset title', () => {
    expect(timeline.caption(data)).toBe(dataset.title);
    expect(timeline.caption(data)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('describe() is 2–4 Chinese sentences naming every date', () => {
    const text = timeline.describe(data);
    expectSentences(text, 2, 4);
    for (const date of DATES) expect(text).toContain(date);
    expect(text).toContain('共7个节点');
    expect(text).toContain('ChatGPT');
  });

  it('table() lists every dated row in order with its status', () => {
    const table = timeline.table(data);
    expect(table.columns).toEqual(['日期', '事件', '状态']);
    expect(table.rows.map((r) => r[0])).toEqual([
      ...DATES.slice(0, 5),
      '2022年11月30日',
      ...DATES.slice(5),
    ]);
    expect(table.rows.find((r) => String(r[1]).includes('ChatGPT'))?.[1]).toBe(
      'OpenAI发布ChatGPT（背景）',
    );
    expect(new Set(table.rows.map((r) => r[2]))).toEqual(new Set(['已核实']));
  });

  it('facts() names every event and marker', () => {
    expect(timeline.facts(data)).toEqual([...EVENT_IDS, 'chatgpt-launch']);
  });
});
