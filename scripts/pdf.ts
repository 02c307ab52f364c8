/**
 * `npm run pdf`: renders every chapter of every edition to dist/pdf/<edition>/<chapter>.pdf
 * with headless Chromium, printing progress, and reveals each chapter page's PDF link once
 * its file exists. Builds the site first if dist/ is missing.
 * Each PDF is read back: one without extractable text in its edition's script or without an
 * embedded font of the edition's typeface fails the command, naming the file.
 * Options: --edition zh-tw (one edition), --chapter huanfang (one chapter).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchChromium } from './chromium.ts';
import { pdfProblems, readPdf } from './pdf-check.ts';
import { serve } from './serve.mjs';
import { editions } from '../src/editions/editions.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const onlyEdition = option('--edition');
const onlyChapter = option('--chapter');
const dist = 'dist';

/** The chapter slugs of an edition: pages whose HTML carries a PDF link. */
function chapterSlugs(edition: string): string[] {
  return readdirSync(join(dist, edition), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, edition, d.name, 'index.html')))
    .map((d) => d.name)
    .filter((slug) =>
      readFileSync(join(dist, edition, slug, 'index.html'), 'utf8').includes('data-pdf-link'),
    );
}

if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ is missing: building the site first');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = await serve(dist, { port: 0, base: '/' });
// a machine with no CJK font: every Chinese glyph comes from the site's own fonts, so the PDF is the same on every machine
const browser = await launchChromium({ fonts: 'bare' });
let count = 0;
try {
  const targets = editions
    .filter((e) => !onlyEdition || e.id === onlyEdition)
    .flatMap((e) =>
      chapterSlugs(e.id)
        .filter((s) => !onlyChapter || s === onlyChapter)
        .map((slug) => ({ edition: e.id, slug })),
    );
  if (targets.length === 0)
    throw new Error(
      `no chapter matches${onlyEdition ? ` --edition ${onlyEdition}` : ''}${onlyChapter ? ` --chapter ${onlyChapter}` : ''}`,
    );
  for (const { edition, slug } of targets) {
    const started = Date.now();
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    await page.goto(`${server.url}${edition}/${slug}/`, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await document.fonts.ready;
    });
    const out = join(dist, 'pdf', edition, `${slug}.pdf`);
    mkdirSync(join(dist, 'pdf', edition), { recursive: true });
    const bytes = await page.pdf({
      path: out,
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
    });
    await page.close();
    const problems = pdfProblems(out, edition, await readPdf(new Uint8Array(bytes)));
    if (problems.length) {
      rmSync(out); // never leave a PDF of empty boxes for the download link
      throw new Error(problems.join('\n'));
    }
    const html = join(dist, edition, slug, 'index.html');
    writeFileSync(
      html,
      readFileSync(html, 'utf8').replace(
        /<a class="pdf-link" data-pdf-link="([^"]+)" hidden>/,
        '<a class="pdf-link" href="$1" data-pdf-link="$1">',
      ),
    );
    count++;
    console.log(
      `[${count}/${targets.length}] ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
} catch (error) {
  console.error(`npm run pdf: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
if (!process.exitCode) console.log(`${count} PDFs written to ${join(dist, 'pdf')}/`);
