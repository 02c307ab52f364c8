/**
 * The fonts the project's headless Chromium may see, as a fontconfig file of the project's own
 * (given to Chromium as FONTCONFIG_FILE): never the machine's, so a font that happens to be
 * installed cannot hide a missing one.
 * - "device": the Noto typefaces the project carries (serif and sans, SC/TC/HK, regular and
 *   bold), standing in for a reader's device fonts, under the names the screen font stacks ask for.
 * - "bare": what a fresh machine, CI runner or build server has: one Latin typeface (DejaVu, from
 *   npm) and no CJK font, so every Chinese glyph of a page must come from the site's own web fonts
 *   (what `npm run pdf` uses: a PDF made that way is the same on every machine). Chromium needs at
 *   least one font to load web fonts at all.
 * - "plain-sc", "plain-tc", "plain-hk": the carried Noto typefaces under their own (Google Fonts)
 *   names only, as a device that installed them from Google Fonts has them, with the generic
 *   families drawn by that glyph standard's faces: a page of another standard draws its own
 *   glyphs only if its font stacks ask for them by name (tests/e2e/glyph-standard.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { editions } from '../src/editions/editions.ts';
import { faceStacks, facePath } from '../src/fonts/typefaces.ts';

/** Which fonts Chromium sees. */
export type FontSet = 'device' | 'bare' | 'plain-sc' | 'plain-tc' | 'plain-hk';

const require = createRequire(import.meta.url);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The screen stacks' CJK family names (src/styles/tokens.css), each served by a carried typeface. */
function familyAliases(code: 'SC' | 'TC' | 'HK'): [string, string][] {
  const serif = `Noto Serif ${code}`;
  const sans = `Noto Sans ${code}`;
  return [
    [`Noto Serif CJK ${code}`, serif],
    [`Source Han Serif ${code === 'HK' ? 'HC' : code}`, serif],
    [`Noto Sans CJK ${code}`, sans],
    [`PingFang ${code}`, sans],
  ];
}

/** The text of a fontconfig file for `set`, its cache in `cacheDir`. Pure. */
export function fontconfigText(set: FontSet, cacheDir: string): string {
  const lines = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
  ];
  if (set === 'bare') {
    lines.push(
      `  <dir>${escape(dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')))}</dir>`,
    );
    for (const generic of ['serif', 'sans-serif', 'monospace', 'system-ui'])
      lines.push(
        `  <alias><family>${generic}</family><prefer><family>DejaVu Sans</family></prefer></alias>`,
      );
  }
  if (set !== 'bare') {
    const files = [
      ...new Set(editions.flatMap((e) => faceStacks(e.id).map((s) => facePath(s.faces[0]!)))),
    ];
    for (const dir of [...new Set(files.map(dirname))].sort())
      lines.push(`  <dir>${escape(dir)}</dir>`);
    const code = set === 'device' ? 'SC' : set.slice(-2).toUpperCase();
    for (const [generic, family] of [
      ['serif', `Noto Serif ${code}`],
      ['sans-serif', `Noto Sans ${code}`],
      ['system-ui', `Noto Sans ${code}`],
      ['monospace', `Noto Sans ${code}`],
    ]) {
      lines.push(
        `  <alias><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`,
      );
    }
    // "device" also answers the CJK-era names; a "plain" device has the Google Fonts names only
    for (const code of set === 'device' ? (['SC', 'TC', 'HK'] as const) : []) {
      for (const [asked, family] of familyAliases(code))
        lines.push(
          `  <alias binding="same"><family>${asked}</family><accept><family>${family}</family></accept></alias>`,
        );
    }
  }
  lines.push(`  <cachedir>${escape(cacheDir)}</cachedir>`, '</fontconfig>', '');
  return lines.join('\n');
}

/** Writes the fontconfig file for `set` (in the temporary directory) and returns its path. */
export function writeFontconfig(set: FontSet): string {
  const probe = fontconfigText(set, '');
  const dir = join(
    tmpdir(),
    `story-fonts-${set}-${createHash('sha256').update(probe).digest('hex').slice(0, 8)}`,
  );
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, fontconfigText(set, join(dir, 'cache')));
  return file;
}
