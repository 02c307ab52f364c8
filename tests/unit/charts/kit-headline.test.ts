import { describe, expect, it } from 'vitest';
import { assertFits, checkHeadlines, headline } from '../../../src/charts/kit/index.ts';

/** Two width classes' headline geometry, and the fits tool resolve is given for them. */
const geometries = [
  {
    frame: { width: 328, height: 360 },
    head: { big: { y: 30, size: 28 }, caption: { y: 52, size: 13 } },
  },
  {
    frame: { width: 640, height: 720 },
    head: { big: { y: 77, size: 48 }, caption: { y: 122, size: 16 } },
  },
];
type G = (typeof geometries)[number];
const fits = (field: string, content: string, font: (g: G) => number, room: (g: G) => number) =>
  geometries.forEach((g) => assertFits(content, font(g), room(g), `sm.json: ${field}`));
const check = (big: string, caption: string) =>
  checkHeadlines(
    fits,
    'total',
    [{ big, caption }],
    (g) => g.head,
    (g) => g.frame.width - 16,
  );

describe('the headline layer', () => {
  it('draws the big number and its caption the same way for every chart', () => {
    const marks = headline('20个', '划给通信', { x: 8, ...geometries[0]!.head });
    expect(marks.map((m) => [m.key, m.text, m.className, m.attrs['font-size']])).toEqual([
      ['big-number', '20个', 'label-big', 28],
      ['caption', '划给通信', 'label', 13],
    ]);
  });
  it('passes a headline that fits every width class', () => {
    expect(() => check('132个', '一块 H800 上的 SM，默认全部用于计算')).not.toThrow();
  });
  it('stops the build naming the field when the caption or the big number is too wide on a phone', () => {
    expect(() => check('20个', '很'.repeat(25))).toThrow(/^sm\.json: total: ".*" is too long/);
    expect(() => check('1234567890123456789个', '短')).toThrow(/^sm\.json: total: "1234/);
  });
});
