/**
 * `npm run book`: per edition, the whole story as a book PDF (dist/book/<edition>.pdf) and an EPUB 3
 * (dist/book/<edition>.epub; for zh-tw and zh-hk also the vertical dist/book/<edition>-vertical.epub),
 * printed as a machine with no CJK font would (the edition's own typefaces, from npm). Each book is
 * read back (pdf.js) and each EPUB checked with W3C EPUBCheck; a problem fails the command, naming
 * the file, and the file is deleted. Then the cover of each edition offers the files it wrote, with
 * their sizes. Builds the site first if dist/ is missing. Option: --edition zh-tw (one edition).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchChromium } from '../chromium.ts';
import { serve } from '../serve.mjs';
import { editions } from '../../src/editions/editions.ts';
import { bookFiles, hasVertical } from '../../src/book/book-files.ts';
import { bookFrame } from './book-frame.ts';
import { bookPdf, coverPng } from './book-pdf.ts';
import { bookProblems } from './book-check.ts';
import { epubBytes } from './epub.ts';
import { epubcheck, epubProblems } from './epubcheck.ts';
import { revealDownloads, formatSize } from './downloads.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--edition');
const only = at >= 0 ? args[at + 1] : undefined;
const dist = 'dist';
const out = join(dist, 'book');

if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ is missing: building the site first');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const targets = editions.filter((e) => !only || e.id === only);
if (targets.length === 0) {
  console.error(`npm run book: no edition "${only}"`);
  process.exit(1);
}

/** Writes a file, or deletes it and throws when it has problems. */
function keep(file: string, problems: string[]): void {
  if (problems.length) {
    rmSync(file, { force: true });
    throw new Error(problems.join('\n'));
  }
  console.log(`  ${file} (${formatSize(statSync(file).size)})`);
}

const server = await serve(dist, { port: 0, base: '/' });
const browser = await launchChromium({ fonts: 'bare' });
const modified = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
try {
  mkdirSync(out, { recursive: true });
  for (const edition of targets) {
    const started = Date.now();
    console.log(`${edition.id}:`);
    const frame = await bookFrame(browser, server.url, dist, edition.id);
    const pdf = join(out, `${edition.id}.pdf`);
    const { bytes } = await bookPdf(browser, server.url, frame);
    writeFileSync(pdf, bytes);
    const chapters = frame.parts.filter((p) => p.kind === 'chapter').map((p) => p.title);
    keep(pdf, await bookProblems(pdf, edition.id, bytes, chapters));
    const cover = await coverPng(browser, server.url, frame);
    for (const vertical of hasVertical(edition.id) ? [false, true] : [false]) {
      const file = join(out, `${edition.id}${vertical ? '-vertical' : ''}.epub`);
      writeFileSync(
        file,
        epubBytes(frame, cover, {
          vertical,
          modified,
          readImage: (path) => readFileSync(join(dist, path)),
        }),
      );
      keep(
        file,
        epubProblems(epubcheck(file)).map(
          (m) => `${file}: EPUBCheck ${m.severity} ${m.id} ${m.message} (${m.where})`,
        ),
      );
    }
    const coverPage = join(dist, edition.id, 'index.html');
    writeFileSync(
      coverPage,
      revealDownloads(readFileSync(coverPage, 'utf8'), (file) =>
        bookFiles(edition.id).some((f) => f.file === file) && existsSync(join(dist, file))
          ? statSync(join(dist, file)).size
          : undefined,
      ),
    );
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} catch (error) {
  console.error(`npm run book: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
if (!process.exitCode) console.log(`books written to ${out}/`);
