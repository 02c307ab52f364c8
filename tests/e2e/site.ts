/**
 * Helpers for browser tests: build the site, serve a build, find a Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../../scripts/chromium.ts';
import { serve } from '../../scripts/serve.mjs';
import { runBuild } from '../../scripts/build-site.ts';
import { PHONE_MAX_WIDTH, type WidthClass } from '../../src/marks/types.ts';

export { runBuild };

/** The sub-path the second build is made for. */
export const SUB_PATH = '/stories/deepseek/';

/** The public address the second build is made for, as a release is (SITE_URL). */
export const PUBLIC_SITE = 'https://example.org';

/** Builds the site or throws with the build's output. */
export async function buildSite(options: {
  outDir: string;
  base?: string;
  site?: string;
}): Promise<void> {
  const result = await runBuild(options);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
}

/** A running static server. */
export interface Server {
  url: string;
  close(): Promise<void>;
}

/** Serves a build directory on 127.0.0.1 (a free port) under `base`. */
export function serveBuild(dir: string, base = '/'): Promise<Server> {
  return serve(dir, { port: 0, base });
}

/** Launches headless Chromium with no network beyond 127.0.0.1 (see scripts/chromium.ts). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export { findChromium };

/** Chapter slugs of a build with their scrollies' chart ids, read from the built Simplified pages. */
export function chaptersWithCharts(dir = 'dist'): { slug: string; charts: string[] }[] {
  const root = join(dir, 'zh-cn');
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'index.html')))
    .map((slug) => ({
      slug,
      charts: [
        ...readFileSync(join(root, slug, 'index.html'), 'utf8').matchAll(/data-scrolly="([^"]+)"/g),
      ].map((m) => m[1]!),
    }))
    .filter((c) => c.charts.length > 0);
}

/** The width class a viewport `width` CSS px wide is shown (src/marks/types.ts, src/styles/scrolly.css). */
export function widthClassAt(width: number): WidthClass {
  return width <= PHONE_MAX_WIDTH ? 'phone' : 'wide';
}

/** Waits until the SVG of `chart` that the reader sees shows `step` (its data-step). */
export function waitForStep(page: Page, chart: string, step: number): Promise<unknown> {
  return page.waitForFunction(
    ([c, s]) =>
      Array.from(document.querySelectorAll<SVGSVGElement>(`[data-scrolly="${c}"] svg.chart`)).some(
        (svg) => svg.getClientRects().length > 0 && svg.dataset.step === String(s),
      ),
    [chart, step] as const,
  );
}

/** The selector of the SVG of `chart` that a reader sees at a viewport `width` px wide. */
export function shownChart(chart: string, width: number): string {
  return `[data-scrolly="${chart}"] svg.chart[data-width-class="${widthClassAt(width)}"]`;
}

/** A served build and a browser for one test file: started before its tests, stopped after. */
export interface Site {
  server: Server;
  browser: Browser;
}

/** Serves `dir` under `base` and launches Chromium around the current test file. */
export function useSite(dir = 'dist', base = '/'): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await serveBuild(dir, base);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
