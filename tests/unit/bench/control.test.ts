import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { controlHtml } from '../../../scripts/bench/control.ts';

describe('control page', () => {
  it('is one paragraph in the chapter’s language, with no script, stylesheet or image', () => {
    const html = controlHtml('zh-cn');
    const tags: string[] = [];
    new Parser({ onopentag: (name) => tags.push(name) }).end(html);
    expect(html).toContain('<html lang="zh-cn">');
    expect(tags.filter((t) => t === 'p')).toHaveLength(1);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('link');
    expect(tags).not.toContain('img');
    expect(tags).not.toContain('style');
  });
});
