/**
 * The kit's layers (src/charts/kit/): the base geometry every chart extends, and each layer's
 * drawing and text-fit check, on a small chart of their own. A text too long for the layer that
 * draws it stops the build with the dataset file and the field named, in whichever width class it
 * fails; what fits draws where the layer says.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  BASE,
  PHONE_BASE,
  PHONE_FRAME,
  barRow,
  calloutColumn,
  checkAxisX,
  checkBarRow,
  checkCallouts,
  checkGridLabel,
  checkLegend,
  checkTimeAxis,
  defineChart,
  defineGeometry,
  desktopType,
  factId,
  legend,
  middleY,
  scaleLinear,
  title,
  words,
} from '../../../src/charts/kit/index.ts';
import type { Mark } from '../../../src/charts/types.ts';
import { contentLeft } from '../../../src/charts/kit/content-edge.ts';
import { line, rect, text } from '../../../src/charts/kit/index.ts';
import { mutated, storeOver } from './fixtures.ts';

const FACTS = [
  { id: 'score', value: 88.5, unit: '分', status: 'verified' },
  { id: 'gpus', value: 2048, unit: '块', status: 'unverified' },
];

const GEOMETRY = defineGeometry(
  { grid: { cols: 10, pitch: 16 }, barX: 72, callout: { x: 260, line: 16, block: 38 }, axisX: 60 },
  {
    keep: ['grid.cols'],
    phone: { grid: { pitch: 12 }, barX: 58, callout: { x: 190, line: 15, block: 34 }, axisX: 42 },
  },
);
type G = (typeof GEOMETRY)['wide'];
const rowStyle = (g: G) => ({ nameX: g.margin, barX: g.barX, valueGap: 4, size: g.type.label });

const layers = defineChart({
  id: 'layers',
  steps: 1,
  staticStep: 0,
  geometry: GEOMETRY,
  schema: z.strictObject({
    title,
    legend: z.array(words('a legend entry')),
    rows: z.array(z.strictObject({ name: words('a name'), fact: factId })),
    grid: words('a grid label'),
    callouts: z.array(words('a callout')),
    ticks: z.number(),
  }),
  resolve(d, { fact, fits }) {
    checkLegend(
      fits,
      'legend',
      d.legend.map((text) => ({ text })),
      (g) => g.frame.width - 2 * g.margin,
    );
    const rows = d.rows.map((r, i) => {
      const f = fact(r.fact, `rows[${i}].fact`);
      const length = (g: G) =>
        scaleLinear([0, 100], [0, g.frame.width - g.barX - 60])(f.value as number);
      checkBarRow(fits, `rows[${i}].name`, { name: r.name }, rowStyle);
      checkBarRow(fits, `rows[${i}].fact`, { value: { text: `${f.value}分`, length } }, rowStyle);
      return { name: r.name, fact: f };
    });
    checkGridLabel(
      fits,
      'grid',
      d.grid,
      (g) => g.type.note,
      8,
      (g) => g.grid.pitch,
    );
    checkCallouts(
      fits,
      'callouts',
      d.callouts,
      (g) => g.type.note,
      (g) => g.frame.width - g.callout.x - 8,
    );
    checkAxisX(
      fits,
      'ticks',
      (g) => scaleLinear([0, 100], [g.margin, g.frame.width - g.margin]),
      () => d.ticks,
      (v) => `${v}亿美元`,
      (g) => g.type.tick,
    );
    checkTimeAxis(fits, 'title', (g) => ({ x: g.axisX, size: g.type.tick, labelGap: 12 }));
    return { title: d.title, legend: d.legend, rows };
  },
  layout: (data, _k, g) =>
    legend(
      data.legend.map((text, i) => ({ id: String(i), swatch: 'mark-deepseek', text })),
      { x: g.margin, y: 300 },
      g.legend,
    ),
  describe: () => '',
  table: () => ({ columns: [], rows: [] }),
});

const DATASET = {
  title: '图层',
  legend: ['租用算力折算', '虚线：未证实'],
  rows: [{ name: 'V3', fact: 'score' }],
  grid: '2048块H800',
  callouts: ['V3最终训练', '557.6万美元'],
  ticks: 3,
};
const parse = (change: (d: any) => void = () => {}) =>
  layers.parse(mutated(DATASET, change), storeOver(FACTS));

describe('the base geometry', () => {
  it('gives every chart the base keys, the phone as an override and the desktop enlarged', () => {
    const { wide, phone } = GEOMETRY;
    expect(phone.frame).toEqual(PHONE_FRAME);
    expect(phone.legend).toEqual(PHONE_BASE.legend);
    expect(phone.type).toEqual(PHONE_BASE.type);
    // the chart's own keys: the phone states only what differs, the rest comes from the base
    expect(phone.grid).toEqual({ cols: 10, pitch: 12 });
    expect(wide.frame).toEqual({ width: 640, height: 704 });
    expect(wide.grid).toEqual({ cols: 10, pitch: 25.5 });
    expect(wide.type.label).toBe(desktopType(BASE.type.label));
    expect(wide.legend.gap).toBe(BASE.legend.gap);
  });
});

describe('the legend layer', () => {
  const marks = layers.layout(parse(), 0, layers.sizes.phone);
  const at = (key: string) => marks.find((m) => m.key === key) as Mark;
  it('draws each entry as a swatch with its words in ink beside it, level with the swatch', () => {
    const [square, words] = [at('legend-square-1'), at('legend-1')];
    const { square: side, gap, pitch, size } = PHONE_BASE.legend;
    expect(square.attrs).toMatchObject({ x: 8, y: 300 + pitch, width: side, height: side });
    expect(square.className).toBe('mark-deepseek');
    expect(words.className).toBe('label');
    expect(words.attrs).toMatchObject({
      x: 8 + side + gap,
      y: middleY(300 + pitch + side / 2, size),
    });
  });
  it('stops the build when an entry is too long, naming the dataset file and the field', () => {
    expect(() => parse()).not.toThrow();
    expect(() =>
      parse((d) => (d.legend[1] = '虚线：未证实，未找到一手行情数据，也没有任何公开来源')),
    ).toThrow(
      /^content\/data\/charts\/layers\.json: legend: "虚线：未证实，未找到.*" is too long for the chart/,
    );
  });
  it('lays a row legend out entry after entry', () => {
    const row = legend(
      [
        { id: 'a', swatch: 'x', text: '有据可查', shape: 'circle' },
        { id: 'b', swatch: 'y', text: '未证实' },
      ],
      { x: 0, y: 0, flow: 'row', space: 16 },
      { square: 12, gap: 6, pitch: 20, size: 13 },
    );
    expect(row.map((m) => [m.key, m.kind, m.attrs.x ?? m.attrs.cx])).toEqual([
      ['legend-square-a', 'circle', 6],
      ['legend-a', 'text', 18],
      ['legend-square-b', 'rect', 18 + 4 * 13 + 16],
      ['legend-b', 'text', 18 + 4 * 13 + 16 + 18],
    ]);
  });
});

describe('the other layers stop a text that does not fit, naming the file and the field', () => {
  it('bar rows: a name wider than its column, a value past the frame', () => {
    expect(() => parse((d) => (d.rows[0].name = 'Claude-3.5-Sonnet'))).toThrow(
      /^content\/data\/charts\/layers\.json: rows\[0\]\.name: "Claude-3\.5-Sonnet" is too long/,
    );
    expect(() => parse((d) => (d.rows[0].fact = 'gpus'))).toThrow(
      /^content\/data\/charts\/layers\.json: rows\[0\]\.fact: "2048分" is too long/,
    );
  });
  it('unit grid: a label wider than its block', () => {
    expect(() => parse((d) => (d.grid = '2048块H800（分期建设）'))).toThrow(
      /^content\/data\/charts\/layers\.json: grid: ".*" is too long/,
    );
  });
  it('callout column: a line wider than the column', () => {
    expect(() => parse((d) => (d.callouts[0] = '一个为了测试而写的很长的名字'))).toThrow(
      /^content\/data\/charts\/layers\.json: callouts: ".*" is too long/,
    );
  });
  it('axis: tick labels wider than the room between ticks', () => {
    expect(() => parse((d) => (d.ticks = 10))).toThrow(
      /^content\/data\/charts\/layers\.json: ticks: /,
    );
  });
  it('reports none of these for the dataset as it is', () => {
    expect(() => parse()).not.toThrow();
  });
});

describe('what the layers draw', () => {
  it('a bar row: its name, a bar as long as the scale says and the value after it', () => {
    const marks = barRow(
      {
        id: 'v3',
        name: 'V3',
        nameCls: 'label',
        value: {
          length: 120,
          text: '88.5分',
          cls: 'label-strong',
          bar: 'mark-deepseek',
          fact: FACTS[1] as never,
        },
      },
      50,
      14,
      { nameX: 16, barX: 72, valueGap: 4, size: 13 },
    );
    expect(marks.map((m) => [m.key, m.attrs.x, m.attrs.width])).toEqual([
      ['name-v3', 16, undefined],
      ['bar-v3', 72, 120],
      ['value-v3', 196, undefined],
    ]);
    expect(marks[1]!.className).toBe('mark-deepseek mark-unverified');
  });
  it('a callout column: blocks that never overlap, each with a leader from its point', () => {
    const marks = calloutColumn(
      [
        { id: 'a', name: '甲', value: '1', at: { x: 100, y: 100 } },
        { id: 'b', name: '乙', value: '2', at: { x: 50, y: 102 } },
      ],
      { top: 0, bottom: 400 },
      { x: 200, size: 13, line: 16, block: 38 },
    );
    const names = marks
      .filter((m) => m.key.startsWith('callout-name'))
      .map((m) => m.attrs.y as number);
    expect(names[1]! - names[0]!).toBeGreaterThanOrEqual(38);
    expect(marks.find((m) => m.key === 'leader-b')?.attrs).toMatchObject({
      x1: 50,
      y1: 102,
      x2: 196,
    });
  });
});

describe('where a drawing starts (the figure starts its viewBox there)', () => {
  it('is the leftmost edge of any mark in any step, an end-anchored text measured back from its anchor', () => {
    const year = text('tick-label-2008', '2008', 80, 100, { size: 15, anchor: 'end' });
    expect(contentLeft([[rect('a', { x: 60, y: 0, width: 10, height: 10 }, 'x')], [year]])).toBe(
      Math.floor(80 - 4 * 0.62 * 15),
    );
    expect(contentLeft([[line('l', 30, 0, 20, 5, 'axis')]])).toBe(20);
    expect(contentLeft([])).toBe(0);
  });
});
