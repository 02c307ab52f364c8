/**
 * `npm run release`: the build a publisher uploads. With the site's public address
 * (SITE_URL, and BASE_PATH for a sub-path) it builds dist/, writes every chapter's PDF in every
 * edition and links each from its chapter page (scripts/chapter-pdfs.ts), writes the books (a PDF
 * and an EPUB per edition, vertical EPUBs for zh-TW and zh-HK, offered on each cover: npm run
 * book, scripts/book/run.ts), then checks that every
 * chapter page links its PDF and that no file a reader or a crawler gets names a loopback
 * address. A missing, malformed or loopback SITE_URL stops it before anything is built.
 *
 *   SITE_URL=https://example.org BASE_PATH=/stories/deepseek/ npm run release
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterTargets, formatSize, writeChapterPdfs } from './chapter-pdfs.ts';
import { normaliseBase, siteUrlProblem } from '../src/config/public-address.ts';

const dist = 'dist';
const EXAMPLE = 'SITE_URL=https://example.org BASE_PATH=/stories/deepseek/ npm run release';

/** Stops the release with a message. */
function fail(message: string): never {
  console.error(`npm run release: ${message}`);
  process.exit(1);
}

/** Text files of the build a reader or a crawler reads that name a loopback address. */
function loopbackFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|xml|txt|json|css|js|webmanifest)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .filter((file) => /\b(?:localhost|127\.0\.0\.1)\b/.test(readFileSync(file, 'utf8')));
}

const problem = siteUrlProblem(process.env.SITE_URL);
if (problem)
  fail(
    `${problem}.\nA release needs the address readers will open, for example:\n  ${EXAMPLE}\n(For local reading, npm run build or npm start need none.)`,
  );
const site = new URL(process.env.SITE_URL!.trim()).origin;
const base = normaliseBase(process.env.BASE_PATH);
console.log(`Release for ${site}${base}`);

const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, SITE_URL: site, BASE_PATH: base, OUT_DIR: dist },
  stdio: 'inherit',
});
if (built.status !== 0) fail('the build failed (see above)');

const targets = chapterTargets(dist);
let written: { file: string; bytes: number }[];
try {
  written = await writeChapterPdfs(dist, targets);
} catch (error) {
  fail((error as Error).message);
}
const book = spawnSync(process.execPath, ['scripts/book/run.ts'], {
  env: { ...process.env, SITE_URL: site, BASE_PATH: base },
  stdio: 'inherit',
});
if (book.status !== 0) fail('the books failed (see above)');

const unlinked = targets.filter(
  (t) =>
    !/<a class="pdf-link" href="[^"]+\.pdf"/.test(
      readFileSync(join(dist, t.edition, t.slug, 'index.html'), 'utf8'),
    ),
);
if (unlinked.length)
  fail(`no PDF link on ${unlinked.map((t) => `${t.edition}/${t.slug}/`).join(', ')}`);
const local = loopbackFiles(dist);
if (local.length) fail(`a loopback address is named in ${local.join(', ')}`);

const total = written.reduce((sum, w) => sum + w.bytes, 0);
console.log(
  `Release ready in ${dist}/ for ${site}${base}: ${written.length} chapter PDFs (${formatSize(total)}), each linked from its page, and the books in ${dist}/book/, offered on each cover. Upload ${dist}/ as it is.`,
);
