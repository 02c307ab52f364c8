/**
 * Reads one built page of the story as the book prints it: the page is opened in Chromium with
 * print media and `beforeprint` fired (so scrollies carry their small multiples and data tables are
 * open), then its article is taken apart from the interface. Ids and in-page links get the part's
 * prefix, so the parts of one book never share an id; citations point at the book's endnotes.
 */
import type { Browser } from 'playwright-core';

/** One part of the book, read from a built page. */
export interface BookPart {
  /** The page's slug (e.g. huanfang, method, sources, corrections), also the prefix of its ids. */
  slug: string;
  title: string;
  /** The sections (h2) as the page lists them: id (prefixed) and title. */
  sections: { id: string; title: string }[];
  /** The article's HTML, without interface. */
  html: string;
  /** The page's stylesheets (absolute paths), without the print-only ones and the print typefaces (the book declares its own). */
  stylesheets: string[];
}

/** Opens `url` and returns its article as a book part (runs the page's own print preparation). */
export async function extractPart(browser: Browser, url: string, slug: string): Promise<BookPart> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  try {
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    return await page.evaluate((prefix) => {
      const article = document.querySelector('main article, main .article, main > *');
      if (!article) throw new Error(`${location.pathname}: no article`);
      const copy = article.cloneNode(true) as HTMLElement;
      const drop = [
        'script',
        '.print-masthead',
        '.reading-progress',
        '.print-tools',
        '.toc',
        '.chapter-toc',
        '.chapter-nav',
        '.copied-notice',
        '.back-to-top',
        '.chapter-sources',
        '.heading-anchor',
        '.dateline',
        'details.chart-data > summary',
      ];
      copy.querySelectorAll(drop.join(',')).forEach((el) => {
        const parent = el.parentElement;
        el.remove();
        if (parent && parent.tagName === 'P' && !parent.textContent?.trim()) parent.remove();
      });
      // every image is in the book: a lazy one far down the page would print as nothing
      copy.querySelectorAll('img[loading]').forEach((img) => img.removeAttribute('loading'));
      // a data table prints open: the <details> becomes a plain block
      copy.querySelectorAll('details').forEach((d) => {
        const div = document.createElement('div');
        div.className = d.className;
        div.append(...d.childNodes);
        d.replaceWith(div);
      });
      const id = (value: string) => `${prefix}--${value}`;
      copy.querySelectorAll('[id]').forEach((el) => (el.id = id(el.id)));
      for (const attr of ['aria-labelledby', 'aria-describedby']) {
        copy.querySelectorAll(`[${attr}]`).forEach((el) =>
          el.setAttribute(
            attr,
            el
              .getAttribute(attr)!
              .split(/\s+/)
              .map((v) => id(v))
              .join(' '),
          ),
        );
      }
      copy.querySelectorAll('a[href]').forEach((a) => {
        const href = a.getAttribute('href')!;
        const cite = a.getAttribute('data-cite');
        if (cite) a.setAttribute('href', `#sources--${cite}`);
        else if (href.startsWith('#')) a.setAttribute('href', `#${id(href.slice(1))}`);
        else if (!/^https?:/.test(href)) a.replaceWith(...a.childNodes);
      });
      const title = (copy.querySelector('h1')?.textContent ?? document.title).trim();
      const sections = Array.from(copy.querySelectorAll('h2[id]')).map((h) => ({
        id: h.id,
        title: (h.textContent ?? '').trim(),
      }));
      const stylesheets = Array.from(
        document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
      )
        .filter((l) => l.media !== 'print' && !l.hasAttribute('data-print-fonts'))
        .map((l) => new URL(l.href).pathname);
      return { slug: prefix, title, sections, html: copy.innerHTML, stylesheets };
    }, slug);
  } finally {
    await page.close();
  }
}
