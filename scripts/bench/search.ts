/**
 * What search loads when a reader opens it, in headless Chromium (phone viewport, fresh
 * context, no CPU slowdown): the page loads until the network is idle, then the search button is
 * pressed and a query typed in another script than the page's (英伟达 on zh-TW and zh-HK, 輝達 on
 * zh-CN). Every request after the press is listed with its bytes on the wire (gzipped when the
 * server compresses) and its kind (Pagefind's code, its WebAssembly, index chunks, the query
 * table); the time is from the press to the first result shown. Search files requested before the
 * press count against the site (they must be none), and each file is checked for OpenCC code.
 */
import type { Browser } from 'playwright-core';
import { findOpenccMarkers } from './bytes.ts';

/** One file search loaded. */
export interface SearchFile {
  path: string;
  kind: 'code' | 'wasm' | 'index' | 'query table' | 'other';
  bytes: number;
  opencc: string[];
}

/** What opening search cost on one page. */
export interface SearchLoad {
  page: string;
  query: string;
  files: SearchFile[];
  bytes: number;
  /** search files (Pagefind, query tables) requested before the reader opened search */
  beforeOpen: string[];
  /** from pressing the button to the first result on screen */
  msToResults: number;
  results: number;
  error?: string;
}

const kindOf = (path: string): SearchFile['kind'] =>
  /query-[a-z-]+\.json$/.test(path)
    ? 'query table'
    : /\/wasm\.[^/]*$|\.wasm$/.test(path)
      ? 'wasm'
      : /\.js$/.test(path)
        ? 'code'
        : /pagefind\/(index|fragment|filter)\/|pagefind-entry\.json|\.pf_/.test(path)
          ? 'index'
          : 'other';

/** Opens search on `url`, types `query`, and reports what it loaded. */
export async function measureSearch(
  browser: Browser,
  url: string,
  query: string,
): Promise<SearchLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const before: string[] = [];
  const after: Promise<SearchFile | null>[] = [];
  let opened = false;
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!opened) {
      if (/pagefind|query-/.test(path)) before.push(path);
      return;
    }
    after.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const body = response
          ? await response.body().catch(() => Buffer.alloc(0))
          : Buffer.alloc(0);
        return {
          path,
          kind: kindOf(path),
          bytes: sizes.responseBodySize,
          opencc: /\.(js|json)$/.test(path) ? findOpenccMarkers(body.toString('utf8')) : [],
        };
      })(),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    opened = true;
    const start = Date.now();
    await page.click('[data-search-open]');
    await page.fill('[data-search-input]', query);
    await page.waitForSelector('[data-search-results] li a', { timeout: 30_000 });
    const msToResults = Date.now() - start;
    await page.waitForLoadState('networkidle');
    const results = await page.locator('[data-search-results] li').count();
    const files = (await Promise.all(after)).filter((f): f is SearchFile => f !== null);
    return {
      page: new URL(url).pathname,
      query,
      files,
      bytes: files.reduce((a, f) => a + f.bytes, 0),
      beforeOpen: before,
      msToResults,
      results,
    };
  } catch (error) {
    return {
      page: new URL(url).pathname,
      query,
      files: [],
      bytes: 0,
      beforeOpen: before,
      msToResults: 0,
      results: 0,
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await context.close();
  }
}

/** A table of what search loaded, one row per page, bytes by kind. */
export function searchTable(loads: readonly SearchLoad[]): string {
  const kib = (n: number) => `${(n / 1024).toFixed(1)}`;
  const kinds: SearchFile['kind'][] = ['code', 'wasm', 'index', 'query table', 'other'];
  const head = [
    'page',
    'query',
    'requests',
    ...kinds.map((k) => `${k} KiB`),
    'total KiB',
    'ms to results',
  ];
  const rows = loads.map((l) =>
    l.error
      ? [l.page, l.query, `failed: ${l.error}`]
      : [
          l.page,
          l.query,
          String(l.files.length),
          ...kinds.map((k) =>
            kib(l.files.filter((f) => f.kind === k).reduce((a, f) => a + f.bytes, 0)),
          ),
          kib(l.bytes),
          String(l.msToResults),
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    'Search, loaded when the reader first opens it (bytes on the wire; nothing of it on a screen load):',
    line(head),
    ...rows.map(line),
  ].join('\n');
}
