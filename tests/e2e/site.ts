/**
 * Helpers for browser tests: build the site, serve a build, find a Chromium.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../../scripts/chromium.ts';
import { serve } from '../../scripts/serve.mjs';

/** The sub-path the second build is made for. */
export const SUB_PATH = '/stories/deepseek/';

/** Result of running the Astro build. */
export interface BuildResult {
  code: number;
  output: string;
}

/** Runs `astro build` in `cwd` (default: the project) into `outDir` for base path `base`; resolves with its exit code and output. */
export function runBuild(options: { outDir: string; base?: string; cwd?: string }): Promise<BuildResult> {
  return new Promise((resolve) => {
    const env = { ...process.env, OUT_DIR: options.outDir, BASE_PATH: options.base ?? '/' };
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Builds the site or throws with the build's output. */
export async function buildSite(options: { outDir: string; base?: string }): Promise<void> {
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
