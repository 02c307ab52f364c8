import { describe, it, expect } from 'vitest';
import dataset from '../../../content/data/charts/gpu-hours.json';
import registryJson from '../../../content/data/facts/ch2.json';
import type { Fact } from '../../../src/facts/index.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { gpuHours } from '../../../src/charts/gpu-hours.ts';
import { desktopLength } from '../../../src/charts/kit/index.ts';
import {
  box,
  chartUnderTest,
  classes,
  expectApart,
  expectSentences,
  inside,
  keyed,
  num,
  overlaps,
  requireMark,
  textOf,
} from './fixtures.ts';

// A fixture registry with the story's fact ids, so layout is tested on known values.
const FIXTURE = (() => {
  const base = { status: 'verified' as const, sources: ['fixture'], date: '2024-12' };
  return [
    { ...base, id: 'v3-gpu-hours-pretrain', label: '预训练', value: 2664000, unit: 'GPU小时' },
    { ...base, id: 'v3-gpu-hours-context', label: '上下文扩展', value: 119000, unit: 'GPU小时' },
    { ...base, id: 'v3-gpu-hours-posttrain', label: '后训练', value: 5000, unit: 'GPU小时' },
    { ...base, id: 'v3-gpu-hours-total', label: '合计', value: 2788000, unit: 'GPU小时' },
    { ...base, id: 'v3-cost-pretrain', label: '预训练费用', value: 5328000, unit: '美元' },
    { ...base, id: 'v3-cost-context', label: '上下文扩展费用', value: 238000, unit: '美元' },
    { ...base, id: 'v3-cost-posttrain', label: '后训练费用', value: 10000, unit: '美元' },
    { ...base, id: 'v3-training-cost', label: '训练费用', value: 5576000, unit: '美元' },
    { ...base, id: 'v3-gpu-hour-price', label: '租价', value: 2, unit: '美元' },
    { ...base, id: 'v3-pretrain-share', label: '预训练占比', value: 95.6, unit: '%' },
    { ...base, id: 'r1-release', label: 'R1发布', value: '2025-01-20', unit: 'date' },
  ];
})();

const FILE = 'content/data/charts/gpu-hours.json';
const { parse, store, data, size, steps, at, phone, onPhone } = chartUnderTest(
  gpuHours,
  dataset,
  FIXTURE,
);
const PHASES = ['pretrain', 'context', 'posttrain'];
/** The desktop layout's margin: the base geometry's 16 units, as desktopGeometry (kit/geometry.ts) enlarges them. */
const WIDE_MARGIN = desktopLength(16);
const SPAN = size.width - 2 * WIDE_MARGIN;

describe('gpu-hours dataset', () => {
  it('names the phase, total, price and share facts; amounts come from the registry', () => {
    expect(data.phases.map((p) => p.key)).toEqual(PHASES);
    expect(data.phases.map((p) => p.hours.value)).toEqual([2664000, 119000, 5000]);
    expect(data.phases.map((p) => p.cost.value)).toEqual([5328000, 238000, 10000]);
    expect(data.total.hours.id).toBe('v3-gpu-hours-total');
    expect(data.total.cost.id).toBe('v3-training-cost');
    expect(data.price.id).toBe('v3-gpu-hour-price');
    expect(data.excluded).toEqual(['研究与消融实验', '硬件', '人员']);
  });

  it('load() reads the real dataset file through the registry', () => {
    expect(gpuHours.file).toBe(FILE);
    const loaded = gpuHours.load(store);
    expect(loaded.phases.map((p) => p.hours.id)).toEqual([
      'v3-gpu-hours-pretrain',
      'v3-gpu-hours-context',
      'v3-gpu-hours-posttrain',
    ]);
  });

  it('the fixture agrees with the facts registry (content/data/facts/ch2.json)', () => {
    const registry = registryJson as Fact[];
    for (const fixture of FIXTURE.filter((f) => f.id.startsWith('v3-'))) {
      const real = registry.find((f) => f.id === fixture.id);
      expect(real, fixture.id).toBeDefined();
      expect([real?.value, real?.unit], fixture.id).toEqual([fixture.value, fixture.unit]);
    }
  });
});

