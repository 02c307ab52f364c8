import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../../src/story/chapter-schema.ts';

const good = { title: '幻方与萤火', order: 1, summary: '一家量化基金怎样攒下上万张GPU。' };

describe('chapter frontmatter', () => {
  it('accepts title, order and summary', () => {
    expect(chapterSchema.parse(good)).toMatchObject(good);
  });
  it.each([
    [{ ...good, title: '' }, 'title'],
    [{ ...good, order: 'one' }, 'order'],
    [{ ...good, order: 1.5 }, 'order'],
    [{ title: '幻方', order: 1 }, 'summary'],
    [{ ...good, summery: 'typo' }, ''],
  ])('rejects %o at field "%s"', (data, field) => {
    const result = chapterSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe(field);
  });
});
