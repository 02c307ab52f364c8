import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { hedgedFigure, trailingHedge } from '../../../src/authoring/hedge-check.ts';
import { remarkStory, type StoryRefs } from '../../../src/authoring/remark-story.ts';
import { storyRefs } from '../../../src/authoring/story-refs.ts';
import { factStore } from '../../../src/data/registry.ts';

const refs: StoryRefs = {
  facts: new Set(['nvda-value-lost', 'ff1-gpus']),
  sources: new Set(),
  charts: new Map(),
  approxFacts: new Map([['nvda-value-lost', '约5890亿美元']]),
};
const build = (source: string) =>
  compile(
    { value: source, path: '/p/content/chapters/09-t.mdx', cwd: '/p' },
    { remarkPlugins: [[remarkStory, refs]] },
  );

describe('a hedge word never doubles the 约 of a figure', () => {
  it.each(['约', '大约', '接近', '将近', '近'])(
    'stops the build on 「%s<Fact>」 of an approximate figure, naming file and line',
    async (hedge) => {
      await expect(
        build(`正文\n\n一天之内${hedge}<Fact id="nvda-value-lost" />市值消失。`),
      ).rejects.toThrow(
        `content/chapters/09-t.mdx:3: 「${hedge}<Fact id="nvda-value-lost" />」 would read 「${hedge}约5890亿美元」`,
      );
    },
  );

  it('accepts a hedge before an exact figure and an approximate figure without one', async () => {
    await expect(
      build('约<Fact id="ff1-gpus" />，一天之内<Fact id="nvda-value-lost" />市值消失。'),
    ).resolves.toBeDefined();
  });

  it("templates: a hedged figure keeps the figure's own 约 and adds none", () => {
    expect(hedgedFigure('约', '约5890亿美元')).toBe('约5890亿美元');
    expect(hedgedFigure('约', '5890亿美元')).toBe('约5890亿美元');
    expect(trailingHedge('一天之内将近')).toBe('将近');
    expect(trailingHedge('一天之内')).toBeUndefined();
  });

  it('knows which facts of the story are approximate', () => {
    expect(storyRefs(factStore()).approxFacts?.get('nvda-value-lost')).toMatch(/^约/);
  });
});
