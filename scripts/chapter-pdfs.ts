/**
 * Writes chapter PDFs into a build and links each from its chapter page: renders every chapter
 * (or those chosen) of every edition to <build>/pdf/<edition>/<chapter>.pdf with headless
 * Chromium, reads each back (scripts/pdf-check.ts), and reveals the page's "下载本章 PDF" link
 * with the file's size. Used by `npm run pdf` and `npm run release`.
 *
 * The build says where it lives: its sub-path from the PDF link's address, its public address
 * (if any) from the canonical link. A PDF's links to other pages point to that public address;
 * a build without one keeps only the links inside the PDF and external ones, so no PDF carries
 * the local address it was printed from.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { addressProblems, pdfProblems, readPdf } from './pdf-check.ts';
import { serve } from './serve.mjs';
import { editions, type EditionId } from '../src/editions/editions.ts';

/** A chapter page of a build: its edition and slug. */
export interface ChapterTarget {
  edition: EditionId;
  slug: string;
}

/** The hidden PDF link a chapter page carries until its PDF exists (src/components/PrintTools.astro). */
const HIDDEN_LINK = /<a class="pdf-link" data-pdf-link="([^"]+)" hidden>/;

/** The chapter pages of a build that carry a PDF link, in edition order. */
export function chapterTargets(dist: string): ChapterTarget[] {
  return editions.flatMap((e) =>
    readdirSync(join(dist, e.id), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(dist, e.id, d.name, 'index.html'))
      .filter((html) => existsSync(html) && readFileSync(html, 'utf8').includes('data-pdf-link'))
      .map((html) => ({ edition: e.id, slug: html.split(/[\\/]/).at(-2)! })),
  );
}

/** Where a build lives: its base path (from a PDF link's address) and its public origin, if any (from the canonical link). */
export function buildAddress(dist: string, target: ChapterTarget): { base: string; site?: string } {
  const html = readFileSync(join(dist, target.edition, target.slug, 'index.html'), 'utf8');
  const link = /data-pdf-link="([^"]+)"/.exec(html)?.[1];
  if (!link) throw new Error(`${dist}/${target.edition}/${target.slug}/index.html has no PDF link`);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
  return {
    base: link.replace(/pdf\/[^/]+\/[^/]+\.pdf$/, ''),
    site: /^https?:\/\//.test(canonical) ? new URL(canonical).origin : undefined,
  };
}

/** A file size as a reader reads it: 860 KB, 1.2 MB. */
export function formatSize(bytes: number): string {
  return bytes < 1_000_000
    ? `${Math.max(1, Math.round(bytes / 1000))} KB`
    : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A chapter page's HTML with its PDF link revealed and the file's size beside it. Pure. */
export function revealPdfLink(html: string, bytes: number): string {
  return html
    .replace(
      HIDDEN_LINK,
      '<a class="pdf-link" href="$1" data-pdf-link="$1" type="application/pdf">',
    )
    .replace(
      /<span class="pdf-size" data-pdf-size><\/span>/,
      `<span class="pdf-size" data-pdf-size>（${formatSize(bytes)}）</span>`,
    );
}

/** Points the page's links for print: to other pages at the public address, or (without one) none; links inside the page and to other sites stay. */
async function publicLinks(page: Page, site: string | undefined): Promise<void> {
  await page.evaluate((publicOrigin) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(a.href);
      if (url.origin !== location.origin) continue;
      if (url.pathname === location.pathname && url.hash) continue;
      if (publicOrigin) a.href = publicOrigin + url.pathname + url.hash;
      else a.removeAttribute('href');
    }
  }, site ?? null);
}

/**
 * Renders `targets` of the build in `dist` to PDF, checks each and links it from its page.
 * `log` hears one line per PDF. Throws naming the file when a PDF fails its check (and deletes it).
 */
export async function writeChapterPdfs(
  dist: string,
  targets: ChapterTarget[],
  log: (line: string) => void = console.log,
): Promise<{ file: string; bytes: number }[]> {
  if (targets.length === 0) return [];
  const { base, site } = buildAddress(dist, targets[0]!);
  const server = await serve(dist, { port: 0, base });
  // a machine with no CJK font: every Chinese glyph comes from the site's own fonts, so the PDF is the same on every machine
  const browser = await launchChromium({ fonts: 'bare' });
  const written: { file: string; bytes: number }[] = [];
  try {
    for (const { edition, slug } of targets) {
      const started = Date.now();
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
      await page.goto(`${server.url}${edition}/${slug}/`, { waitUntil: 'networkidle' });
      await publicLinks(page, site);
      await page.evaluate(async () => {
        window.dispatchEvent(new Event('beforeprint'));
        await document.fonts.ready;
      });
      const file = join(dist, 'pdf', edition, `${slug}.pdf`);
      mkdirSync(join(dist, 'pdf', edition), { recursive: true });
      const bytes = await page.pdf({
        path: file,
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
      });
      await page.close();
      const contents = await readPdf(new Uint8Array(bytes));
      const problems = [
        ...pdfProblems(file, edition, contents),
        ...addressProblems(file, contents),
      ];
      if (problems.length) {
        rmSync(file); // never leave a PDF of empty boxes (or a local address) for the download link
        throw new Error(problems.join('\n'));
      }
      const html = join(dist, edition, slug, 'index.html');
      writeFileSync(html, revealPdfLink(readFileSync(html, 'utf8'), bytes.length));
      written.push({ file, bytes: bytes.length });
      log(
        `[${written.length}/${targets.length}] ${file} (${formatSize(bytes.length)}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}
