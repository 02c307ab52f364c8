/**
 * The naive baseline page: the same chapter HTML as the real build, with the site's scripts
 * taken out and one esbuild bundle of baseline-page.js (beside this file) put in: all of d3 and
 * the full opencc-js, converting the page to zh-TW in the browser on load. It is written into a copy of
 * the build in a temporary directory, over the chapter's own file (so the stylesheets, images
 * and everything the page links relatively resolve as on the real page), with the bundle at
 * /_baseline/baseline.js, and served from there on its own port, next to the real build.
 */
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isCodeScriptType } from './bytes.ts';

/** The project root. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The baseline's source, bundled for the browser. */
export const BASELINE_ENTRY = join(ROOT, 'scripts/bench/baseline-page.js');

/** URL path of the baseline bundle in its directory. */
export const BUNDLE_PATH = '/_baseline/baseline.js';

/** A baseline page ready to serve. */
export interface Baseline {
  dir: string;
  /** URL path of the baseline page: that of the chapter it was made from */
  path: string;
  cleanup(): Promise<void>;
}

/** The attribute `name` of a start tag's attribute text, if present. */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attrs,
  );
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/**
 * Takes a page's own scripts out (every <script> that holds or loads code, and
 * <link rel="modulepreload">; JSON islands stay) and loads `bundleHref` as a module script at the
 * end of <head> instead.
 */
export function makeBaselineHtml(html: string, bundleHref: string): string {
  const stripped = html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (whole, attrs: string) =>
      isCodeScriptType(attr(attrs, 'type') ?? '') ? '' : whole,
    )
    .replace(/<link\b([^>]*)>/gi, (whole, attrs: string) =>
      (attr(attrs, 'rel') ?? '').toLowerCase().split(/\s+/).includes('modulepreload') ? '' : whole,
    );
  const tag = `<script type="module" src="${bundleHref}"></script>`;
  return stripped.includes('</head>')
    ? stripped.replace('</head>', `${tag}</head>`)
    : tag + stripped;
}

/** Bundles the baseline's source (minified, one ES module) and returns the code. */
export async function bundleBaseline(): Promise<Buffer> {
  const result = await build({
    entryPoints: [BASELINE_ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    absWorkingDir: ROOT,
    logLevel: 'silent',
    legalComments: 'none',
    charset: 'utf8',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output for the baseline');
  return Buffer.from(out.contents);
}

/** Makes the baseline page from the chapter at `chapterFile` (relative to `dist`), in a new temporary directory. */
export async function makeBaseline(
  dist: string,
  chapterFile: string,
  chapterPath: string,
): Promise<Baseline> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-baseline-'));
  try {
    await cp(dist, dir, { recursive: true });
    const html = await readFile(join(dist, chapterFile), 'utf8');
    await mkdir(join(dir, dirname(BUNDLE_PATH)), { recursive: true });
    await writeFile(join(dir, BUNDLE_PATH), await bundleBaseline());
    await writeFile(join(dir, chapterFile), makeBaselineHtml(html, BUNDLE_PATH));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, path: chapterPath, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
