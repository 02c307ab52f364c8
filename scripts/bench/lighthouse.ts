/**
 * Lighthouse, run programmatically with its default (mobile) configuration: a Moto G Power-sized
 * screen, simulated slow-4G network and 4x CPU slowdown, the four categories performance,
 * accessibility, best-practices and seo. One headless Chromium (found by findChromium, started by
 * chrome-launcher with the same no-network flags as the browser tests) serves every run; each
 * page gets one run, in a fresh tab.
 */
import { performance } from 'node:perf_hooks';
import { launch } from 'chrome-launcher';
import { writeFontconfig } from '../fontconfig.ts';
import lighthouse from 'lighthouse';
import {
  CATEGORIES,
  failedRun,
  medianRun,
  summarizeLhr,
  type LhrLike,
  type LighthouseSummary,
} from './lhr.ts';

/** Flags that keep the browser off the network except for 127.0.0.1 (the machine may have no internet). */
export const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/**
 * Runs Lighthouse on each URL, in order, in one headless Chromium: `runs` times per page, keeping
 * the run with the median performance score (Lighthouse's own advice against run-to-run noise).
 * `onPage` is told after each page.
 */
export async function runLighthouse(
  urls: string[],
  chromePath: string,
  onPage: (
    url: string,
    summary: LighthouseSummary,
    lhr?: unknown,
  ) => void | Promise<void> = () => {},
  runs = 1,
): Promise<Map<string, LighthouseSummary>> {
  const results = new Map<string, LighthouseSummary>();
  // the project's fonts only, as in every Chromium the project launches (scripts/chromium.ts)
  const envVars = { ...process.env, FONTCONFIG_FILE: writeFontconfig('device') } as Record<
    string,
    string
  >;
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless', ...OFFLINE_FLAGS],
    logLevel: 'silent',
    envVars,
  });
  try {
    for (const url of urls) {
      const done: { summary: LighthouseSummary; lhr: unknown }[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        try {
          const result = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          });
          const ms = performance.now() - start;
          done.push({
            summary: result
              ? summarizeLhr(result.lhr as unknown as LhrLike, ms)
              : failedRun('Lighthouse returned no result', ms),
            lhr: result?.lhr,
          });
        } catch (error) {
          done.push({
            summary: failedRun(
              error instanceof Error ? error.message : String(error),
              performance.now() - start,
            ),
            lhr: undefined,
          });
        }
      }
      const pick = medianRun(done);
      const summary = {
        ...pick.summary,
        ms: done.reduce((a, r) => a + r.summary.ms, 0),
        ...(runs > 1 ? { runs: done.map((r) => r.summary.scores.performance) } : {}),
      };
      results.set(url, summary);
      await onPage(url, summary, pick.lhr);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
