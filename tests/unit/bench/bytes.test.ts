import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extractImports,
  extractPageRefs,
  findOpenccMarkers,
  pageBytes,
  resolveRef,
  sizeOf,
  sumSizes,
  unescapeUnicode,
} from '../../../scripts/bench/bytes.ts';

describe('what a page loads', () => {
  it('finds script sources, stylesheets and module preloads, not JSON islands', () => {
    const refs = extractPageRefs(`<html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <link rel="modulepreload" href="/_astro/pre.js"><link rel="alternate stylesheet" href="/alt.css">
      <script type="application/ld+json">{"a":1}</script></head><body>
      <script type="module" src="/_astro/x.js"></script><script src="classic.js"></script>
      <script type="application/json" data-chart-states>{"states":[]}</script>
      <script type="module">import "./inline-dep.js";</script></body></html>`);
    expect(refs.assets).toEqual([
      { kind: 'stylesheet', href: '/_astro/a.css' },
      { kind: 'script', href: '/_astro/pre.js' },
      { kind: 'stylesheet', href: '/alt.css' },
      { kind: 'script', href: '/_astro/x.js' },
      { kind: 'script', href: 'classic.js' },
    ]);
    expect(refs.inlineScripts).toEqual([{ type: 'module', text: 'import "./inline-dep.js";' }]);
  });

  it('reads static and dynamic imports from minified modules', () => {
    const js =
      'import{n as e}from"./keep-place.js";import"./side.js";export*from"./re.js";export{a as b}from\'./re2.js\';' +
      'e();const s=()=>a(()=>import(`/pagefind/pagefind.js`),[]);import("./lazy.js");let t="import x from \'nope\'";';
    expect(extractImports(js)).toEqual({
      static: ['./keep-place.js', './side.js', './re.js', './re2.js'],
      dynamic: ['/pagefind/pagefind.js', './lazy.js'],
    });
    expect(extractImports('import * as d3 from "d3";\nimport {x} from "../y.js"').static).toEqual([
      'd3',
      '../y.js',
    ]);
  });

  it('maps references to files of the build', () => {
    expect(resolveRef('/_astro/a.js', '/zh-cn/x/')).toBe('_astro/a.js');
    expect(resolveRef('./b.js', '/_astro/a.js')).toBe('_astro/b.js');
    expect(resolveRef('../img/c.svg', '/zh-cn/x/')).toBe('zh-cn/img/c.svg');
    expect(resolveRef('/zh-cn/x/', '/')).toBe('zh-cn/x/index.html');
    expect(resolveRef('/sub/_astro/a.js', '/sub/zh-cn/', '/sub/')).toBe('_astro/a.js');
    expect(resolveRef('/elsewhere/a.js', '/sub/zh-cn/', '/sub/')).toBeUndefined();
    expect(resolveRef('https://cdn.example.org/d3.js', '/zh-cn/')).toBeUndefined();
    expect(resolveRef('d3', '/_astro/a.js')).toBeUndefined();
    expect(resolveRef('/_astro/%E4%B8%AD.js', '/')).toBe('_astro/中.js');
  });

  it('spots OpenCC code by its dictionary markers', () => {
    expect(findOpenccMarkers('var d="丁丁當 丁丁当|STPhrases";import "opencc-js"')).toEqual([
      'opencc',
      'STPhrases',
      '丁丁當',
    ]);
    expect(findOpenccMarkers('export const Converter=1; // OpenCC')).toEqual(['opencc']);
    expect(findOpenccMarkers('scrollama(); d3.select("svg")')).toEqual([]);
    // dictionaries survive minification as data, often with escaped characters
    expect(findOpenccMarkers('var a="\\u3437 \\u508C|\\u3439 \\u3476|\\u343D \\u5051"')).toEqual([
      '㐷 傌|㐹 㑶',
    ]);
    expect(findOpenccMarkers('x="一丝不挂 一絲不掛|一了心愿 一了心願"')).toEqual([
      '一丝不挂 一絲不掛',
    ]);
  });

  it('reads escaped characters', () => {
    expect(unescapeUnicode('\\u4e00\\u{20000}x')).toBe('一\u{20000}x');
  });

  it('sizes content raw and gzipped', () => {
    const text = 'DeepSeek '.repeat(200);
    expect(sizeOf(text)).toEqual({ raw: 1800, gzip: gzipSync(Buffer.from(text)).length });
    expect(
      sumSizes([
        { raw: 1, gzip: 2 },
        { raw: 3, gzip: 4 },
      ]),
    ).toEqual({ raw: 4, gzip: 6 });
  });
});

describe('the bytes of a page in a build directory', () => {
  let dir: string;
  const files: Record<string, string> = {
    'zh-cn/ch/index.html':
      '<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/a.js"></script>' +
      '<script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/missing.js"></script>',
    '_astro/s.css': 'body{margin:0}',
    '_astro/a.js': 'import{x}from"./shared.js";x();',
    '_astro/b.js': 'import{y}from"./shared.js";y(()=>import("./lazy.js"));',
    '_astro/shared.js': 'export const x=1,y=2;',
    '_astro/lazy.js': 'import"./a.js";var dict="STPhrases";',
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bytes-test-'));
    for (const [path, body] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), body);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('sums HTML, CSS and the module graph once per file, lazy modules apart', async () => {
    const bytes = await pageBytes(dir, '/zh-cn/ch/');
    const size = (path: string) => sizeOf(files[path]!);
    expect(bytes.files.map((f) => [f.path, f.kind])).toEqual([
      ['zh-cn/ch/index.html', 'html'],
      ['_astro/s.css', 'css'],
      ['_astro/a.js', 'js'],
      ['_astro/shared.js', 'js'],
      ['_astro/b.js', 'js'],
      ['_astro/lazy.js', 'lazy-js'],
    ]);
    expect(bytes.html).toEqual(size('zh-cn/ch/index.html'));
    expect(bytes.css).toEqual(size('_astro/s.css'));
    expect(bytes.js).toEqual(
      sumSizes([size('_astro/a.js'), size('_astro/shared.js'), size('_astro/b.js')]),
    );
    expect(bytes.lazyJs).toEqual(size('_astro/lazy.js'));
    expect(bytes.total).toEqual(sumSizes([bytes.html, bytes.css, bytes.js]));
    expect(bytes.unresolved).toEqual(['/_astro/missing.js']);
    expect(bytes.opencc).toEqual([{ file: '_astro/lazy.js', markers: ['STPhrases'] }]);
  });
});
