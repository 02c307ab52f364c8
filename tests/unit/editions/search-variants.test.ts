/**
 * Search across scripts: the query table maps the story's words in any script or region to
 * the page's edition, words before characters, and lists only what characters alone get wrong.
 */
import { describe, expect, it } from 'vitest';
import { rewriteQuery } from '../../../src/client/search-query.ts';
import { buildSearchVariants, type Forms } from '../../../src/editions/search/search-variants.ts';
import { loadGlossary } from '../../../src/editions/convert/glossary.ts';
import { storyForms } from '../../../src/editions/search/story-words.ts';

const forms = (cn: string, tw: string, hk: string): { forms: Forms; weight: number } => ({
  forms: { 'zh-cn': cn, 'zh-tw': tw, 'zh-hk': hk },
  weight: 1,
});

describe('buildSearchVariants', () => {
  const tables = buildSearchVariants([
    forms('英伟达', '輝達', '英偉達'),
    forms('芯片', '晶片', '晶片'),
    forms('萤火', '螢火', '螢火'),
    forms('训练', '訓練', '訓練'),
  ]);
  it('maps every region\u2019s word to the edition\u2019s', () => {
    for (const q of ['英伟达', '輝達', '英偉達']) {
      expect(rewriteQuery(q, tables['zh-tw'])).toBe('輝達');
      expect(rewriteQuery(q, tables['zh-hk'])).toBe('英偉達');
      expect(rewriteQuery(q, tables['zh-cn'])).toBe('英伟达');
    }
    expect(rewriteQuery('芯片', tables['zh-tw'])).toBe('晶片');
    expect(rewriteQuery('晶片', tables['zh-cn'])).toBe('芯片');
  });
  it('reads characters of either script and words it never saw whole', () => {
    expect(rewriteQuery('螢火训练', tables['zh-cn'])).toBe('萤火训练');
    expect(rewriteQuery('萤火訓練', tables['zh-hk'])).toBe('螢火訓練');
    expect(rewriteQuery('练火', tables['zh-tw'])).toBe('練火');
  });
  it('lists a word only where its characters alone are wrong', () => {
    expect(tables['zh-tw'].words).not.toHaveProperty('萤火');
    expect(tables['zh-tw'].words).toHaveProperty('英伟达', '輝達');
    expect(tables['zh-tw'].chars).toHaveProperty('萤', '螢');
  });
});

describe('the glossary in the query tables', () => {
  const glossary = loadGlossary();
  const tables = buildSearchVariants(storyForms(new Map(), glossary));
  it('reads either region\u2019s vocabulary on each edition', () => {
    expect(rewriteQuery('福斯新聞', tables['zh-hk'])).toBe('霍士新聞');
    expect(rewriteQuery('霍士新聞', tables['zh-tw'])).toBe('福斯新聞');
    expect(rewriteQuery('人工智慧', tables['zh-cn'])).toBe('人工智能');
    expect(rewriteQuery('人工智能', tables['zh-tw'])).toBe('人工智慧');
  });
});
