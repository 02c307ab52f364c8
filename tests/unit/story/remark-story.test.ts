import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { remarkStory, type StoryRefs } from '../../../src/story/remark-story.ts';
import { storyRefs } from '../../../src/story/story-refs.ts';

const refs: StoryRefs = {
  facts: new Set(['ff1-gpus']),
  sources: new Set(['seed-004']),
  charts: new Map([['gpu-units', 2]]),
};

function build(source: string) {
  return compile({ value: source, path: '/project/content/chapters/09-test.mdx', cwd: '/project' }, { remarkPlugins: [[remarkStory, refs]] });
}

describe('MDX reference checks', () => {
  it('accepts known ids and numbers the steps', async () => {
    const out = String(await build('<Fact id="ff1-gpus" /><Cite id="seed-004" />\n\n<Scrolly chart="gpu-units">\n<Step>a</Step>\n<Step>b</Step>\n</Scrolly>\n'));
    expect(out).toMatch(/index: "0",\s*chart: "gpu-units"/);
    expect(out).toMatch(/index: "1",\s*chart: "gpu-units"/);
  });
  it('names the file, line and id of an unknown fact', async () => {
    await expect(build('正文\n\n<Fact id="ff9-gpus" />')).rejects.toThrow('content/chapters/09-test.mdx:3: <Fact id="ff9-gpus">: unknown fact id');
  });
  it('rejects a fact without an id and an id given as an expression', async () => {
    await expect(build('<Fact />')).rejects.toThrow(/09-test\.mdx:1: <Fact>: missing "id"/);
    await expect(build('<Fact id={"ff1-gpus"} />')).rejects.toThrow(/"id" must be a plain string/);
  });
  it('rejects an unknown source and an unknown chart', async () => {
    await expect(build('<Cite id="seed-999" />')).rejects.toThrow(/<Cite id="seed-999">: unknown source id/);
    await expect(build('<Scrolly chart="pie">\n<Step>a</Step>\n</Scrolly>')).rejects.toThrow(/chart "pie": unknown chart/);
  });
  it('rejects a scrolly whose steps do not match its chart, and a stray step', async () => {
    await expect(build('<Scrolly chart="gpu-units">\n<Step>a</Step>\n</Scrolly>')).rejects.toThrow(/has 1 <Step>s; the chart has 2 states/);
    await expect(build('<Step>a</Step>')).rejects.toThrow(/<Step> outside a <Scrolly>/);
  });
  it('knows the registry and chart ids of the story', () => {
    const story = storyRefs();
    expect(story.facts.has('ff1-gpus')).toBe(true);
    expect(story.charts.get('timeline')).toBe(7);
  });
});
