/**
 * The layers of src/, lowest first, and the rule that holds them: a module imports only from its
 * own folder and from folders of a lower layer, never from a higher layer or a sibling of its own
 * layer. The lowest layers are pure (no node: import), and the browser tier (client/) imports only
 * itself and the mark format. Imports are read with TypeScript's own pre-processor, from .ts files
 * and from the frontmatter and <script> blocks of .astro files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Folders of src/ by layer, lowest first (docs/architecture.md explains each). */
const LAYERS: readonly (readonly string[])[] = [
  ['types', 'config', 'utils', 'styles'], // the floor: pure helpers, site settings, CSS
  ['marks'], // the mark format both tiers read
  ['client'], // all browser code
  ['facts'], // the facts domain: what a fact is and how it reads (pure)
  ['data', 'editions'], // loading the registry from disk; the script editions
  ['charts', 'fonts', 'book', 'story'], // charts, typefaces, the book's files, content libraries
  ['authoring', 'cover', 'share-card', 'components-internals', 'integrations'],
  ['user-components'], // what an MDX author writes
  ['components'], // page chrome
  ['layouts'],
  ['pages', '(root)'], // routes, middleware and the content collections
];

/** Folders whose modules must not touch the file system or other Node built-ins. */
const PURE = ['types', 'config', 'utils', 'marks', 'client', 'facts'];

/** What the browser tier may import besides itself. */
const CLIENT_MAY_IMPORT = ['marks'];

const SRC = resolve('src');
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f): [string, number] => [f, i])));

/** The src/ folder a path belongs to ("(root)" for files directly in src/). */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split('/');
  return parts.length > 1 ? parts[0]! : '(root)';
}

/** Every .ts and .astro file under src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code of a file whose imports count: a .ts file whole, an .astro file's frontmatter and scripts. */
function codeOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

/** The module specifiers a file imports (static, dynamic and re-exports). */
function importsOf(path: string): string[] {
  return ts.preProcessFile(codeOf(path), true, true).importedFiles.map((f) => f.fileName);
}

interface Edge {
  file: string;
  from: string;
  to: string;
  spec: string;
}

/** Every import from one src/ folder into another, and every Node built-in import. */
function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    importsOf(file).flatMap((spec): Edge[] => {
      const from = folderOf(file);
      if (spec.startsWith('node:')) return [{ file, from, to: 'node:', spec }];
      if (!spec.startsWith('.')) return [];
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC)) return [];
      const to = folderOf(target);
      return to === from ? [] : [{ file, from, to, spec }];
    }),
  );
}

/** Why an import breaks the layers, or undefined when it keeps them. */
function problem({ from, to }: Edge): string | undefined {
  if (to === 'node:') return PURE.includes(from) ? `${from}/ is pure` : undefined;
  if (!rank.has(from)) return `src/${from}/ is not in a layer`;
  if (!rank.has(to)) return `src/${to}/ is not in a layer`;
  if (from === 'client' && !CLIENT_MAY_IMPORT.includes(to))
    return 'browser code imports build code';
  if (rank.get(to)! > rank.get(from)!) return `${to}/ is in a higher layer than ${from}/`;
  if (rank.get(to) === rank.get(from)) return `${to}/ is a sibling of ${from}/ in the same layer`;
  return undefined;
}

describe('the layers of src/', () => {
  const all = edges();

  it('reads the imports of .ts files and of .astro frontmatter and scripts', () => {
    const seen = (from: string, to: string) => all.some((e) => e.from === from && e.to === to);
    expect(seen('charts', 'facts')).toBe(true);
    expect(seen('user-components', 'components-internals')).toBe(true);
    expect(seen('user-components', 'client')).toBe(true);
  });

  it('puts every folder of src/ in a layer', () => {
    const folders = new Set(sourceFiles(SRC).map(folderOf));
    expect([...folders].filter((f) => !rank.has(f))).toEqual([]);
  });

  it('has no import from a lower layer to a higher one, nor between siblings', () => {
    const broken = all.flatMap((e) => {
      const why = problem(e);
      return why ? [`${relative(SRC, e.file)} imports ${e.spec}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('catches a break: the chart kit importing a page would be refused', () => {
    const edge = {
      file: 'src/charts/kit/x.ts',
      from: 'charts',
      to: 'pages',
      spec: '../../pages/x',
    };
    expect(problem(edge)).toBe('pages/ is in a higher layer than charts/');
    expect(problem({ ...edge, from: 'facts', to: 'node:', spec: 'node:fs' })).toBe(
      'facts/ is pure',
    );
    expect(problem({ ...edge, from: 'client', to: 'utils', spec: '../utils/x' })).toBe(
      'browser code imports build code',
    );
  });
});
