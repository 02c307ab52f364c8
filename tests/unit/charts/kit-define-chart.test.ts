/**
 * defineChart (src/charts/kit/define-chart.ts) on a small chart of its own: what a chart author gets
 * (the geometry of the class drawn, clamped steps, recorded facts) and what a dataset author reads
 * when a dataset is wrong (file and field named, the build stopped).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  PHONE_FRAME,
  defineChart,
  factId,
  kebabKey,
  rect,
  text,
  title,
  uniqueKeys,
  words,
} from '../../../src/charts/kit/index.ts';
import { storeOver } from './fixtures.ts';

const FACTS = [
  { id: 'gpus', value: 2048, unit: '块', status: 'verified' },
  { id: 'share', value: 0.5, unit: '块', status: 'verified' },
  { id: 'price', value: 2, unit: '美元', status: 'verified' },
  { id: 'twice', value: 2, unit: '倍', status: 'verified' },
  { id: 'half', value: 50, unit: '%', status: 'unverified' },
  { id: 'launch', value: '2025-01-20', unit: 'date', status: 'verified' },
];

const WIDE = { frame: { width: 400, height: 300 }, margin: 16, font: 14 };
const toy = defineChart({
  id: 'toy',
  steps: 3,
  staticStep: 2,
  geometry: { wide: WIDE, phone: { frame: PHONE_FRAME, margin: 6, font: 12.5 } },
  schema: z.strictObject({
    title,
    rows: z
      .array(z.strictObject({ key: kebabKey, fact: factId, name: words('a name') }))
      .superRefine(uniqueKeys),
    ratio: factId.optional(),
  }),
  resolve(d, { number, ratio, fact, fits }) {
    const rows = d.rows.map((r, i) => ({
      key: r.key,
      name: r.name,
      fact: number(r.fact, `rows[${i}].fact`, {
        what: 'a whole count',
        unit: '块',
        positive: true,
        integer: true,
      }),
    }));
    rows.forEach((r, i) =>
      fits(
        `rows[${i}].name`,
        r.name,
        (g) => g.font,
        (g) => g.frame.width - 2 * g.margin,
      ),
    );
    if (d.ratio) ratio(fact(d.ratio, 'ratio'), 'ratio', rows[0]!.fact, rows[1]!.fact);
    return { title: d.title, rows };
  },
  layout: (data, k, g) => [
    text('step', String(k), g.margin, 20, { size: g.font }),
    ...data.rows.map((r, i) =>
      rect(
        `bar-${r.key}`,
        { x: g.margin, y: 40 + i * 30, width: g.frame.width - 2 * g.margin, height: 20 },
        'mark-deepseek',
        r.fact,
      ),
    ),
  ],
  describe: () => '',
  table: () => ({ columns: [], rows: [] }),
});

const dataset = (change: Partial<{ rows: unknown[]; ratio: string }> = {}) => ({
  title: '玩具',
  rows: [{ key: 'a', fact: 'gpus', name: '集群' }],
  ...change,
});
const parse = (input: unknown, overrides = {}) => toy.parse(input, storeOver(FACTS, overrides));

describe('defineChart: what a chart author gets', () => {
  it('derives the dataset file from the id, and a frame per width class from the geometry', () => {
    expect(toy.file).toBe('content/data/charts/toy.json');
    expect(toy.sizes).toEqual({
      wide: { width: 400, height: 300, widthClass: 'wide' },
      phone: { width: 328, height: 360, widthClass: 'phone' },
    });
  });

  it('lays out with the geometry of the class drawn, steps clamped to the ones there are', () => {
    const data = parse(dataset());
    const phone = toy.layout(data, 7, toy.sizes.phone);
    expect(phone.find((m) => m.key === 'step')).toMatchObject({
      text: '2',
      attrs: { x: 6, 'font-size': 12.5 },
    });
    expect(phone.find((m) => m.key === 'bar-a')?.attrs.width).toBe(316);
    expect(toy.layout(data, -3, toy.sizes.wide).find((m) => m.key === 'bar-a')?.attrs.width).toBe(
      368,
    );
  });

  it('records the facts resolve looked up, once each, in order', () => {
    const data = parse(
      dataset({
        rows: [
          { key: 'a', fact: 'gpus', name: '甲' },
          { key: 'b', fact: 'gpus', name: '乙' },
        ],
      }),
    );
    expect(toy.facts(data)).toEqual(['gpus']);
  });
});

describe('defineChart: a wrong dataset names the file and the field', () => {
  it('a duplicate key', () => {
    expect(() =>
      parse(
        dataset({
          rows: [
            { key: 'a', fact: 'gpus', name: '甲' },
            { key: 'a', fact: 'gpus', name: '乙' },
          ],
        }),
      ),
    ).toThrow('content/data/charts/toy.json: rows[1].key: duplicate key "a"');
  });

  it('a fact that breaks its number rule: not whole, or in the wrong unit', () => {
    expect(() => parse(dataset({ rows: [{ key: 'a', fact: 'share', name: '甲' }] }))).toThrow(
      'content/data/charts/toy.json: rows[0].fact: fact "share" is not a whole count (value 0.5, unit "块")',
    );
    expect(() => parse(dataset({ rows: [{ key: 'a', fact: 'price', name: '甲' }] }))).toThrow(
      'content/data/charts/toy.json: rows[0].fact: fact "price" is in "美元", expected "块"',
    );
    expect(() => parse(dataset({ rows: [{ key: 'a', fact: 'launch', name: '甲' }] }))).toThrow(
      'rows[0].fact: fact "launch" is not a whole count (value "2025-01-20", unit "date")',
    );
  });

  it('a ratio fact that does not state the amounts it divides (a multiple or a percentage)', () => {
    const two = [
      { key: 'a', fact: 'gpus', name: '甲' },
      { key: 'b', fact: 'gpus', name: '乙' },
    ];
    expect(() => parse(dataset({ rows: two, ratio: 'twice' }))).toThrow(
      'content/data/charts/toy.json: ratio: fact "twice" says 2倍, but gpus ÷ gpus is 1.00',
    );
    expect(() => parse(dataset({ rows: two, ratio: 'half' }))).toThrow(
      'ratio: fact "half" says 50%, but gpus ÷ gpus is 1.00',
    );
    expect(() =>
      parse(dataset({ rows: two, ratio: 'half' }), { half: { value: 100 } }),
    ).not.toThrow();
  });

  it('a text that fits the wide chart but not the phone one, measured as a phone draws CJK', () => {
    // At 12.5 units a phone gives each character 13 px: 24 take 312 of the 316 units there are, 25 take 325.
    expect(() =>
      parse(dataset({ rows: [{ key: 'a', fact: 'gpus', name: '一'.repeat(24) }] })),
    ).not.toThrow();
    expect(() =>
      parse(dataset({ rows: [{ key: 'a', fact: 'gpus', name: '一'.repeat(25) }] })),
    ).toThrow(
      /^content\/data\/charts\/toy\.json: rows\[0\]\.name: "一{25}" is too long for the chart/,
    );
  });
});
