/**
 * Bad input stops the build with a message naming the file and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuild } from './site.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of content/ inside the project (so relative paths work), changed by `edit`. */
function brokenContent(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(process.cwd(), '.broken-content-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return relative(process.cwd(), dir);
}

describe('bad input stops the build', () => {
  it('a malformed frontmatter field names the chapter file and the field', async () => {
    const content = brokenContent((dir) => {
      const file = join(dir, 'chapters/00-method.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('order: 0', 'order: first'));
    });
    const out = mkdtempSync(join(tmpdir(), 'story-out-'));
    dirs.push(out);
    const result = await runBuild({ outDir: out, contentDir: content });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/00-method/);
    expect(result.output).toMatch(/order/);
  });

  it('an empty glossary entry names the glossary file and the field', async () => {
    const content = brokenContent((dir) => {
      const file = join(dir, 'glossary.json');
      const glossary = JSON.parse(readFileSync(file, 'utf8'));
      glossary.terms[2] = { cn: '硅谷', both: '' };
      writeFileSync(file, JSON.stringify(glossary));
    });
    const out = mkdtempSync(join(tmpdir(), 'story-out-'));
    dirs.push(out);
    const result = await runBuild({ outDir: out, contentDir: content });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('glossary.json: terms[2].both: must not be empty');
  });

  it('an unknown edition in the glossary names the file and the field', async () => {
    const content = brokenContent((dir) => {
      const file = join(dir, 'glossary.json');
      const glossary = JSON.parse(readFileSync(file, 'utf8'));
      glossary.terms[0] = { cn: '英伟达', 'zh-mo': '輝達' };
      writeFileSync(file, JSON.stringify(glossary));
    });
    const out = mkdtempSync(join(tmpdir(), 'story-out-'));
    dirs.push(out);
    const result = await runBuild({ outDir: out, contentDir: content });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/glossary\.json: terms\[0\].*zh-mo/);
  });
});
