import { describe, expect, it } from 'vitest';
import { phrasesHtml, titlePhrases } from '../../../src/utils/title-phrases.ts';
import { SITE_TITLE, SITE_TITLE_PHRASES } from '../../../src/config/site.ts';

describe('a title in phrases', () => {
  it('cuts the title into its phrases, keeping the spaces between them', () => {
    expect(
      titlePhrases('DeepSeek：一家量化基金的 AI 突围', ['DeepSeek：', '一家量化基金的', 'AI 突围']),
    ).toEqual([
      { text: 'DeepSeek：', space: false },
      { text: '一家量化基金的', space: true },
      { text: 'AI 突围', space: false },
    ]);
  });

  it("the story's phrases spell its title", () => {
    expect(() => titlePhrases(SITE_TITLE, SITE_TITLE_PHRASES)).not.toThrow();
  });

  it('refuses phrases that do not spell the title, naming where', () => {
    expect(() => titlePhrases('幻方与萤火', ['幻方', '萤火'])).toThrow(/at "萤火"/);
    expect(() => titlePhrases('幻方与萤火', ['幻方与'])).toThrow(/leave out "萤火"/);
  });

  it('writes each phrase as a span, escaped', () => {
    expect(
      phrasesHtml([
        { text: 'A<B', space: true },
        { text: '突围', space: false },
      ]),
    ).toBe('<span class="phrase">A&lt;B</span> <span class="phrase">突围</span>');
  });
});
