/**
 * Prints the book of one edition with headless Chromium: a first pass to learn where each part
 * starts (read back from the PDF's bookmarks), a second with those numbers in the contents and a
 * blank page before each chapter that would open on a left-hand page (Chromium prints
 * `break-before: right` as a plain page break). The book is served from the running site (its
 * stylesheets) with its typefaces subset from node_modules. Author, title and language go in the PDF's
 * metadata (pdf-lib).
 */
import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { bookHtml, contentsEntries, type PageNumbers } from './book-html.ts';
import { FONT_PREFIX, type BookFrame } from './book-frame.ts';
import { readOutline, type Bookmark } from './pdf-outline.ts';

/** Where each contents entry starts, from the PDF's bookmarks (the first bookmark of its title after the contents). */
export function startPages(frame: BookFrame, outline: Bookmark[]): PageNumbers {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const numbers: PageNumbers = {};
  let from = 0;
  for (const entry of contentsEntries(frame)) {
    const at = outline.findIndex((b, i) => i >= from && b.title === squash(entry.title));
    if (at < 0)
      throw new Error(
        `book ${frame.edition}: no bookmark for "${entry.title}" (bookmarks: ${outline.map((b) => b.title).join(' | ')})`,
      );
    numbers[entry.slug] = outline[at]!.page;
    from = at + 1;
  }
  return numbers;
}

/**
 * Where the parts start once a blank page goes before each chapter that would open on an even
 * (left-hand) page, and before which parts. Pure: each part starts on a page of its own, so a blank
 * page shifts what follows without changing any part's length.
 */
export function rightHandStarts(
  frame: BookFrame,
  first: PageNumbers,
): { numbers: PageNumbers; blanks: Set<string> } {
  const chapters = new Set(frame.parts.filter((p) => p.kind === 'chapter').map((p) => p.slug));
  const numbers: PageNumbers = {};
  const blanks = new Set<string>();
  let shift = 0;
  for (const { slug } of contentsEntries(frame)) {
    let page = first[slug]! + shift;
    if (chapters.has(slug) && page % 2 === 0) {
      blanks.add(slug);
      shift++;
      page++;
    }
    numbers[slug] = page;
  }
  return { numbers, blanks };
}

/** Opens book HTML in a print-media page served under the site at `siteUrl`, its fonts loaded. */
async function openBook(browser: Browser, siteUrl: string, frame: BookFrame, html: string) {
  const page = await browser.newPage({ deviceScaleFactor: 1.5 });
  try {
    const address = `${siteUrl}__book/${frame.edition}.html`;
    await page.route(`${siteUrl}__book/**`, (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    for (const face of frame.faces)
      await page.route(`${siteUrl}${FONT_PREFIX.slice(1)}${face.url.split('/').pop()}`, (route) =>
        route.fulfill({ body: Buffer.from(face.bytes), contentType: 'font/woff2' }),
      );
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    await page.goto(address, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** Renders book HTML to PDF bytes. */
async function render(browser: Browser, siteUrl: string, frame: BookFrame, html: string) {
  const page = await openBook(browser, siteUrl, frame, html);
  try {
    return new Uint8Array(
      await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
      }),
    );
  } finally {
    await page.close();
  }
}

/** The book's cover page as a PNG (1191 × 1684 px), for the EPUB's cover image. */
export async function coverPng(
  browser: Browser,
  siteUrl: string,
  frame: BookFrame,
): Promise<Uint8Array> {
  const page = await openBook(browser, siteUrl, frame, bookHtml(frame));
  try {
    await page.setViewportSize({ width: 794, height: 1123 });
    const cover = page.locator('.book-cover');
    return new Uint8Array(await cover.screenshot({ scale: 'device' }));
  } finally {
    await page.close();
  }
}

/** Sets the PDF's title, author, subject and language (Chromium writes the title only). */
async function withMetadata(bytes: Uint8Array, frame: BookFrame): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(frame.title);
  pdf.setAuthor(frame.byline);
  pdf.setSubject(frame.description);
  pdf.setLanguage(frame.lang);
  pdf.setCreator(frame.title);
  return pdf.save({ useObjectStreams: false });
}

/** The book PDF of `frame`, its contents numbered; throws when the second pass moved a part. */
export async function bookPdf(
  browser: Browser,
  siteUrl: string,
  frame: BookFrame,
): Promise<{ bytes: Uint8Array; numbers: PageNumbers }> {
  const first = await render(browser, siteUrl, frame, bookHtml(frame));
  const { numbers, blanks } = rightHandStarts(frame, startPages(frame, await readOutline(first)));
  const bytes = await render(browser, siteUrl, frame, bookHtml(frame, numbers, blanks));
  const check = startPages(frame, await readOutline(bytes));
  const moved = Object.keys(numbers).filter((slug) => check[slug] !== numbers[slug]);
  if (moved.length)
    throw new Error(
      `book ${frame.edition}: the contents say ${moved.map((s) => `${s} p. ${numbers[s]}`).join(', ')}, the pages ${moved.map((s) => check[s]).join(', ')}`,
    );
  return { bytes: await withMetadata(bytes, frame), numbers };
}
