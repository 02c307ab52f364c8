import { describe, expect, it } from 'vitest';
import { parseCorrections, parseFacts, parseSources } from '../../../src/facts/index.ts';
import { findProseNumerals } from '../../../src/authoring/prose-numerals.ts';
import { findSiteWords } from '../../../src/config/site-words.ts';
import { factStore } from '../../../src/data/registry.ts';

const { corrections, facts } = factStore();

const sources = parseSources(
  [
    { id: 'netease-deepseek-storm', kind: 'seed', title: '网易号文章', description: '稿件' },
    { id: 'cnbc', kind: 'reference', title: 'CNBC', description: '报道' },
  ],
  'sources.json',
);
const fact = {
  id: 'wang-date',
  label: '采访日期',
  value: '2025-01-23',
  unit: 'date',
  status: 'verified',
  sources: ['cnbc'],
};
const record = {
  id: 'wang-name',
  kind: 'error',
  title: '名字',
  seed: 'Alexander Wang',
  seedSource: 'netease-deepseek-storm',
  right: 'Alexandr Wang',
  sources: ['cnbc'],
  facts: ['wang-date'],
};

describe('correction records', () => {
  it('parse with their sources and facts', () => {
    const parsed = parseCorrections(
      [record],
      'c.json',
      sources,
      parseFacts([fact], 'f.json', sources),
    );
    expect(parsed[0]?.facts).toEqual(['wang-date']);
  });
  it('name the file, the entry and the field of an unknown fact, an unknown source or a missing kind', () => {
    const known = parseFacts([fact], 'f.json', sources);
    expect(() =>
      parseCorrections([{ ...record, facts: ['nope'] }], 'c.json', sources, known),
    ).toThrow('c.json: entry "wang-name": field "facts": unknown fact id "nope"');
    expect(() =>
      parseCorrections([{ ...record, seedSource: 'seed-9' }], 'c.json', sources, known),
    ).toThrow('c.json: entry "wang-name": field "sources": unknown source id "seed-9"');
    expect(() =>
      parseCorrections([{ ...record, kind: undefined }], 'c.json', sources, known),
    ).toThrow(/c\.json: entry "wang-name": field "kind"/);
  });
  it('refuse a word about how the site was made in any text a reader sees', () => {
    expect(() => parseFacts([{ ...fact, note: '本站推算' }], 'f.json', sources)).toThrow(
      'f.json: entry "wang-date": field "note": "本站" speaks of how the site was made',
    );
    expect(() =>
      parseCorrections(
        [{ ...record, right: '种子写错了' }],
        'c.json',
        sources,
        parseFacts([fact], 'f.json', sources),
      ),
    ).toThrow('field "right": "种子"');
  });
});

describe('the story’s registry', () => {
  it('records the 550万 rounding on the V3 cost, and the 5万/6万 estimate as a conflict', () => {
    const cost = facts.find((f) => f.id === 'v3-training-cost')!;
    expect(cost.status).toBe('corrected');
    expect(cost.correction?.seed).toContain('550万');
    expect(corrections.find((c) => c.id === 'semianalysis-gpus')?.kind).toBe('conflict');
  });
  it('gives a name or attribution error its own record, not a badge on a correct figure', () => {
    for (const id of [
      'wang-davos-date',
      'liang-master-year',
      'v3-comm-channels',
      'fp8-tile-size',
      'bench-gpqa-o1',
      'r1-sft-stages',
      'debate-distillation-reports-date',
      'nvda-change-close',
    ]) {
      expect(facts.find((f) => f.id === id)?.status, id).toBe('verified');
    }
    expect(corrections.find((c) => c.id === 'wang-name')?.right).toContain('Alexandr');
  });
  it('lists a primary document first for every verified fact that has one', () => {
    const seedFirst = facts.filter(
      (f) => f.status === 'verified' && f.sources[0]?.startsWith('seed-'),
    );
    expect(seedFirst.map((f) => f.id)).toEqual([]);
  });
  it('dates GRPO to the DeepSeekMath paper, February 2024', () => {
    const grpo = facts.find((f) => f.id === 'grpo-introduced')!;
    expect([grpo.value, grpo.sources[0]]).toEqual(['2024-02', 'deepseekmath-paper']);
  });
});

describe('prose scanners', () => {
  it('find numerals but not the digits of names', () => {
    expect(findProseNumerals('H800 与 V3，标普500，约2048块').map((n) => n.numeral)).toEqual([
      '2048',
    ]);
    expect(findProseNumerals('Claude 3.5 Sonnet 和 Llama 3.1 405B')).toEqual([]);
    expect(findProseNumerals('V3 有671B参数')).toEqual([{ numeral: '671', index: 4 }]);
  });
  it('find every site word with its offset', () => {
    expect(findSiteWords('种子文章与本站，种子')).toEqual([
      { word: '种子', index: 0 },
      { word: '本站', index: 5 },
      { word: '种子', index: 8 },
    ]);
  });
});
