import { describe, expect, it } from 'vitest';
import { planFaces, unicodeRange } from '../../../src/fonts/face-plan.ts';

const covers = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));

describe('which face draws which character', () => {
  it('gives each character to the first face that has it, and names the ones no face has', () => {
    const plan = planFaces(
      ['說', '简', '陆', '𓀀'],
      [
        { face: 'HK', covers: covers('說陸') },
        { face: 'SC', covers: covers('简陆说') },
      ],
    );
    expect(plan.assigned).toEqual([
      { face: 'HK', chars: ['說'] },
      { face: 'SC', chars: ['简', '陆'] },
    ]);
    expect(plan.missing).toEqual(['𓀀']);
  });

  it('leaves out a fallback face that draws nothing', () => {
    expect(
      planFaces(
        ['說'],
        [
          { face: 'HK', covers: covers('說') },
          { face: 'SC', covers: covers('说') },
        ],
      ).assigned.map((a) => a.face),
    ).toEqual(['HK']);
  });
});

describe('unicode-range', () => {
  it('writes runs of code points as ranges', () => {
    expect(unicodeRange(['c', 'a', 'b', 'x', '简'])).toBe('U+61-63,U+78,U+7B80');
  });
});
