import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { createTextConverter, emptyGlossary } from '../../../src/editions/convert/convert-text.ts';
import { converterFor } from '../../../src/editions/convert/converters.ts';

const tw = converterFor('zh-tw');
const hk = converterFor('zh-hk');

describe('edition conversion', () => {
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

describe('the converter with everything off is opencc-js', () => {
  const text =
    '在台风后面，他的头发被发明出来；软件程序支持文件信息，内存和鼠标都在桌上，一只只鸟参与制造。';
  const off = { quotes: false, words: false, style: false };
  it('matches cn→twp', () => {
    expect(createTextConverter('zh-tw', emptyGlossary, off).convert(text)).toBe(
      OpenCC.Converter({ from: 'cn', to: 'twp' })(text),
    );
  });
  it('matches cn→hk', () => {
    expect(createTextConverter('zh-hk', emptyGlossary, off).convert(text)).toBe(
      OpenCC.Converter({ from: 'cn', to: 'hk' })(text),
    );
  });
});

describe('OpenCC segmentation bugs, fixed as a class (no phrase across a word boundary)', () => {
  const raw = OpenCC.Converter({ from: 'cn', to: 'twp' });
  /** [source, what raw OpenCC writes, what a Taiwan reader expects]: the raw column shows the bug exists. */
  const cases: [string, string, string][] = [
    ['苗头发生了变化', '苗頭髮生了變化', '苗頭發生了變化'], // BYVoid/OpenCC#586: 头发 beats 发生
    ['企业都参与制造', '企業都參與制造', '企業都參與製造'], // #1497: 参与制 swallows 参与制造
    ['报告写明了成本', '報告寫明瞭成本', '報告寫明了成本'], // 明了 across 写明|了
    ['办法也不复杂', '辦法也不復雜', '辦法也不複雜'], // 不复 across 不|复杂
    ['他获得了收获', '他獲得了收獲', '他獲得了收穫'], // 了收 across 了|收获
    ['在一个交易日里', '在一個交易日里', '在一個交易日裡'], // 日里 across 交易日|里
    ['同样天数里', '同樣天數里', '同樣天數裡'], // 数里 (several li) across 天数|里
  ];
  it.each(cases)('%s', (source, rawForm, expected) => {
    expect(raw(source)).toBe(rawForm);
    expect(tw.convert(source)).toBe(expected);
  });
  it('repeats a reduplicated measure word in the same form (#1277: 一只只)', () => {
    expect(raw('一只只小鸟')).toBe('一隻只小鳥');
    expect(tw.convert('一只只小鸟')).toBe('一隻隻小鳥');
    expect(hk.convert('一条条消息')).toBe('一條條消息');
  });
  it('does not repeat a glossary form into the next word (视频|频道)', () => {
    expect(tw.convert('视频频道')).toBe('影片頻道');
  });
  it('keeps the right phrases: 了如指掌, 面馆里, 公里, 阿里', () => {
    expect(tw.convert('她对此了如指掌，却忘了如何开口。')).toBe('她對此瞭如指掌，卻忘了如何開口。');
    expect(tw.convert('面馆里，走了三公里，他在阿里工作。')).toBe(
      '麵館裡，走了三公里，他在阿里工作。',
    );
  });
});

describe('converting a run split by markup', () => {
  it('keeps a word whole across an inline element (头<em>发</em>)', () => {
    expect(tw.convertPieces(['他的头', '发', '很长'])).toEqual(['他的頭', '髮', '很長']);
  });
  it('keeps a glossary term whole across pieces', () => {
    expect(tw.convertPieces(['英伟', '达的芯', '片'])).toEqual(['輝達', '的晶', '片']);
    expect(hk.convertPieces(['英伟', '达的芯', '片'])).toEqual(['英偉', '達的晶', '片']);
  });
  it('pairs quotation marks across pieces', () => {
    expect(tw.convertPieces(['他说“', '好', '”'])).toEqual(['他說「', '好', '」']);
  });
  it('returns one string per piece, empty pieces included', () => {
    expect(hk.convertPieces(['', '面条', ''])).toEqual(['', '麪條', '']);
  });
});

describe('senses', () => {
  it('gives the marked sense of an ambiguous word, per edition', () => {
    expect(tw.sense('程序', 'program')).toBe('程式');
    expect(tw.sense('支持', 'tech')).toBe('支援');
    expect(tw.sense('国内', 'domestic')).toBe('國內');
    expect(hk.sense('项目', 'project')).toBe('項目');
  });
  it('names the word and the sense the glossary lacks', () => {
    expect(() => tw.sense('程序', 'procedure')).toThrow(
      /no sense "procedure" for "程序" \(it has: program\)/,
    );
  });
  it('reads an unmarked word in its safe, general sense', () => {
    expect(tw.convert('法律程序、支持者、政府文件、项目清单')).toBe(
      '法律程序、支持者、政府文件、項目清單',
    );
  });
});
