/**
 * Names are names: for every surname whose name form differs from a word's (范/範, 于/於 …),
 * an invented person keeps the surname in both Traditional editions, while the same character
 * in an ordinary word still converts as the word. Transliterations keep 里 (傑弗里, never
 * 傑弗裏/傑弗裡).
 */
import { describe, expect, it } from 'vitest';
import { converterFor } from '../../../src/editions/convert/converters.ts';
import { convertName } from '../../../src/editions/convert/name-chars.ts';
import { findNames } from '../../../src/editions/convert/names.ts';

/** Surname, a sentence with an invented person, the name as both editions print it, a word with the same character and its form. */
const cases: [string, string, string, string, string][] = [
  ['范', '记者范文理说，调查范围已经缩小。', '范文理', '范围', '範圍'],
  ['于', '于海峰表示，这项技术优于同类产品。', '于海峰', '优于', '優於'],
  ['余', '余下的工作由余志明负责。', '余志明', '余下', '餘下'],
  ['游', '游志明在一家游戏公司工作。', '游志明', '游戏', '遊戲'],
  ['涂', '涂建华把墙涂成了白色。', '涂建華', '涂成', '塗成'],
  ['钟', '钟立伟看了看墙上的钟表。', '鍾立偉', '钟表', '鐘錶'],
  ['朴', '朴成勋说，这种设计很朴素。', '朴成勳', '朴素', '樸素'],
  ['丰', '丰采薇在会上介绍了丰富的案例。', '豐采薇', '丰富', '豐富'],
  ['沈', '沈阳明在大会上发言，他是沈阳人。', '沈陽明', '沈阳人', '瀋陽人'],
  ['姜', '姜黄明带来了一包生姜。', '姜黃明', '生姜', '生薑'],
  ['伍', '伍千里在发布会上说，他住在沈家里。', '伍千里', '沈家里', '沈家'],
  ['叶', '叶韵秋在树叶上写了一个字。', '葉韻秋', '树叶', '樹葉'],
  ['谷', '谷子明的家乡盛产谷子。', '谷子明', '盛产谷子', '穀子'],
  ['党', '党小军说，他没有加入任何政党。', '党小軍', '政党', '政黨'],
  ['周', '周年华说，这是公司成立十周年。', '周年華', '十周年', '週年'],
  ['后', '张后明后来去了深圳。', '張后明', '后来', '後來'],
];

describe.each(['zh-tw', 'zh-hk'] as const)('names in %s', (edition) => {
  const converter = converterFor(edition);
  it.each(cases)('surname %s: %s', (_, sentence, name, word, wordForm) => {
    const out = converter.convert(sentence);
    expect(out).toContain(name);
    // the same character in a word is still the word
    expect(out).toContain(wordForm);
    const asName = convertName(word, edition);
    if (!asName.startsWith(wordForm)) expect(out).not.toContain(asName);
  });
  it('keeps 里 in a transliteration and converts the locative 里 around it', () => {
    const out = converter.convert('杰弗里·辛顿和哈里·史密斯在报告里写道。');
    expect(out).toMatch(/^傑(弗里|佛瑞)·辛頓和哈里·史密斯在報告[裡裏]寫道。$/);
    expect(converter.convert('达里奥·阿莫迪说')).toBe('達里奧·阿莫迪說');
    expect(converter.convert('马里奥·罗西在实验室里')).toMatch(/^馬里奧·羅西在實驗室[裡裏]$/);
  });
  it('prints the glossary\u2019s people as names: 范麟熙, never 範麟熙', () => {
    expect(converter.convert('研究科学家范麟熙（Jim Fan）的语气则热情得多。')).toContain(
      '范麟熙（Jim Fan）',
    );
    expect(converter.convert('范麟熙说')).toBe('范麟熙說');
  });
  it('finds no name in ordinary words that start with a surname', () => {
    const plain = '范围扩大之后，于是余下的游客在游戏里看钟表，朴素的丰收和沈阳的生姜。';
    const out = converter.convert(plain);
    for (const word of [
      '範圍',
      '於是',
      '餘下',
      '遊客',
      '遊戲',
      '鐘錶',
      '樸素',
      '豐收',
      '瀋陽',
      '生薑',
    ])
      expect(out).toContain(word);
  });
});

describe('convertName', () => {
  it('converts a name character by character with name forms', () => {
    expect(convertName('范麟熙', 'zh-tw')).toBe('范麟熙');
    expect(convertName('钟于余', 'zh-hk')).toBe('鍾于余');
    expect(convertName('杰弗里', 'zh-tw')).toBe('傑弗里');
    expect(convertName('梁应杰', 'zh-hk')).toBe('梁應傑');
  });
  it('applies the edition\u2019s house style to a name', () => {
    expect(convertName('台说', 'zh-hk', { 説: '說' })).toBe('台說');
  });
});

describe('findNames', () => {
  const never = () => false;
  it('takes a word jieba cannot place, starting with a surname, as a name', () => {
    const words = [
      { word: '工程师', tag: 'n' },
      { word: '余晓东', tag: 'x' },
      { word: '说', tag: 'v' },
    ];
    expect(findNames(words, never)).toEqual([{ start: 3, length: 3 }]);
  });
  it('does not take a tagged "name" that is a dictionary word (朴素)', () => {
    const words = [
      { word: '很', tag: 'zg' },
      { word: '朴素', tag: 'nr' },
    ];
    expect(findNames(words, (s) => s === '朴素')).toEqual([]);
  });
  it('joins words around a middle dot into one name', () => {
    const words = [
      { word: '开拓者', tag: 'n' },
      { word: '杰弗里', tag: 'nrt' },
      { word: '·', tag: 'x' },
      { word: '辛顿', tag: 'x' },
    ];
    expect(findNames(words, never)).toEqual([{ start: 3, length: 6 }]);
  });
});
