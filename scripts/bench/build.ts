/**
 * Times a full `astro build` from clean: the output directory is deleted first, then the build
 * runs exactly as the browser tests run it (runBuild in tests/e2e/site.ts: the project's own
 * Node, node_modules/astro/bin/astro.mjs build, BASE_PATH=/), for a public address as a release
 * is built (SITE_URL, https://example.org unless set): what readers and crawlers get, with absolute
 * canonical and alternate links. Astro's content cache (.astro/) is kept, as in any rebuild on a
 * working copy.
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { runBuild } from '../build-site.ts';

/** The outcome of a timed build. */
export interface BuildTiming {
  outDir: string;
  ms: number;
  code: number;
  /** the last lines of the build's output (all of it when the build fails) */
  output: string;
}

/** The public address the bench builds for when SITE_URL names none. */
export const BENCH_SITE = 'https://example.org';

/** Deletes `outDir` and builds the site into it for a public address, timing the build. */
export async function timeBuild(outDir: string): Promise<BuildTiming> {
  await rm(outDir, { recursive: true, force: true });
  const start = performance.now();
  const result = await runBuild({ outDir, site: process.env.SITE_URL || BENCH_SITE });
  const ms = performance.now() - start;
  const lines = result.output.trimEnd().split('\n');
  return {
    outDir,
    ms,
    code: result.code,
    output: result.code === 0 ? lines.slice(-5).join('\n') : result.output,
  };
}
