import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { createTextConverter } from '../../../src/editions/convert-text.ts';
import { converterFor } from '../../../src/editions/converters.ts';

const tw = converterFor('zh-tw');
const hk = converterFor('zh-hk');

/** Story-like sentences with the characters and words plain OpenCC gets wrong. [source, zh-TW, zh-HK] */
const tricky: [string, string, string][] = [
  ['他的头发很长。', '他的頭髮很長。', '他的頭髮很長。'],
  ['这种芯片是在美国被发明的。', '這種晶片是在美國被發明的。', '這種晶片是在美國被發明的。'],
  ['政府干预市场之后，干货的价格涨了。', '政府干預市場之後，乾貨的價格漲了。', '政府干預市場之後，乾貨的價格漲了。'],
  ['台风过后，面馆里挤满了人。', '颱風過後，麵館裡擠滿了人。', '颱風過後，麪館裏擠滿了人。'],
  ['范先生把余下的钱存进了银行。', '范先生把餘下的錢存進了銀行。', '范先生把餘下的錢存進了銀行。'],
  ['英伟达的股价在2025年1月27日下跌了16.97%。', '輝達的股價在2025年1月27日下跌了16.97%。', '輝達的股價在2025年1月27日下跌了16.97%。'],
  ['他说：“这是‘国运级’的突破。”', '他說：「這是『國運級』的突破。」', '他説：「這是『國運級』的突破。」'],
  ['梁文锋在硅谷之外另起炉灶。', '梁文鋒在矽谷之外另起爐灶。', '梁文鋒在矽谷之外另起爐灶。'],
  ['这项研究得到许多学者的支持，相关文件已经公开。', '這項研究得到許多學者的支持，相關文件已經公開。', '這項研究得到許多學者的支持，相關文件已經公開。'],
  ['萤火二号集群搭载了约1万张A100。', '螢火二號叢集搭載了約1萬張A100。', '螢火二號集群搭載了約1萬張A100。'],
  ['模型发布后的第18天，下载量达到1600万次。', '模型發布後的第18天，下載量達到1600萬次。', '模型發佈後的第18天，下載量達到1600萬次。'],
  ['后来，纳斯达克指数也随之下跌。', '後來，那斯達克指數也隨之下跌。', '後來，納斯達克指數也隨之下跌。'],
];

describe('edition conversion of story sentences', () => {
  it.each(tricky)('%s', (source, expectedTw, expectedHk) => {
    expect(tw.convert(source)).toBe(expectedTw);
    expect(hk.convert(source)).toBe(expectedHk);
  });

  it('leaves numbers, dates, Latin text and ASCII punctuation unchanged', () => {
    const source = 'DeepSeek-V3 used 2,048 H800 GPUs (2024-12-26); $5.576M.';
    expect(tw.convert(source)).toBe(source);
    expect(hk.convert(source)).toBe(source);
  });

  it('passes the Simplified edition through unchanged', () => {
    expect(converterFor('zh-cn').convert('头发“引号”')).toBe('头发“引号”');
  });

  it('rejects an unknown edition', () => {
    expect(() => converterFor('zh-sg')).toThrow(/unknown edition "zh-sg"/);
  });
});

describe('the converter without a glossary is opencc-js', () => {
  const text = '在台风后面，他的头发被发明出来；软件程序支持文件信息，内存和鼠标都在桌上。';
  it('matches cn→twp', () => {
    expect(createTextConverter('zh-tw', [], { quotes: false }).convert(text)).toBe(OpenCC.Converter({ from: 'cn', to: 'twp' })(text));
  });
  it('matches cn→hk', () => {
    expect(createTextConverter('zh-hk', [], { quotes: false }).convert(text)).toBe(OpenCC.Converter({ from: 'cn', to: 'hk' })(text));
  });
});

describe('converting a run split by markup', () => {
  it('keeps a word whole across an inline element (头<em>发</em>)', () => {
    expect(tw.convertPieces(['他的头', '发', '很长'])).toEqual(['他的頭', '髮', '很長']);
  });
  it('keeps a glossary term whole across pieces', () => {
    expect(tw.convertPieces(['英伟', '达的芯', '片'])).toEqual(['輝達', '的晶', '片']);
  });
  it('returns one string per piece, empty pieces included', () => {
    expect(hk.convertPieces(['', '面条', ''])).toEqual(['', '麪條', '']);
  });
});
