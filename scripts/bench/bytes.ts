/**
 * Byte sizes of a built page: the HTML file, the stylesheets it links and the JavaScript it
 * loads (its <script src> tags, <link rel="modulepreload"> and every module those import
 * statically, followed recursively). Modules reachable only through a dynamic import() with a
 * literal specifier are counted apart, as lazy JavaScript. Sizes are raw and gzipped (zlib
 * default level 6, the level an on-the-fly compressing server typically uses).
 *
 * The parsing functions are pure; `pageBytes` reads the files from a build directory.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/** An asset a page refers to. */
export interface AssetRef {
  kind: 'script' | 'stylesheet';
  href: string;
}

/** A script written inline in the page. */
export interface InlineScript {
  type: string;
  text: string;
}

/** What an HTML document loads. */
export interface PageRefs {
  assets: AssetRef[];
  inlineScripts: InlineScript[];
}

const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** True when a <script type> holds code (not a JSON island or ld+json). */
export function isCodeScriptType(type: string): boolean {
  return SCRIPT_TYPES.has(type.trim().toLowerCase());
}

/** The scripts and stylesheets an HTML document loads, in document order, and its inline code scripts. */
export function extractPageRefs(html: string): PageRefs {
  const assets: AssetRef[] = [];
  const inlineScripts: InlineScript[] = [];
  let inScript: { type: string; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') {
          const type = attrs.type ?? '';
          if (attrs.src !== undefined) {
            if (isCodeScriptType(type)) assets.push({ kind: 'script', href: attrs.src });
          } else inScript = { type, text: '' };
        } else if (name === 'link' && attrs.href !== undefined) {
          const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          if (rel.includes('stylesheet')) assets.push({ kind: 'stylesheet', href: attrs.href });
          else if (rel.includes('modulepreload')) assets.push({ kind: 'script', href: attrs.href });
        }
      },
      ontext(text) {
        if (inScript) inScript.text += text;
      },
      onclosetag(name) {
        if (name === 'script' && inScript) {
          if (isCodeScriptType(inScript.type) && inScript.text.trim()) inlineScripts.push(inScript);
          inScript = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { assets, inlineScripts };
}

/** Specifiers a JavaScript module imports: static (`import … from "x"`, `import "x"`, `export … from "x"`) and dynamic (`import("x")` with a literal). */
export interface ModuleImports {
  static: string[];
  dynamic: string[];
}

const QUOTED = String.raw`(?:"([^"\n]+)"|'([^'\n]+)'|\x60([^\x60\n$]+)\x60)`;
const STATIC_IMPORT = new RegExp(
  String.raw`(?:^|[;\n}{)\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?` + QUOTED,
  'g',
);
const DYNAMIC_IMPORT = new RegExp(String.raw`\bimport\s*\(\s*` + QUOTED + String.raw`\s*\)`, 'g');

/** The import specifiers in a (possibly minified) JavaScript module, each listed once. */
export function extractImports(js: string): ModuleImports {
  const pick = (re: RegExp): string[] => {
    const found = new Set<string>();
    for (const m of js.matchAll(re)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec) found.add(spec);
    }
    return [...found];
  };
  return { static: pick(STATIC_IMPORT), dynamic: pick(DYNAMIC_IMPORT) };
}

/**
 * Maps a reference found in a file served at `fromPath` (a URL path such as /zh-cn/x/ or
 * /_astro/a.js) to a path relative to the build directory, or undefined when it points to
 * another origin, is a bare package name, or lies outside `base`.
 */
export function resolveRef(ref: string, fromPath: string, base = '/'): string | undefined {
  if (!/^(?:\/|\.\/|\.\.\/|https?:)/.test(ref)) return undefined; // bare specifier, data:, blob:
  const origin = 'http://bench.invalid';
  let url: URL;
  try {
    url = new URL(ref, origin + fromPath);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(prefix)) return undefined;
  const rel = path.slice(prefix.length);
  return rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel;
}

/** Raw and gzipped size. */
export interface Size {
  raw: number;
  gzip: number;
}

/** Size of some content, raw and gzipped with zlib's default level. */
export function sizeOf(content: Buffer | string): Size {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buf.length, gzip: gzipSync(buf).length };
}

