import { describe, expect, it } from 'vitest';
import { readsInScript, scriptProfile } from '../../../src/editions/check/script-profile.ts';

const cn =
  '幻方与萤火：DeepSeek 的故事要从一家量化基金讲起，它先用模型做交易，再自建萤火一号、萤火二号两台算力集群，最后把研究通用人工智能的团队拆成独立公司。';
const tw =
  '幻方與螢火：DeepSeek 的故事要從一家量化基金講起，它先用模型做交易，再自建螢火一號、螢火二號兩臺算力叢集，最後把研究通用人工智慧的團隊拆成獨立公司。';

describe('script profile', () => {
  it('counts the characters only one script has', () => {
    expect(scriptProfile('萤火与說')).toEqual({ han: 4, simplifiedOnly: 2, traditionalOnly: 1 });
  });

  it('tells a Simplified text from a Traditional one', () => {
    expect(readsInScript(cn, 'zh-cn', 20)).toBe(true);
    expect(readsInScript(cn, 'zh-tw', 20)).toBe(false);
    expect(readsInScript(tw, 'zh-hk', 20)).toBe(true);
    expect(readsInScript(tw, 'zh-cn', 20)).toBe(false);
  });

  it('needs Han text: a page of empty boxes or Latin only does not read in any script', () => {
    expect(readsInScript('DeepSeek V3 R1 2025 □□□□', 'zh-cn')).toBe(false);
    expect(readsInScript(cn.slice(0, 10), 'zh-cn')).toBe(false);
  });
});
