import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { remarkStory, type StoryRefs } from '../../../src/authoring/remark-story.ts';
import { storyRefs } from '../../../src/authoring/story-refs.ts';
import { factStore } from '../../../src/data/registry.ts';

const refs: StoryRefs = {
  facts: new Set(['ff1-gpus']),
  sources: new Set(['tech-media-v3-huanfang']),
  charts: new Map([['gpu-units', 2]]),
};

function build(source: string) {
  return compile(
    { value: source, path: '/project/content/chapters/09-test.mdx', cwd: '/project' },
    { remarkPlugins: [[remarkStory, refs]] },
  );
}

describe('MDX reference checks', () => {
  it('accepts known ids and numbers the steps', async () => {
    const out = String(
      await build(
        '<Fact id="ff1-gpus" /><Cite id="tech-media-v3-huanfang" />\n\n<Scrolly chart="gpu-units">\n<Step>a</Step>\n<Step>b</Step>\n</Scrolly>\n',
      ),
    );
    expect(out).toMatch(/index: "0",\s*chart: "gpu-units"/);
    expect(out).toMatch(/index: "1",\s*chart: "gpu-units"/);
  });
  it('names the file, line and id of an unknown fact', async () => {
    await expect(build('正文\n\n<Fact id="ff9-gpus" />')).rejects.toThrow(
      'content/chapters/09-test.mdx:3: <Fact id="ff9-gpus">: unknown fact id',
    );
  });
  it('rejects a fact without an id and an id given as an expression', async () => {
    await expect(build('<Fact />')).rejects.toThrow(/09-test\.mdx:1: <Fact>: missing "id"/);
    await expect(build('<Fact id={"ff1-gpus"} />')).rejects.toThrow(/"id" must be a plain string/);
  });
  it('rejects an unknown source and an unknown chart', async () => {
    await expect(build('<Cite id="seed-999" />')).rejects.toThrow(
      /<Cite id="seed-999">: unknown source id/,
    );
    await expect(build('<Scrolly chart="pie">\n<Step>a</Step>\n</Scrolly>')).rejects.toThrow(
      /chart "pie": unknown chart/,
    );
  });
  it('rejects a scrolly whose steps do not match its chart, and a stray step', async () => {
    await expect(build('<Scrolly chart="gpu-units">\n<Step>a</Step>\n</Scrolly>')).rejects.toThrow(
      /has 1 <Step>s; the chart has 2 states/,
    );
    await expect(build('<Step>a</Step>')).rejects.toThrow(/<Step> outside a <Scrolly>/);
  });
  it('knows the registry and chart ids of the story', () => {
    const story = storyRefs(factStore());
    expect(story.facts.has('ff1-gpus')).toBe(true);
    expect(story.charts.get('timeline')).toBe(7);
  });
});

describe('chapter prose checks', () => {
  it('names the file and line of an Arabic numeral typed into the prose', async () => {
    await expect(build('第一段。\n\n幻方在2019年建成萤火一号。')).rejects.toThrow(
      'content/chapters/09-test.mdx:3: the numeral "2019" is typed into the prose',
    );
  });
  it('finds a numeral in a step caption and in a heading, on its own line', async () => {
    await expect(
      build(
        '<Scrolly chart="gpu-units">\n<Step>一千一百块，不对，是\n1100块</Step>\n<Step>b</Step>\n</Scrolly>',
      ),
    ).rejects.toThrow(/09-test\.mdx:3: the numeral "1100"/);
    await expect(build('## 第3节')).rejects.toThrow(/09-test\.mdx:1: the numeral "3"/);
  });
  it('allows names with digits, figures inside <Fact>, and a quotation in the speaker’s own words', async () => {
    const ok =
      '标普500、H800、V3、R1-Zero、GPT-4o、o3-mini、Llama 3.1 与 3FS 都是名字。<Fact id="ff1-gpus" />\n\n<Quote speaker="卡帕西" source="tech-media-v3-huanfang">2048 GPUs for 2 months, $6M</Quote>';
    await expect(build(ok)).resolves.toBeDefined();
  });
  it('rejects a unit glued to a name-like number, such as 100K', async () => {
    await expect(build('集群约有100K块卡。')).rejects.toThrow(/the numeral "100"/);
  });
  it('names the file and line of a word about how the site was made, anywhere in a chapter', async () => {
    await expect(build('正文。\n\n这篇种子文章说。')).rejects.toThrow(
      'content/chapters/09-test.mdx:3: "种子" speaks of how the site was made',
    );
    await expect(
      build('<Quote speaker="某人" source="tech-media-v3-huanfang">本站如此</Quote>'),
    ).rejects.toThrow(/"本站" speaks of how the site was made/);
  });
  it('checks a <Quote>: it needs a speaker and a known source', async () => {
    await expect(build('<Quote source="tech-media-v3-huanfang">话</Quote>')).rejects.toThrow(
      /<Quote>: missing "speaker"/,
    );
    await expect(build('<Quote speaker="某人" source="seed-999">话</Quote>')).rejects.toThrow(
      /<Quote source="seed-999">: unknown source id/,
    );
  });
});

describe('how figures read', () => {
  const wording: StoryRefs = {
    ...refs,
    facts: new Set(['drop', 'yuan', 'yuan2']),
    signedFacts: new Map([['drop', '−16.97%']]),
    renminbiFacts: new Map([
      ['yuan', '10亿元'],
      ['yuan2', '2亿元'],
    ]),
  };
  const check = (source: string) =>
    compile(
      { value: source, path: '/project/content/chapters/09-test.mdx', cwd: '/project' },
      { remarkPlugins: [[remarkStory, wording]] },
    );
  it('rejects a signed figure after a verb that says the direction, naming file and line', async () => {
    for (const verb of ['跌', '跌去', '跌逾', '下跌', '降', '涨'])
      await expect(
        check(`人民币<Fact id="yuan" />。\n\n股价${verb}<Fact id="drop" />。`),
      ).rejects.toThrow(
        `content/chapters/09-test.mdx:3: 「${verb}<Fact id="drop" />」 would read 「${verb}−16.97%」`,
      );
  });
  it('accepts the magnitude after such a verb, and the signed figure elsewhere', async () => {
    await expect(check('股价跌去<Fact id="drop" magnitude />。')).resolves.toBeDefined();
    await expect(check('收盘涨跌幅为<Fact id="drop" />。')).resolves.toBeDefined();
  });
  it('asks the first renminbi amount of a chapter to say 人民币, before or after it', async () => {
    await expect(check('预算<Fact id="yuan" />，后来又花<Fact id="yuan2" />。')).rejects.toThrow(
      /09-test\.mdx:1: the chapter's first renminbi amount <Fact id="yuan" \/> \(「10亿元」\) does not say 人民币/,
    );
    await expect(
      check('预算<Fact id="yuan" />人民币，又花<Fact id="yuan2" />。'),
    ).resolves.toBeDefined();
    await expect(check('预算人民币<Fact id="yuan" />。')).resolves.toBeDefined();
  });
  it('rejects the ※ of a checker in the reading line', async () => {
    await expect(check('正文。\n\n日期※，圣诞节。')).rejects.toThrow(
      /09-test\.mdx:3: "※" in the reading line/,
    );
  });
});
