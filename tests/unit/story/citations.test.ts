import { describe, expect, it } from 'vitest';
import { endnoteId, numberRuns, runLabel } from '../../../src/story/citations.ts';
import { mergeAdjacentCites } from '../../../src/story/cite-groups.ts';

describe('citation groups', () => {
  it('orders numbers and joins consecutive ones into runs', () => {
    expect(numberRuns([5, 3, 4, 9, 3]).map(runLabel)).toEqual(['3–5', '9']);
    expect(numberRuns([65, 64]).map(runLabel)).toEqual(['64–65']);
    expect(numberRuns([42, 54]).map(runLabel)).toEqual(['42', '54']);
  });

  it("an endnote's id is derived from its source's", () => {
    expect(endnoteId('tech-media-v3-huanfang')).toBe('source-tech-media-v3-huanfang');
  });

  it('merges neighbouring <Cite>s (also across a space) into the first, with every id', () => {
    const cite = (id: string) => ({
      type: 'mdxJsxTextElement',
      name: 'Cite',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
      children: [],
    });
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: '一句话。' },
            cite('a'),
            cite('b'),
            { type: 'text', value: ' ' },
            cite('c'),
            { type: 'text', value: ' 下一句。' },
            cite('d'),
          ],
        },
      ],
    };
    mergeAdjacentCites(tree);
    const paragraph = tree.children[0]!.children as {
      type: string;
      value?: string;
      attributes?: { name: string; value: string }[];
    }[];
    expect(paragraph.map((n) => n.value ?? n.attributes?.map((a) => a.value).join('|'))).toEqual([
      '一句话。',
      'a|a b c',
      ' 下一句。',
      'd',
    ]);
  });
});
