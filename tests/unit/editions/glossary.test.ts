import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  foreignForms,
  parseGlossary,
  termForm,
  type Glossary,
} from '../../../src/editions/convert/glossary-schema.ts';
import { createTextConverter, emptyGlossary } from '../../../src/editions/convert/convert-text.ts';
import { loadGlossary } from '../../../src/editions/convert/glossary.ts';

const file = 'content/glossary.json';
const style = { 'zh-tw': { source: 'x', map: {} }, 'zh-hk': { source: 'x', map: {} } };
const glossary = (terms: unknown[], extra: object = {}) =>
  parseGlossary({ houseStyle: style, words: [], terms, ...extra }, file);
const src = { source: '中央社' };

describe('glossary parsing', () => {
  it('accepts the project glossary, every entry with a region and a source', () => {
    const g = loadGlossary();
    expect(g.terms.length).toBeGreaterThan(100);
    for (const term of g.terms) {
      expect(term.region).toMatch(/^(zh-tw|zh-hk|both)$/);
      expect(term.source.length).toBeGreaterThan(1);
    }
  });
  it('gives per-region and kept forms', () => {
    const { terms } = glossary([
      { cn: '信息', region: 'zh-tw', 'zh-tw': '訊息', ...src },
      { cn: '英伟达', region: 'both', 'zh-tw': '輝達', 'zh-hk': '英偉達', exclusive: true, ...src },
      { cn: '范先生', region: 'both', keep: true, ...src },
    ]);
    expect([termForm(terms[0]!, 'zh-tw'), termForm(terms[0]!, 'zh-hk')]).toEqual([
      '訊息',
      undefined,
    ]);
    expect([termForm(terms[1]!, 'zh-tw'), termForm(terms[1]!, 'zh-hk')]).toEqual([
      '輝達',
      '英偉達',
    ]);
    expect(termForm(terms[2]!, 'zh-hk')).toBe('范先生');
  });
  it("lists the other region's exclusive forms for the site check", () => {
    const g = glossary([
      { cn: '英伟达', region: 'both', 'zh-tw': '輝達', 'zh-hk': '英偉達', exclusive: true, ...src },
      { cn: '信息', region: 'both', 'zh-tw': '訊息', 'zh-hk': '信息', ...src },
    ]);
    expect(foreignForms(g, 'zh-hk')).toEqual(['輝達']);
    expect(foreignForms(g, 'zh-tw')).toEqual(['英偉達']);
  });
  it('rejects an empty form, naming the file and the field', () => {
    expect(() =>
      glossary([
        { cn: '芯片', region: 'both', 'zh-tw': '晶片', 'zh-hk': '晶片', ...src },
        { cn: '软件', region: 'zh-tw', 'zh-tw': '  ', ...src },
      ]),
    ).toThrow('content/glossary.json: terms[1].zh-tw: must not be empty');
  });
  it('rejects an entry without a source', () => {
    expect(() =>
      glossary([{ cn: '芯片', region: 'both', 'zh-tw': '晶片', 'zh-hk': '晶片' }]),
    ).toThrow(/terms\[0\]\.source/);
  });
  it('rejects a region whose form is missing, or a form outside the region', () => {
    expect(() => glossary([{ cn: '芯片', region: 'both', 'zh-tw': '晶片', ...src }])).toThrow(
      /terms\[0\]\.zh-hk: region "both" needs a "zh-hk" form/,
    );
    expect(() =>
      glossary([{ cn: '芯片', region: 'zh-tw', 'zh-tw': '晶片', 'zh-hk': '晶片', ...src }]),
    ).toThrow(/terms\[0\]\.zh-hk: region "zh-tw" cannot give/);
  });
  it('rejects an unknown edition', () => {
    expect(() => glossary([{ cn: '芯片', region: 'both', 'zh-sg': '芯片', ...src }])).toThrow(
      /content\/glossary\.json: terms\[0\].*zh-sg/,
    );
  });
  it('rejects a sense id that is not a plain id', () => {
    expect(() =>
      glossary([
        {
          cn: '程序',
          region: 'both',
          'zh-tw': '程式',
          'zh-hk': '程式',
          sense: 'Computer Program',
          ...src,
        },
      ]),
    ).toThrow(/terms\[0\]\.sense/);
  });
  it('rejects a term defined twice for the same sense, and allows one per sense', () => {
    const one = { cn: '程序', region: 'both', 'zh-tw': '程序', 'zh-hk': '程序', ...src };
    expect(() => glossary([one, one])).toThrow(
      /terms\[1\]\.cn: "程序" is already defined at terms\[0\]/,
    );
    expect(glossary([one, { ...one, 'zh-tw': '程式', sense: 'program' }]).terms).toHaveLength(2);
  });
  it('rejects exclusive forms that are the same in both regions', () => {
    expect(() =>
      glossary([
        { cn: '芯片', region: 'both', 'zh-tw': '晶片', 'zh-hk': '晶片', exclusive: true, ...src },
      ]),
    ).toThrow(/terms\[0\]\.exclusive/);
  });
  it('rejects a file that is not an object of terms', () => {
    expect(() => parseGlossary([], file)).toThrow(/content\/glossary\.json: \(root\)/);
  });
  it('names the file, line and column of a JSON syntax error', () => {
    const root = mkdtempSync(join(tmpdir(), 'glossary-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, file), '{\n  "terms": [\n    { cn: "芯片" }\n  ]\n}\n');
    expect(() => loadGlossary(root)).toThrow(/^content\/glossary\.json:3:7: not valid JSON/);
  });
});

describe('the project glossary', () => {
  const g = loadGlossary();
  it("writes its own forms in each edition's house style", () => {
    for (const edition of ['zh-tw', 'zh-hk'] as const) {
      const banned = Object.keys(g.houseStyle[edition].map);
      for (const term of g.terms) {
        const form = termForm(term, edition);
        if (form === undefined || term.keep) continue;
        for (const b of banned)
          expect(form.includes(b), `${term.cn} → ${form} (${edition}) has ${b}`).toBe(false);
      }
    }
  });
  it("keeps Hong Kong's NVIDIA apart from Taiwan's", () => {
    expect(foreignForms(g, 'zh-hk')).toContain('輝達');
    expect(foreignForms(g, 'zh-tw')).toContain('英偉達');
  });
});

describe('glossary terms reach segmentation', () => {
  const withTerm = (terms: unknown[]): Glossary => glossary(terms);
  it('a term overrides an OpenCC phrase that would swallow its first character', () => {
    const plain = createTextConverter('zh-tw', emptyGlossary, { words: false, style: false });
    const g = withTerm([{ cn: '台风', region: 'both', 'zh-tw': '颱風', 'zh-hk': '颱風', ...src }]);
    expect(plain.convert('钱在台风中')).not.toContain('颱風');
    expect(createTextConverter('zh-tw', g, { words: false }).convert('钱在台风中')).toBe(
      '錢在颱風中',
    );
  });
  it('a kept name is not converted in any edition', () => {
    const g = withTerm([{ cn: '范先生', region: 'both', keep: true, ...src }]);
    expect(createTextConverter('zh-hk', g).convert('范先生说')).toBe('范先生説'); // this glossary has no house style: OpenCC's 説
    const raw = createTextConverter('zh-tw', emptyGlossary, { words: false, names: false });
    expect(raw.convert('范先生说')).toBe('範先生說');
  });
  it('a glossary form is left alone by later stages and house style', () => {
    const g = parseGlossary(
      {
        houseStyle: { ...style, 'zh-tw': { source: 'x', map: { 臺: '台' } } },
        words: [],
        terms: [{ cn: '程序', region: 'both', 'zh-tw': '程序', 'zh-hk': '程序', ...src }],
      },
      file,
    );
    expect(createTextConverter('zh-tw', g).convert('程序在平台上')).toBe('程序在平台上');
  });
  it('a word of the word list is never cut by a phrase', () => {
    const g = glossary([], { words: ['模型卡'] });
    expect(createTextConverter('zh-tw', g).convert('在模型卡里')).toBe('在模型卡裡');
  });
});

describe("the project glossary's forms", () => {
  it('contain no Simplified-only character', async () => {
    const { simplifiedOnlyCharacters } =
      await import('../../../src/editions/check/edition-check.ts');
    const simplified = simplifiedOnlyCharacters();
    for (const term of loadGlossary().terms) {
      for (const edition of ['zh-tw', 'zh-hk'] as const) {
        const form = termForm(term, edition);
        if (form === undefined || term.keep) continue;
        const found = Array.from(form).filter((c) => simplified.has(c));
        expect(found, `${term.cn} → ${form} (${edition})`).toEqual([]);
      }
    }
  });
});
