/**
 * Bad input stops the build with a message naming the file and the field. Each case
 * builds a copy of the project whose content has one thing broken.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuild } from './site.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the project (sharing node_modules) in which `edit` breaks something. */
function brokenProject(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'story-broken-'));
  dirs.push(dir);
  for (const entry of [
    'src',
    'content',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  edit(dir);
  return dir;
}

function editJson(file: string, change: (value: any) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  change(value);
  writeFileSync(file, JSON.stringify(value));
}

async function buildFails(dir: string): Promise<string> {
  const result = await runBuild({ outDir: join(dir, 'dist'), cwd: dir });
  expect(result.code).not.toBe(0);
  return result.output;
}

describe('bad input stops the build', () => {
  it('a malformed frontmatter field names the chapter file and the field', async () => {
    const dir = brokenProject((d) => {
      const file = join(d, 'content/chapters/00-method.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('order: 0', 'order: first'));
    });
    const output = await buildFails(dir);
    expect(output).toContain('content/chapters/00-method.mdx');
    expect(output).toMatch(/order.*Expected type `"number"`/);
  });

  it('an empty glossary entry names the glossary file and the field', async () => {
    const dir = brokenProject((d) =>
      editJson(
        join(d, 'content/glossary.json'),
        (g) =>
          (g.terms[2] = {
            cn: '硅谷',
            region: 'both',
            'zh-tw': '',
            'zh-hk': '矽谷',
            source: '中央社',
          }),
      ),
    );
    expect(await buildFails(dir)).toContain(
      'content/glossary.json: terms[2].zh-tw: must not be empty',
    );
  });

  it('an unknown edition in the glossary names the file and the field', async () => {
    const dir = brokenProject((d) =>
      editJson(
        join(d, 'content/glossary.json'),
        (g) =>
          (g.terms[0] = {
            cn: '英伟达',
            region: 'both',
            'zh-tw': '輝達',
            'zh-hk': '英偉達',
            'zh-mo': '輝達',
            source: '中央社',
          }),
      ),
    );
    expect(await buildFails(dir)).toMatch(/content\/glossary\.json: terms\[0\].*zh-mo/);
  });

  it('a glossary entry without its source names the file and the field', async () => {
    const dir = brokenProject((d) =>
      editJson(join(d, 'content/glossary.json'), (g) => delete g.terms[1].source),
    );
    expect(await buildFails(dir)).toContain('content/glossary.json: terms[1].source');
  });

  it('a sense the glossary does not have names the chapter file, the word and the sense', async () => {
    const dir = brokenProject((d) => {
      const file = join(d, 'content/chapters/00-method.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          '<Fact id="r1-nature-date" />',
          '<Fact id="deepseek-founded" /><Sense of="nonsense">程序</Sense>',
        ),
      );
    });
    expect(await buildFails(dir)).toMatch(
      /content\/chapters\/00-method\.mdx:\d+: <Sense of="nonsense">程序<\/Sense>: the glossary .* has no sense "nonsense" for "程序" \(it has: program\)/,
    );
  });

  it('an unknown fact id names the chapter file and the id', async () => {
    const dir = brokenProject((d) => {
      const file = join(d, 'content/chapters/00-method.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('<Fact id="r1-nature-date" />', '<Fact id="ff1-gpu" />'),
      );
    });
    expect(await buildFails(dir)).toMatch(
      /content\/chapters\/00-method\.mdx:\d+: <Fact id="ff1-gpu">: unknown fact id/,
    );
  });

  it('a figure typed into chapter prose names the file, the line and the numeral', async () => {
    const dir = brokenProject((d) => {
      const file = join(d, 'content/chapters/00-method.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('<Fact id="r1-nature-date" />', '2025年9月'),
      );
    });
    expect(await buildFails(dir)).toMatch(
      /content\/chapters\/00-method\.mdx:\d+: the numeral "2025" is typed into the prose/,
    );
  });

  it('a word about how the site was made, in a fact note, names the file, the fact and the field', async () => {
    const dir = brokenProject((d) =>
      editJson(
        join(d, 'content/data/facts/ch1.json'),
        (facts) => (facts.find((f: { id: string }) => f.id === 'ff1-gpus').note = '见种子文章'),
      ),
    );
    expect(await buildFails(dir)).toContain(
      'content/data/facts/ch1.json: entry "ff1-gpus": field "note": "种子" speaks of how the site was made',
    );
  });

  it('a fact without a source names the registry file, the fact and the field', async () => {
    const dir = brokenProject((d) =>
      editJson(
        join(d, 'content/data/facts/ch1.json'),
        (facts) => (facts.find((f: { id: string }) => f.id === 'ff1-gpus').sources = []),
      ),
    );
    expect(await buildFails(dir)).toContain(
      'content/data/facts/ch1.json: entry "ff1-gpus": field "sources": a fact needs at least one source',
    );
  });

  it('a character no carried typeface has names the character and the pages that use it', async () => {
    const dir = brokenProject((d) => {
      const file = join(d, 'content/chapters/01-huanfang.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n古埃及人把人画成𓀀这样。\n`);
    });
    const output = await buildFails(dir);
    expect(output).toContain(
      'The zh-cn serif typeface (noto-serif-sc-400, noto-serif-tc-400, noto-serif-hk-400) has no glyph for 1 character(s)',
    );
    expect(output).toContain('"𓀀" (U+13000) on zh-cn/huanfang/index.html');
    expect(output).toContain('"𓀀" (U+13000) on zh-hk/huanfang/index.html');
  });

  it('a JSON syntax error in a chart dataset names the file, line and column', async () => {
    const dir = brokenProject((d) => {
      const file = join(d, 'content/data/charts/market-moves.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"title":', 'title:'));
    });
    expect(await buildFails(dir)).toMatch(
      /content\/data\/charts\/market-moves\.json:2:3: not valid JSON/,
    );
  });

  it('a chart dataset field of the wrong type names the file and the field', async () => {
    const dir = brokenProject((d) =>
      editJson(join(d, 'content/data/charts/market-moves.json'), (m) => (m.rows[1].step = 'one')),
    );
    expect(await buildFails(dir)).toMatch(
      /content\/data\/charts\/market-moves\.json: rows\[1\]\.step: /,
    );
  });
});
