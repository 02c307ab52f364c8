import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  discoverChapters,
  hasScrolly,
  isChapterHtml,
  linkedSlug,
  listHtmlFiles,
  readingOrder,
  sortEditions,
  urlPathOf,
} from '../../../scripts/bench/pages.ts';

const chapter = (prev?: string, next?: string, scrolly = false): string =>
  `<main><article class="article" data-pagefind-body><header><h1>t</h1><p class="chapter-meta">阅读约 3 分钟</p></header>` +
  (scrolly ? '<section class="scrolly" data-scrolly="timeline"></section>' : '') +
  `<nav class="chapter-nav">${prev ? `<a rel="prev" href="/zh-cn/${prev}/">p</a>` : ''}${next ? `<a rel="next" href="/zh-cn/${next}/">n</a>` : ''}</nav></article></main>`;

describe('chapter pages', () => {
  it('tells a chapter from the cover and the sources page', () => {
    expect(isChapterHtml(chapter())).toBe(true);
    expect(
      isChapterHtml(
        '<main class="cover"><article class="article-card"><p class="chapter-meta">x</p></article></main>',
      ),
    ).toBe(false);
    expect(
      isChapterHtml(
        '<article class="article sources" data-pagefind-body><p class="chapter-meta">x</p></article>',
      ),
    ).toBe(false);
    expect(isChapterHtml('<article class="article"><h1>来源</h1></article>')).toBe(false);
    expect(hasScrolly(chapter(undefined, undefined, true))).toBe(true);
    expect(hasScrolly(chapter())).toBe(false);
  });

  it('reads the next and previous links', () => {
    expect(linkedSlug(chapter('a', 'b'), 'next')).toBe('b');
    expect(linkedSlug(chapter('a', 'b'), 'prev')).toBe('a');
    expect(linkedSlug(chapter(), 'next')).toBeUndefined();
  });

  it('orders chapters along their next links', () => {
    expect(
      readingOrder([{ slug: 'c' }, { slug: 'a', next: 'b' }, { slug: 'b', next: 'c' }]),
    ).toEqual(['a', 'b', 'c']);
    expect(readingOrder([{ slug: 'z', next: 'gone' }, { slug: 'y' }])).toEqual(['y', 'z']);
    expect(
      readingOrder([
        { slug: 'a', next: 'b' },
        { slug: 'b', next: 'a' },
      ]),
    ).toEqual(['a', 'b']);
  });

  it('orders editions as the site does', () => {
    expect(sortEditions(['zh-hk', 'zh-sg', 'zh-cn', 'zh-tw'])).toEqual([
      'zh-cn',
      'zh-tw',
      'zh-hk',
      'zh-sg',
    ]);
  });

  it('names URL paths', () => {
    expect(urlPathOf('zh-cn/x/index.html')).toBe('/zh-cn/x/');
    expect(urlPathOf('index.html', '/sub')).toBe('/sub/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});

describe('finding the chapters of a build', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pages-test-'));
    const files: Record<string, string> = {
      'index.html': '<html></html>',
      '404.html': '<html></html>',
      'zh-cn/index.html': '<main class="cover"></main>',
      'zh-cn/sources/index.html':
        '<article class="article sources"><p class="chapter-meta">x</p></article>',
      'zh-cn/corrections/index.html':
        '<article class="article corrections"><nav class="toc"></nav></article>',
      'zh-cn/method/index.html': chapter(undefined, 'huanfang'),
      'zh-cn/huanfang/index.html': chapter('method', 'r1', true),
      'zh-cn/r1/index.html': chapter('huanfang', undefined, true),
      'zh-tw/method/index.html': chapter(undefined, 'huanfang'),
      'zh-tw/huanfang/index.html': chapter('method'),
      '_astro/a.js': '',
    };
    for (const [path, body] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), body);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lists every chapter of every edition in reading order', async () => {
    const pages = await discoverChapters(dir);
    expect(pages.map((p) => `${p.edition}/${p.slug}`)).toEqual([
      'zh-cn/method',
      'zh-cn/huanfang',
      'zh-cn/r1',
      'zh-tw/method',
      'zh-tw/huanfang',
    ]);
    expect(pages[1]).toEqual({
      edition: 'zh-cn',
      slug: 'huanfang',
      path: '/zh-cn/huanfang/',
      file: 'zh-cn/huanfang/index.html',
      hasScrolly: true,
    });
  });

  it('lists every HTML file', async () => {
    expect(await listHtmlFiles(dir)).toEqual([
      '404.html',
      'index.html',
      'zh-cn/corrections/index.html',
      'zh-cn/huanfang/index.html',
      'zh-cn/index.html',
      'zh-cn/method/index.html',
      'zh-cn/r1/index.html',
      'zh-cn/sources/index.html',
      'zh-tw/huanfang/index.html',
      'zh-tw/method/index.html',
    ]);
  });
});