describe('gpu-hours parser errors name the file and the field', () => {
  it('unknown fact id', () => {
    expect(() => parse((d) => (d.phases[1].hours = 'no-such-fact'))).toThrow(
      'content/data/charts/gpu-hours.json: phases[1].hours: unknown fact id "no-such-fact"',
    );
  });

  it('wrong type for a fact id', () => {
    expect(() => parse((d) => (d.price = 2))).toThrow(
      /^content\/data\/charts\/gpu-hours\.json: price: .*string/,
    );
  });

  it('a fact in the wrong unit', () => {
    expect(() => parse((d) => (d.phases[0].hours = 'v3-cost-pretrain'))).toThrow(
      'gpu-hours.json: phases[0].hours: fact "v3-cost-pretrain" is in "美元", expected "GPU小时"',
    );
  });

  it('a date where an amount belongs', () => {
    expect(() => parse((d) => (d.total.cost = 'r1-release'))).toThrow(
      'gpu-hours.json: total.cost: fact "r1-release" is not a positive amount',
    );
  });

  it('a cost that is not hours × price', () => {
    expect(() => parse(null, { 'v3-cost-context': { value: 250000 } })).toThrow(
      'gpu-hours.json: phases[1].cost: fact "v3-cost-context" (250000) is not hours × price',
    );
  });

  it('a total that is not the sum of the phases', () => {
    expect(() => parse(null, { 'v3-gpu-hours-total': { value: 2800000 } })).toThrow(
      'gpu-hours.json: total.hours: fact "v3-gpu-hours-total" (2800000) is not the sum of the phases (2788000)',
    );
  });

  it('missing or empty fields', () => {
    expect(() => parse((d) => delete d.lead)).toThrow(/gpu-hours\.json: lead: /);
    expect(() => parse((d) => (d.excluded = []))).toThrow(
      /gpu-hours\.json: excluded: expected at least one item/,
    );
    expect(() => parse((d) => (d.phases[2].extra = 1))).toThrow(/gpu-hours\.json: phases\[2\]/);
  });

  it('a left-out item too wide for its box', () => {
    expect(() => parse((d) => (d.excluded[1] = '服务器、网络与机房的购置和运维'))).toThrow(
      /gpu-hours\.json: excluded\[1\]: .* too long for the chart/,
    );
  });

  it('a duplicate phase key', () => {
    expect(() => parse((d) => (d.phases[2].key = 'pretrain'))).toThrow(
      'gpu-hours.json: phases[2].key: duplicate key "pretrain"',
    );
  });
});

/** Texts overlap neither each other nor the rects; a left-out box's labels sit inside their box. */
function expectLegible(marks: Mark[]): void {
  const boxLabel = (m: Mark) => /^excluded-(name|status)-/.test(m.key);
  const texts = marks.filter((m) => m.kind === 'text');
  expectApart(texts);
  for (const t of texts) {
    for (const r of marks.filter((m) => m.kind === 'rect')) {
      if (boxLabel(t) && r.key === `excluded-box-${t.key.split('-').pop()}`)
        expect(inside(box(t), box(r)), t.key).toBe(true);
      else expect(overlaps(box(t), box(r)), `${t.key} / ${r.key}`).toBe(false);
    }
  }
}

