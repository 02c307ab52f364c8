/**
 * The cover's book downloads before and after `npm run book`: a built cover links to no file; each
 * file the book run wrote is shown with its link and its size, the others stay hidden and unlinked.
 */
import { describe, expect, it } from 'vitest';
import { formatSize, revealDownloads } from '../../../scripts/book/downloads.ts';

const built = `<section class="book-downloads" data-book-downloads hidden aria-labelledby="t"><ul><li data-book-file="book/zh-tw.pdf" hidden><a data-book-href="/book/zh-tw.pdf" download>PDF</a> <span data-book-size></span></li><li data-book-file="book/zh-tw-vertical.epub" hidden><a data-book-href="/book/zh-tw-vertical.epub" download>EPUB</a> <span data-book-size></span></li></ul></section>`;

describe('revealDownloads', () => {
  it('shows the files that exist with their link and size', () => {
    const html = revealDownloads(built, (f) => (f === 'book/zh-tw.pdf' ? 1_700_000 : undefined));
    expect(html).toContain('<section class="book-downloads" data-book-downloads aria-labelledby');
    expect(html).toContain(
      '<li data-book-file="book/zh-tw.pdf"><a href="/book/zh-tw.pdf" download>PDF</a> <span data-book-size>1.6 MB</span>',
    );
    expect(html).toContain(
      '<li data-book-file="book/zh-tw-vertical.epub" hidden><a data-book-href',
    );
    expect(html).not.toContain(' href="/book/zh-tw-vertical.epub"');
  });

  it('leaves a cover with no book file hidden and unlinked', () => {
    expect(revealDownloads(built, () => undefined)).toBe(built);
  });

  it('gives sizes as a reader reads them', () => {
    expect(formatSize(190_106)).toBe('186 KB');
    expect(formatSize(1_554_880)).toBe('1.5 MB');
  });
});
