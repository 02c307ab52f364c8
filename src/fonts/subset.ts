/**
 * Subsets a font file to the characters given and writes WOFF2, keeping the result in a cache
 * keyed by the font's bytes and the characters, so a rebuild with the same text costs nothing.
 * Build-time (harfbuzz's subsetter in WebAssembly, through subset-font).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/** Where subset fonts are kept between builds. */
export const SUBSET_CACHE_DIR = 'node_modules/.cache/print-fonts';

/** A short content hash, as Vite names assets. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
}

/**
 * The WOFF2 subset of `font` holding the glyphs of `chars` (from the cache when it was made
 * before).
 */
export async function subsetToWoff2(
  font: Uint8Array,
  chars: string,
  cacheDir = SUBSET_CACHE_DIR,
): Promise<Uint8Array> {
  const key = createHash('sha256').update(font).update('\0').update(chars).digest('hex');
  const cached = join(cacheDir, `${key}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const woff2 = await subsetFont(Buffer.from(font), chars, { targetFormat: 'woff2' });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, woff2);
  return woff2;
}