/** Adds sizes. */
export function sumSizes(sizes: Size[]): Size {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/**
 * Strings that only opencc-js or the OpenCC dictionaries contain: the library's name (also in its
 * "ignore-opencc" class), dictionary names, and the first entries of the STCharacters and
 * STPhrases dictionaries (which every Simplified-to-Traditional conversion needs) and of the
 * Taiwan phrase dictionary.
 */
export const OPENCC_MARKERS = [
  'opencc',
  'STPhrases',
  'TSPhrases',
  'TWPhrases',
  'HKVariants',
  '丁丁當',
  '㐷 傌|㐹 㑶',
  '一丝不挂 一絲不掛',
  'B超 超音波',
];

/** Undoes \uXXXX and \u{X…} escapes, which bundlers use to keep output ASCII. */
export function unescapeUnicode(text: string): string {
  return text.replace(
    /\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g,
    (_, wide?: string, narrow?: string) => String.fromCodePoint(parseInt((wide ?? narrow)!, 16)),
  );
}

/** The OpenCC markers found in code (case-insensitive for the Latin ones; escaped characters count). */
export function findOpenccMarkers(text: string): string[] {
  const lower = (text.includes('\\u') ? unescapeUnicode(text) : text).toLowerCase();
  return OPENCC_MARKERS.filter((m) => lower.includes(m.toLowerCase()));
}

/** One file a page loads. */
export interface LoadedFile extends Size {
  path: string;
  kind: 'html' | 'css' | 'js' | 'lazy-js';
  opencc: string[];
}

/** The bytes a page ships. */
export interface PageBytes {
  html: Size;
  css: Size;
  js: Size;
  lazyJs: Size;
  total: Size;
  files: LoadedFile[];
  /** References that could not be read from the build (other origins, missing files). */
  unresolved: string[];
  /** OpenCC markers in the page's inline scripts or any JavaScript it may load. */
  opencc: { file: string; markers: string[] }[];
}

/** Reads a page of a build directory and everything it loads; `pagePath` is its URL path (e.g. /zh-cn/huanfang/). */
export async function pageBytes(dir: string, pagePath: string, base = '/'): Promise<PageBytes> {
  const htmlFile = resolveRef(pagePath, '/', base);
  if (!htmlFile) throw new Error(`page ${pagePath} is outside base ${base}`);
  const html = await readFile(join(dir, htmlFile));
  const { assets, inlineScripts } = extractPageRefs(html.toString('utf8'));
  const files: LoadedFile[] = [{ path: htmlFile, kind: 'html', ...sizeOf(html), opencc: [] }];
  const unresolved: string[] = [];
  const opencc: { file: string; markers: string[] }[] = [];
  const inlineMarkers = findOpenccMarkers(inlineScripts.map((s) => s.text).join('\n'));
  if (inlineMarkers.length)
    opencc.push({ file: `${htmlFile} (inline script)`, markers: inlineMarkers });

  const seen = new Set<string>();
  const read = async (
    ref: string,
    from: string,
  ): Promise<{ path: string; body: Buffer } | undefined> => {
    const path = resolveRef(ref, from, base);
    if (!path) {
      unresolved.push(ref);
      return undefined;
    }
    if (seen.has(path)) return undefined;
    seen.add(path);
    try {
      return { path, body: await readFile(join(dir, path)) };
    } catch {
      unresolved.push(ref);
      return undefined;
    }
  };
  const urlOf = (path: string): string => `${base.endsWith('/') ? base : `${base}/`}${path}`;
  const lazyQueue: { ref: string; from: string }[] = [];
  const walkJs = async (ref: string, from: string, kind: 'js' | 'lazy-js'): Promise<void> => {
    const file = await read(ref, from);
    if (!file) return;
    const text = file.body.toString('utf8');
    const markers = findOpenccMarkers(text);
    if (markers.length) opencc.push({ file: file.path, markers });
    files.push({ path: file.path, kind, ...sizeOf(file.body), opencc: markers });
    const imports = extractImports(text);
    for (const spec of imports.static) await walkJs(spec, urlOf(file.path), kind);
    for (const spec of imports.dynamic) lazyQueue.push({ ref: spec, from: urlOf(file.path) });
  };
  for (const asset of assets) {
    if (asset.kind === 'stylesheet') {
      const file = await read(asset.href, pagePath);
      if (file) files.push({ path: file.path, kind: 'css', ...sizeOf(file.body), opencc: [] });
    } else await walkJs(asset.href, pagePath, 'js');
  }
  for (const script of inlineScripts) {
    if (script.type.trim().toLowerCase() !== 'module') continue;
    for (const spec of extractImports(script.text).static) await walkJs(spec, pagePath, 'js');
    for (const spec of extractImports(script.text).dynamic)
      lazyQueue.push({ ref: spec, from: pagePath });
  }
  // lazy modules: only what the eager graph has not loaded already
  while (lazyQueue.length) {
    const next = lazyQueue.shift()!;
    await walkJs(next.ref, next.from, 'lazy-js');
  }
  const of = (kind: LoadedFile['kind']): Size => sumSizes(files.filter((f) => f.kind === kind));
  const sizes = { html: of('html'), css: of('css'), js: of('js'), lazyJs: of('lazy-js') };
  return {
    ...sizes,
    total: sumSizes([sizes.html, sizes.css, sizes.js]),
    files,
    unresolved: [...new Set(unresolved)],
    opencc,
  };
}