describe('gpu-hours layout: what a reader sees at each step', () => {
  it('step 0: three bars on three rows, lengths in proportion to the GPU-hours', () => {
    const marks = at(0);
    const bars = PHASES.map((p) => requireMark(marks, `bar-${p}`));
    expect(new Set(bars.map((b) => num(b, 'y'))).size).toBe(3);
    expect(bars.every((b) => num(b, 'x') === WIDE_MARGIN)).toBe(true);
    expect(num(bars[0]!, 'width')).toBeCloseTo((2664000 / 2788000) * SPAN, 1);
    expect(num(bars[1]!, 'width')).toBeCloseTo((119000 / 2788000) * SPAN, 1);
    expect(num(bars[2]!, 'width')).toBeLessThan(2);
    expect(num(bars[2]!, 'width')).toBeGreaterThan(0);
    expect(PHASES.map((p) => textOf(marks, `legend-${p}`))).toEqual([
      '预训练 266.4万GPU小时',
      '上下文扩展 11.9万GPU小时',
      '后训练 5000GPU小时',
    ]);
  });

  it('step 0: the post-training sliver is labelled beside it', () => {
    const marks = at(0);
    const note = requireMark(marks, 'note-posttrain');
    expect(note.text).toBe('← 细得几乎看不见');
    const bar = requireMark(marks, 'bar-posttrain');
    expect(num(note, 'x')).toBeGreaterThan(num(bar, 'x') + num(bar, 'width'));
    expect(box(note).top).toBeLessThan(num(bar, 'y') + num(bar, 'height'));
    expect(box(note).bottom).toBeGreaterThan(num(bar, 'y'));
    for (const k of [1, 2, 3]) expect(at(k).some((m) => m.key === 'note-posttrain')).toBe(false);
  });

  it('step 0 leads with the pre-training share; steps 1–3 with the total in hours, then dollars', () => {
    expect(steps.map((k) => textOf(at(k), 'big-number'))).toEqual([
      '95.6%',
      '278.8万GPU小时',
      '557.6万美元',
      '557.6万美元',
    ]);
    expect(textOf(at(0), 'caption')).toBe('的 GPU 小时用在了预训练上');
    expect(textOf(at(2), 'caption')).toBe('按每GPU小时2美元的租价折算');
    expect(requireMark(at(0), 'big-number').className).toBe('label-big');
  });

  it('steps 1–3: the same bars stacked end to end on one row, filling the width', () => {
    for (const k of [1, 2, 3]) {
      const bars = PHASES.map((p) => requireMark(at(k), `bar-${p}`));
      expect(new Set(bars.map((b) => num(b, 'y'))).size).toBe(1);
      expect(num(bars[0]!, 'x')).toBe(WIDE_MARGIN);
      for (let i = 1; i < 3; i++)
        expect(num(bars[i]!, 'x')).toBeCloseTo(
          num(bars[i - 1]!, 'x') + num(bars[i - 1]!, 'width'),
          6,
        );
      expect(bars.reduce((s, b) => s + num(b, 'width'), 0)).toBeCloseTo(SPAN, 1);
    }
    // Dollars are hours times one price: the geometry does not change from step 1 to 2.
    for (const p of PHASES)
      expect(requireMark(at(2), `bar-${p}`).attrs).toEqual(requireMark(at(1), `bar-${p}`).attrs);
  });

  it('labels read in GPU-hours at steps 0–1 and in dollars at steps 2–3, with the formula', () => {
    expect(PHASES.map((p) => textOf(at(1), `legend-${p}`))).toEqual([
      '预训练 266.4万GPU小时',
      '上下文扩展 11.9万GPU小时',
      '后训练 5000GPU小时',
    ]);
    for (const k of [2, 3])
      expect(PHASES.map((p) => textOf(at(k), `legend-${p}`))).toEqual([
        '预训练 532.8万美元',
        '上下文扩展 23.8万美元',
        '后训练 1万美元',
      ]);
    for (const k of [2, 3])
      expect(textOf(at(k), 'formula')).toBe('278.8万GPU小时 × 每GPU小时2美元 = 557.6万美元');
    for (const k of [0, 1]) expect(at(k).some((m) => m.key === 'formula')).toBe(false);
  });

  it("every phase is in DeepSeek's colour at every step, told apart by its style", () => {
    for (const k of steps) {
      const marks = at(k);
      expect(PHASES.map((p) => requireMark(marks, `bar-${p}`).className)).toEqual([
        'mark-deepseek mark-segment',
        'mark-deepseek mark-segment mark-snapshot',
        'mark-deepseek mark-segment mark-hollow',
      ]);
      for (const p of PHASES)
        expect(requireMark(marks, `legend-square-${p}`).className).toBe(
          requireMark(marks, `bar-${p}`).className,
        );
    }
  });

  it('step 3 adds equal dashed boxes for what is left out, each marked 未计入, not sized as amounts', () => {
    const marks = at(3);
    const boxes = marks.filter((m) => m.key.startsWith('excluded-box-'));
    expect(boxes).toHaveLength(3);
    expect(new Set(boxes.map((b) => num(b, 'width'))).size).toBe(1);
    expect(new Set(boxes.map((b) => num(b, 'height'))).size).toBe(1);
    for (const b of boxes)
      expect(classes(b)).toEqual(expect.arrayContaining(['mark-legend', 'mark-unverified']));
    expect([0, 1, 2].map((i) => textOf(marks, `excluded-name-${i}`))).toEqual([
      '研究与消融实验',
      '硬件',
      '人员',
    ]);
    expect([0, 1, 2].map((i) => textOf(marks, `excluded-status-${i}`))).toEqual([
      '未计入',
      '未计入',
      '未计入',
    ]);
    expect(textOf(marks, 'excluded-note')).toBe('方框不按金额比例绘制：这些花费没有公开');
    for (const k of [0, 1, 2]) expect(at(k).some((m) => m.key.startsWith('excluded-'))).toBe(false);
  });

  it('bars, swatches and labels keep their keys at every step, so they move instead of redrawing', () => {
    const keys = PHASES.flatMap((p) => [`bar-${p}`, `legend-square-${p}`, `legend-${p}`]);
    for (const k of steps) {
      const present = keyed(at(k));
      for (const key of keys) expect(present.has(key), `${key} at step ${k}`).toBe(true);
    }
  });

  it.each(steps)(
    'step %i: texts overlap neither each other nor the bars; box labels sit inside their box',
    (k) => expectLegible(at(k)),
  );

  it('clamps out-of-range steps', () => {
    expect(gpuHours.layout(data, -1, size)).toEqual(at(0));
    expect(gpuHours.layout(data, 9, size)).toEqual(at(3));
    expect(gpuHours.layout(data, Number.NaN, size)).toEqual(at(0));
  });

  it('marks an unverified amount dashed and says 未证实 in its label', () => {
    const shaky = parse(null, { 'v3-gpu-hours-context': { status: 'unverified' } });
    const marks = gpuHours.layout(shaky, 0, size);
    expect(classes(requireMark(marks, 'bar-context'))).toContain('mark-unverified');
    expect(textOf(marks, 'legend-context')).toBe('上下文扩展 11.9万GPU小时（未证实）');
    expect(classes(requireMark(at(0), 'bar-context'))).not.toContain('mark-unverified');
    expect(gpuHours.table(shaky).rows[1]?.[3]).toBe('未证实');
  });
});

