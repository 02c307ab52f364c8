/**
 * Finds and launches a headless Chromium without downloading one: CHROME_PATH, a system
 * Chromium, or the one shipped inside the @sparticuz/chromium package. Used by the browser
 * tests, `npm run pdf` and `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless Chromium that reaches nothing but 127.0.0.1. */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** The path of a Chromium executable. */
export async function findChromium(): Promise<string> {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

/** Launches headless Chromium (Playwright gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: chromiumArgs });
}
