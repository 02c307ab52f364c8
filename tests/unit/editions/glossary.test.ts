import { describe, expect, it } from 'vitest';
import { parseGlossary, termForm } from '../../../src/editions/glossary-schema.ts';
import { createTextConverter } from '../../../src/editions/convert-text.ts';
import { loadGlossary } from '../../../src/editions/glossary.ts';

const file = 'content/glossary.json';

describe('glossary parsing', () => {
  it('accepts the project glossary', () => {
    expect(loadGlossary().length).toBeGreaterThan(10);
  });
  it('gives per-edition, shared and kept forms', () => {
    const [a, b, c] = parseGlossary({ terms: [{ cn: '信息', 'zh-tw': '訊息' }, { cn: '芯片', both: '晶片' }, { cn: '范先生', keep: true }] }, file);
    expect([termForm(a!, 'zh-tw'), termForm(a!, 'zh-hk')]).toEqual(['訊息', undefined]);
    expect([termForm(b!, 'zh-tw'), termForm(b!, 'zh-hk')]).toEqual(['晶片', '晶片']);
    expect(termForm(c!, 'zh-hk')).toBe('范先生');
  });
  it('rejects an empty form, naming the file and the field', () => {
    expect(() => parseGlossary({ terms: [{ cn: '芯片', both: '晶片' }, { cn: '软件', 'zh-tw': '  ' }] }, file)).toThrow(
      'content/glossary.json: terms[1].zh-tw: must not be empty',
    );
  });
  it('rejects an empty source term', () => {
    expect(() => parseGlossary({ terms: [{ cn: '', both: '晶片' }] }, file)).toThrow('content/glossary.json: terms[0].cn: must not be empty');
  });
  it('rejects an unknown edition', () => {
    expect(() => parseGlossary({ terms: [{ cn: '芯片', 'zh-sg': '芯片' }] }, file)).toThrow(/content\/glossary\.json: terms\[0\].*zh-sg/);
  });
  it('rejects an entry with no form', () => {
    expect(() => parseGlossary({ terms: [{ cn: '芯片' }] }, file)).toThrow(/terms\[0\]\.zh-tw: give "zh-tw", "zh-hk", "both" or "keep": true/);
  });
  it('rejects a term defined twice', () => {
    expect(() => parseGlossary({ terms: [{ cn: '芯片', both: '晶片' }, { cn: '芯片', both: '矽片' }] }, file)).toThrow(/terms\[1\]\.cn: "芯片" is already defined at terms\[0\]/);
  });
  it('rejects a file that is not an object of terms', () => {
    expect(() => parseGlossary([], file)).toThrow(/content\/glossary\.json: \(root\)/);
  });
});

describe('glossary terms reach segmentation', () => {
  it('a term overrides an OpenCC phrase that would swallow its first character', () => {
    const plain = createTextConverter('zh-tw', []);
    const withTerm = createTextConverter('zh-tw', parseGlossary({ terms: [{ cn: '台风', both: '颱風' }] }, file));
    expect(plain.convert('钱在台风中')).not.toContain('颱風');
    expect(withTerm.convert('钱在台风中')).toBe('錢在颱風中');
  });
  it('a kept name is not converted in any edition', () => {
    const terms = parseGlossary({ terms: [{ cn: '范先生', keep: true }] }, file);
    expect(createTextConverter('zh-hk', terms).convert('范先生说')).toBe('范先生説');
    expect(createTextConverter('zh-tw', []).convert('范先生说')).toBe('範先生說');
  });
});