describe('gpu-hours on a 360 px phone', () => {
  it.each(steps)('step %i: no label on another or on a bar', (k) => {
    expectLegible(onPhone(k));
  });

  it('tells the same story: the same marks and texts at every step as the wide layout, the formula on two lines', () => {
    const story = (marks: Mark[]) =>
      marks.filter((m) => !m.key.startsWith('formula')).map((m) => [m.key, m.text, m.className]);
    for (const k of steps) expect(story(onPhone(k))).toEqual(story(at(k)));
    for (const k of [2, 3])
      expect([textOf(onPhone(k), 'formula'), textOf(onPhone(k), 'formula-result')].join(' ')).toBe(
        textOf(at(k), 'formula'),
      );
    const bars = PHASES.map((p) => requireMark(onPhone(1), `bar-${p}`));
    expect(bars.reduce((s, b) => s + num(b, 'width'), 0)).toBeCloseTo(phone.width - 12, 1);
  });
});

describe('gpu-hours texts', () => {
  it('has four steps and draws the last one statically', () => {
    expect(gpuHours.steps).toBe(4);
    expect(gpuHours.staticStep).toBe(3);
  });

  it('caption() is the dataset title', () => {
    expect(gpuHours.caption(data)).toBe(dataset.title);
  });

  it('describe() is 2–4 Chinese sentences with every figure and what is left out', () => {
    const description = gpuHours.describe(data);
    expectSentences(description, 2, 4);
    for (const part of [
      '278.8万GPU小时',
      '266.4万GPU小时',
      '11.9万GPU小时',
      '5000GPU小时',
      '2美元',
      '557.6万美元',
      '研究与消融实验',
      '不代表金额',
    ]) {
      expect(description).toContain(part);
    }
  });

  it('table() lists each phase in hours and dollars, the total, and the left-out items', () => {
    const table = gpuHours.table(data);
    expect(table.columns).toEqual(['阶段', 'H800 GPU小时', '按每GPU小时2美元折算', '状态']);
    expect(table.rows).toEqual([
      ['预训练', '266.4万GPU小时', '532.8万美元', '已核实'],
      ['上下文扩展', '11.9万GPU小时', '23.8万美元', '已核实'],
      ['后训练', '5000GPU小时', '1万美元', '已核实'],
      ['合计', '278.8万GPU小时', '557.6万美元', '已核实'],
      ['研究与消融实验', '—', '未计入', '未公开'],
      ['硬件', '—', '未计入', '未公开'],
      ['人员', '—', '未计入', '未公开'],
    ]);
  });

  it('facts() names every figure once', () => {
    expect(gpuHours.facts(data).sort()).toEqual(
      [
        'v3-pretrain-share',
        'v3-gpu-hours-pretrain',
        'v3-cost-pretrain',
        'v3-gpu-hours-context',
        'v3-cost-context',
        'v3-gpu-hours-posttrain',
        'v3-cost-posttrain',
        'v3-gpu-hours-total',
        'v3-training-cost',
        'v3-gpu-hour-price',
      ].sort(),
    );
  });
});
