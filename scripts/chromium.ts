/**
 * Finds and launches a headless Chromium without downloading one: CHROME_PATH, a system
 * Chromium, or the one shipped inside the @sparticuz/chromium package. Used by the browser
 * tests, `npm run pdf` and `npm run bench`. It sees only the project's fonts (scripts/fontconfig.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { writeFontconfig, type FontSet } from './fontconfig.ts';

/** Flags for a headless Chromium that reaches nothing but 127.0.0.1. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** The path of a Chromium executable. */
export async function findChromium(): Promise<string> {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

/**
 * Launches headless Chromium (Playwright gives it a fresh profile) seeing only the project's
 * fonts: by default the carried typefaces standing in for a reader's device fonts; `fonts: 'bare'`
 * for a machine with no CJK font, so pages draw every Chinese glyph with the site's own web fonts.
 */
export async function launchChromium(options: { fonts?: FontSet } = {}): Promise<Browser> {
  const executablePath = await findChromium();
  const env = {
    ...process.env,
    FONTCONFIG_FILE: writeFontconfig(options.fonts ?? 'device'),
  } as Record<string, string>;
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs, env });
}
