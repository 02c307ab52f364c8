import { describe, expect, it } from 'vitest';
import { editionFromPath, switchEditionPath, withBase } from '../../../src/editions/urls.ts';

describe('URLs under a base path', () => {
  it('joins base and path', () => {
    expect(withBase('/', 'zh-cn/')).toBe('/zh-cn/');
    expect(withBase('/stories/deepseek', '/zh-tw/x/')).toBe('/stories/deepseek/zh-tw/x/');
  });
  it('finds the edition of a path', () => {
    expect(editionFromPath('/stories/deepseek/zh-hk/huanfang/', '/stories/deepseek/')).toBe(
      'zh-hk',
    );
    expect(editionFromPath('/zh-hk/', '/stories/deepseek/')).toBeUndefined();
    expect(editionFromPath('/404.html', '/')).toBeUndefined();
  });
  it('switches edition keeping the page', () => {
    expect(
      switchEditionPath('/stories/deepseek/zh-cn/huanfang/', '/stories/deepseek/', 'zh-tw'),
    ).toBe('/stories/deepseek/zh-tw/huanfang/');
    expect(switchEditionPath('/zh-tw/', '/', 'zh-hk')).toBe('/zh-hk/');
  });
});
