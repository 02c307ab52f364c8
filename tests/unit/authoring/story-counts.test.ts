import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { factStore } from '../../../src/data/registry.ts';
import { factText } from '../../../src/facts/index.ts';

const { getFact } = factStore();
import {
  STORY_LIMITS,
  endsInCoda,
  hanCount,
  measureStory,
  readerText,
  sharedSentences,
  signposts,
} from '../../../src/authoring/story-counts.ts';

const figure = (id: string, magnitude: boolean) => factText(getFact(id, 'test'), { magnitude });

describe('story measures', () => {
  it('counts the Han a reader reads: figures rendered, headings, tags, speakers and citations dropped', () => {
    const source =
      '---\ntitle: 标题\n---\n\n## 一节标题\n\n萤火一号装有<Fact id="ff1-gpus" />卡。<Cite id="tech-media-v3-huanfang" />\n\n<Quote block speaker="梁文锋" source="anyong-2024-07-liang">都是本土的。</Quote>\n\n见[第二章](../launch/)。';
    const text = readerText(source, figure);
    expect(text).toContain('萤火一号装有1100块卡。');
    expect(text).not.toContain('标题');
    expect(text).not.toContain('梁文锋');
    expect(hanCount(text)).toBe(hanCount('萤火一号装有块卡都是本土的见第二章'));
  });
  it('renders a figure after a falling verb without its sign', () => {
    expect(readerText('跌去<Fact id="nvda-change-close" magnitude />', figure)).toBe('跌去16.97%');
  });
  it('finds signposts and codas', () => {
    expect(
      signposts('正文（见[第二章](../launch/)）。又（见第三章）。再（见[尾声](../debates/)）'),
    ).toHaveLength(3);
    expect(endsInCoda('## 开头\n\n正文\n\n## 后来\n\n尾')).toBe(true);
    expect(endsInCoda('## 后来\n\n正文\n\n## 两条路\n\n尾')).toBe(false);
  });
  it('finds a sentence two chapters share, and ignores short ones', () => {
    const shared = sharedSentences(
      [
        { name: 'a', text: '在大模型公司里，把训练细节交给外部审稿人逐条检查，并不常见。是的。' },
        {
          name: 'b',
          text: '另一句。在大模型公司里，把训练细节交给外部审稿人逐条检查，并不常见。是的。',
        },
      ],
      12,
    );
    expect(shared.map((s) => s.sentence)).toEqual([
      '在大模型公司里，把训练细节交给外部审稿人逐条检查，并不常见',
    ]);
  });
  it('names each broken limit with its file', () => {
    const long = '<Fact id="ff1-gpus" />'.padEnd(10, '字') + '字'.repeat(5000);
    const { problems } = measureStory(
      [
        { name: 'content/chapters/01-a.mdx', source: `${long}（见第二章）\n\n## 后来\n\n尾` },
        { name: 'content/chapters/02-b.mdx', source: '短。\n\n## 后来\n\n尾' },
        { name: 'content/chapters/03-c.mdx', source: '## 余波\n\n尾' },
      ],
      figure,
    );
    expect(problems.join('\n')).toMatch(
      /01-a\.mdx: 50\d\d Han characters; a chapter runs 3300–4500/,
    );
    expect(problems.join('\n')).toMatch(/02-b\.mdx: \d Han characters/);
    expect(problems.join('\n')).toMatch(/3 chapters end in a coda/);
  });
});

describe('the story keeps its limits', () => {
  const dir = 'content/chapters';
  const chapters = readdirSync(dir)
    .filter((f) => /^0[1-9]-.*\.mdx$/.test(f))
    .sort()
    .map((f) => ({ name: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
  const measured = measureStory(chapters, figure);

  it('has five chapters, each 3,300–4,500 Han, 18,000–21,000 in all, no sentence in two chapters', () => {
    expect(chapters).toHaveLength(5);
    expect(measured.problems.filter((p) => !/signpost|coda/.test(p))).toEqual([]);
    expect(measured.totalHan).toBeGreaterThanOrEqual(STORY_LIMITS.totalHan.min);
  });
  it(`sends the reader to another chapter at most ${STORY_LIMITS.signposts} times and ends at most ${STORY_LIMITS.codas} chapters in a coda`, () => {
    expect(measured.problems.filter((p) => /signpost|coda/.test(p))).toEqual([]);
    expect(measured.chapters.filter((c) => c.coda).length).toBeLessThanOrEqual(STORY_LIMITS.codas);
  });
  it('carries no ※ in any chapter, the cover or the note', () => {
    for (const f of readdirSync(dir))
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('※');
  });
});
