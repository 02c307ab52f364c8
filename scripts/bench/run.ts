/**
 * `npm run bench`: builds the site from clean (timed), serves it on 127.0.0.1, and measures every
 * chapter page of every edition, plus a naive baseline page, for bytes, requests, Lighthouse and
 * a scroll-through, and a control page (one paragraph, nothing else: see control.ts) for what the
 * browser and the machine cost on their own. Writes bench/results.json, prints tables, then one PASS/FAIL line per budget;
 * exits 1 when a budget fails (2 when the bench itself cannot run).
 *
 *   npm run bench                      everything (the default)
 *   npm run bench -- --quick           one edition only (zh-cn), for a faster look
 *   npm run bench -- --no-gzip         serve uncompressed (the default is gzip, as scripts/serve.mjs and static hosts do)
 *   npm run bench -- --no-build        measure the existing build in --out-dir, no build budget
 *   npm run bench -- --no-lighthouse   skip Lighthouse
 *   npm run bench -- --out-dir DIR     build into DIR instead of dist/
 *   npm run bench -- --cpu-throttle N  CPU slowdown of the scroll-through (default 4; 1 = none)
 *   npm run bench -- --scroll-speed N  CSS px per second of the scroll-through (default 1500, a fling; 300 is reading pace)
 *   npm run bench -- --baseline zh-cn/slug   the chapter the baseline is made from
 *   npm run bench -- --reports DIR     also save each page's full Lighthouse report (JSON) in DIR
 *   npm run bench -- --lighthouse-runs N   N Lighthouse runs per page, keeping the median (default 1)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '../serve.mjs';
import { findChromium, launchChromium } from '../chromium.ts';
import { makeBaseline, type Baseline } from './baseline.ts';
import { DEFAULT_TRACE, tracePage, type PageTrace, type TraceOptions } from './browser.ts';
import { timeBuild, type BuildTiming } from './build.ts';
import { CONTROL_PATH, controlHtml } from './control.ts';
import { findOpenccMarkers, pageBytes, resolveRef } from './bytes.ts';
import { startFront } from './front.ts';
import { measureSearch, searchTable, type SearchLoad } from './search.ts';
import { runLighthouse } from './lighthouse.ts';
import { discoverChapters, listHtmlFiles, urlPathOf, type ChapterPage } from './pages.ts';
import {
  baselineComparison,
  budgetLines,
  bytesTable,
  controlLine,
  diagnosis,
  evaluateBudgets,
  exitCode,
  speedTable,
  type BudgetResult,
  type OpenccHit,
  type PageResult,
} from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results.json');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: 'dist' },
    'cpu-throttle': { type: 'string', default: String(DEFAULT_TRACE.cpuThrottle) },
    'scroll-speed': { type: 'string', default: String(DEFAULT_TRACE.pxPerSecond) },
    baseline: { type: 'string' },
    reports: { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  const source = await readFile(fileURLToPath(import.meta.url), 'utf8');
  console.log(
    /\/\*\*([\s\S]*?)\*\//
      .exec(source)?.[1]
      ?.replace(/^ \* ?/gm, '')
      .trim(),
  );
  process.exit(0);
}

const started = performance.now();
const startedAt = new Date().toISOString();
const outDir = resolve(args['out-dir']);
const cpuThrottle = Number(args['cpu-throttle']);
if (!(cpuThrottle >= 1)) fail(`--cpu-throttle must be a number >= 1, not ${args['cpu-throttle']}`);
const lighthouseRuns = Number(args['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1)
  fail(`--lighthouse-runs must be a whole number >= 1, not ${args['lighthouse-runs']}`);
const pxPerSecond = Number(args['scroll-speed']);
if (!(pxPerSecond > 0))
  fail(`--scroll-speed must be a number of px per second > 0, not ${args['scroll-speed']}`);
const trace: TraceOptions = { ...DEFAULT_TRACE, cpuThrottle, pxPerSecond };
const progress = (line: string): void => void process.stderr.write(`${line}\n`);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// 1. build
let build: BuildTiming | undefined;
if (!args['no-build']) {
  progress(`building into ${args['out-dir']}/ from clean…`);
  build = await timeBuild(outDir);
  if (build.code !== 0) {
    console.error(build.output);
    fail(`the build failed (exit ${build.code}) after ${seconds(build.ms)}`);
  }
  progress(`  built in ${seconds(build.ms)}`);
}

// 2. pages and bytes
const allChapters = await discoverChapters(outDir).catch((e: Error) =>
  fail(`cannot read ${outDir}: ${e.message}`),
);
const chapters = args.quick
  ? allChapters.filter((c) => c.edition === (allChapters[0]?.edition ?? 'zh-cn'))
  : allChapters;
if (chapters.length === 0) fail(`no chapter page in ${outDir}`);
const pages: PageResult[] = [];
for (const c of chapters) {
  pages.push({
    id: `${c.edition}/${c.slug}`,
    kind: 'chapter',
    edition: c.edition,
    slug: c.slug,
    path: c.path,
    bytes: await pageBytes(outDir, c.path),
  });
}

// the OpenCC check reads every page of the build, not only chapters
const opencc: OpenccHit[] = [];
const checkedJs = new Set<string>();
const htmlFiles = await listHtmlFiles(outDir);
for (const file of htmlFiles) {
  const path = urlPathOf(file);
  const bytes = await pageBytes(outDir, path);
  for (const f of bytes.files) if (f.kind !== 'html') checkedJs.add(f.path);
  for (const hit of bytes.opencc) opencc.push({ page: path, ...hit });
}
for (const f of checkedJs) if (!f.endsWith('.js')) checkedJs.delete(f);

// 3. the baseline
const source: ChapterPage | undefined = args.baseline
  ? allChapters.find((c) => `${c.edition}/${c.slug}` === args.baseline!.replace(/^\/|\/$/g, ''))
  : (allChapters.find((c) => c.edition === 'zh-cn' && c.hasScrolly) ??
    allChapters.find((c) => c.edition === 'zh-cn') ??
    allChapters[0]);
if (!source) fail(`no chapter ${args.baseline} to make the baseline from`);
progress(`making the baseline from ${source.edition}/${source.slug}…`);
let baseline: Baseline;
try {
  baseline = await makeBaseline(outDir, source.file, source.path);
} catch (error) {
  fail(`cannot make the baseline page: ${error instanceof Error ? error.message : String(error)}`);
}
await mkdir(join(baseline.dir, CONTROL_PATH), { recursive: true });
await writeFile(join(baseline.dir, CONTROL_PATH, 'index.html'), controlHtml(source.edition));
const baselineResult: PageResult = {
  id: 'baseline',
  kind: 'baseline',
  edition: source.edition,
  slug: source.slug,
  path: baseline.path,
  bytes: await pageBytes(baseline.dir, baseline.path),
};

// 4. serve the build and the baseline side by side; Lighthouse goes through a front (see front.ts)
const servers = [await serve(outDir, { port: 0 }), await serve(baseline.dir, { port: 0 })];
const fronts = args.gzip
  ? [
      await startFront(servers[0]!.url, { gzip: true }),
      await startFront(servers[1]!.url, { gzip: true }),
    ]
  : [];
const lhFronts = [
  await startFront(servers[0]!.url, { gzip: args.gzip, dropHeaders: ['referrer-policy'] }),
  await startFront(servers[1]!.url, { gzip: args.gzip, dropHeaders: ['referrer-policy'] }),
];
const siteUrl = (fronts[0] ?? servers[0]!).url;
const pageUrl = (p: PageResult, bases: { url: string }[]): string =>
  new URL(p.path.replace(/^\//, ''), bases[p.kind === 'baseline' ? 1 : 0]!.url).href;
const urlOf = (p: PageResult): string => pageUrl(p, fronts.length ? fronts : servers);
const measured = [...pages, baselineResult];
const chromePath = await findChromium();
let chromiumVersion: string;
const searchLoads: SearchLoad[] = [];
let control: PageTrace | undefined;

try {
  // 5. page load and scroll-through
  progress(`scrolling through ${measured.length} pages (360×740, CPU ${cpuThrottle}x)…`);
  const browser = await launchChromium();
  chromiumVersion = browser.version();
  try {
    // one load first, not measured: a browser that has just started sets its font matching up
    // once (fontconfig), which a reader's running browser has long done; without this the first
    // page measured pays for it
    await tracePage(browser, urlOf(measured[0]!), trace);
    for (const p of measured) {
      const t = performance.now();
      p.trace = await tracePage(browser, urlOf(p), trace);
      progress(
        `  ${p.id}: ${p.trace.error ? `failed: ${p.trace.error}` : `${p.trace.requests} requests, ${p.trace.longTasksDuringScroll} long tasks while scrolling`} (${seconds(performance.now() - t)})`,
      );
      // code loaded at run time (dynamic imports) joins the OpenCC check
      if (p.kind !== 'chapter') continue;
      for (const url of p.trace.requestUrls) {
        const u = new URL(url);
        if (u.origin !== new URL(siteUrl).origin || !u.pathname.endsWith('.js')) continue;
        const file = resolveRef(u.pathname, '/');
        if (!file || checkedJs.has(file)) continue;
        checkedJs.add(file);
        const markers = findOpenccMarkers(
          await readFile(join(outDir, file), 'utf8').catch(() => ''),
        );
        if (markers.length) opencc.push({ page: p.path, file, markers });
      }
    }
    // the control page, after the chapters, in the same browser
    const controlUrl = new URL(CONTROL_PATH.slice(1), (fronts[1] ?? servers[1]!).url).href;
    control = await tracePage(browser, controlUrl, trace);
    progress(
      `  control page: ${control.error ? `failed: ${control.error}` : `${control.longTasks.length - control.longTasksDuringScroll} long tasks while loading`}`,
    );
    // 5b. what search loads when opened, one chapter per edition, a query in another script
    for (const c of chapters.filter((c) => c.slug === source.slug)) {
      const query = c.edition === 'zh-cn' ? '輝達' : '英伟达';
      const load = await measureSearch(
        browser,
        new URL(c.path.replace(/^\//, ''), siteUrl).href,
        query,
      );
      searchLoads.push(load);
      progress(
        `  search on ${c.edition}/${c.slug}: ${load.error ? `failed: ${load.error}` : `${load.files.length} requests, ${(load.bytes / 1024).toFixed(1)} KiB, results in ${load.msToResults} ms`}`,
      );
    }
  } finally {
    await browser.close();
  }

  // 6. Lighthouse
  if (!args['no-lighthouse']) {
    progress(
      `Lighthouse on ${measured.length} pages (mobile${lighthouseRuns > 1 ? `, median of ${lighthouseRuns} runs` : ''})…`,
    );
    const byUrl = new Map(measured.map((p) => [pageUrl(p, lhFronts), p]));
    if (args.reports) await mkdir(resolve(args.reports), { recursive: true });
    await runLighthouse(
      [...byUrl.keys()],
      chromePath,
      async (url, summary, lhr) => {
        const p = byUrl.get(url)!;
        if (args.reports && lhr)
          await writeFile(
            join(resolve(args.reports), `${p.id.replace(/\//g, '-')}.json`),
            JSON.stringify(lhr),
          );
        p.lighthouse = summary;
        const s = summary.scores;
        const all = summary.runs ? ` [performance ${summary.runs.join(', ')}]` : '';
        progress(
          `  ${p.id}: ${summary.error ? `error: ${summary.error}` : `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}`}${all} (${seconds(summary.ms)})`,
        );
      },
      lighthouseRuns,
    );
  }
} finally {
  for (const s of [...lhFronts, ...fronts, ...servers]) await s.close();
  await baseline.cleanup();
}

// 7. verdicts, results, report
const budgets: BudgetResult[] = evaluateBudgets({
  build,
  pages,
  opencc,
  openccScope: { pages: htmlFiles.length, jsFiles: checkedJs.size },
  control,
});
const searchMisses = searchLoads.flatMap((l) => [
  ...(l.error ? [`${l.page}: ${l.error}`] : []),
  ...(l.results === 0 && !l.error ? [`${l.page}: no result for ${l.query}`] : []),
  ...l.beforeOpen.map((f) => `${l.page} loaded ${f} before search was opened`),
  ...l.files.filter((f) => f.opencc.length).map((f) => `${f.path} (${f.opencc.join(', ')})`),
]);
budgets.push({
  id: 'search',
  label:
    'search loads nothing until opened, carries no opencc code, finds a query in another script',
  status: searchLoads.length === 0 ? 'SKIP' : searchMisses.length ? 'FAIL' : 'PASS',
  detail: searchMisses.length
    ? searchMisses.slice(0, 4).join('; ')
    : `${searchLoads.length} editions; on opening, at most ${(Math.max(0, ...searchLoads.map((l) => l.bytes)) / 1024).toFixed(1)} KiB in ${Math.max(0, ...searchLoads.map((l) => l.files.length))} requests`,
});
const durationMs = performance.now() - started;
const results = {
  startedAt,
  durationMs: Math.round(durationMs),
  environment: {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    chromium: chromiumVersion,
  },
  options: {
    outDir: args['out-dir'],
    quick: args.quick,
    gzip: args.gzip,
    build: !args['no-build'],
    lighthouse: !args['no-lighthouse'],
    lighthouseRuns,
    trace,
    gzipLevel: 6,
    lighthouseDroppedHeaders: ['referrer-policy'],
  },
  build,
  pages,
  baseline: { ...baselineResult, from: `${source.edition}/${source.slug}` },
  control,
  opencc,
  search: searchLoads,
  budgets,
};
await mkdir(dirname(RESULTS), { recursive: true });
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const site = pages.find((p) => p.edition === source.edition && p.slug === source.slug);
const notes = diagnosis(pages);
const out = [
  '',
  `Bench: ${pages.length} chapter pages${args.quick ? ' (--quick: one edition)' : ''}, served ${args.gzip ? 'gzipped' : 'uncompressed'} by scripts/serve.mjs; Chromium ${chromiumVersion}; ${cpus().length} CPUs`,
  build ? `Build from clean: ${seconds(build.ms)}` : 'Build: not run (--no-build)',
  '',
  bytesTable(measured),
  '',
  speedTable(measured),
  `  Lighthouse: mobile preset, ${lighthouseRuns > 1 ? `median of ${lighthouseRuns} runs` : 'one run'} per page (without the Referrer-Policy header, see scripts/bench/front.ts).`,
  `  Long tasks (> 50 ms) and frames: scroll-through at 360×740, CPU ${cpuThrottle}x, ${trace.pxPerSecond} px/s. CLS: Lighthouse's, then the scroll-through's sum.`,
  '',
  ...(control ? [controlLine(control), ''] : []),
  ...(site ? [baselineComparison(site, baselineResult), ''] : []),
  ...(searchLoads.length ? [searchTable(searchLoads), ''] : []),
  ...(notes.length ? ['Why:', ...notes.map((n) => `  ${n}`), ''] : []),
  budgetLines(budgets),
  '',
  `Results in bench/results.json; the bench took ${seconds(durationMs)}.`,
];
console.log(out.join('\n'));
process.exit(exitCode(budgets));
