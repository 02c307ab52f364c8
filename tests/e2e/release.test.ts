/**
 * The address readers see. A build for local reading (dist/, no SITE_URL) names no loopback
 * address in any page, feed or script: absolute addresses are left out. A release-style build
 * (dist-sub/: SITE_URL https://example.org, BASE_PATH /stories/deepseek/) puts every canonical,
 * Open Graph and alternate URL on that address, and its chapter PDFs (one written here, as
 * `npm run release` writes all of them) are linked from their pages with their size and link
 * back to the public address. `npm run release` refuses a missing or loopback SITE_URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { PUBLIC_SITE, SUB_PATH, useSite } from './site.ts';
import { chapterTargets, writeChapterPdfs } from '../../scripts/chapter-pdfs.ts';
import { readPdf } from '../../scripts/pdf-check.ts';

const LOOPBACK = /localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]/;
const PUBLIC = `${PUBLIC_SITE}${SUB_PATH}`;

/** Every file of a build that a reader's browser or a crawler reads as text. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|xml|txt|json|css|js)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** The pages of a build. */
const pages = (dir: string) => textFiles(dir).filter((f) => f.endsWith('.html'));

describe('a build for local reading', () => {
  it('names no loopback address in any page, feed, stylesheet or script', () => {
    const files = textFiles('dist');
    expect(files.length).toBeGreaterThan(30);
    const local = files.filter((f) => LOOPBACK.test(readFileSync(f, 'utf8')));
    expect(local).toEqual([]);
  });
});

describe('a release-style build (SITE_URL and BASE_PATH)', () => {
  it('puts every canonical, Open Graph and alternate URL on the public address', () => {
    let urls = 0;
    for (const file of pages('dist-sub')) {
      const html = readFileSync(file, 'utf8');
      const found = [
        ...html.matchAll(
          /<link rel="(?:canonical|alternate)"[^>]* href="([^"]+)"|<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]+)"/g,
        ),
      ].map((m) => m[1] ?? m[2]!);
      for (const url of found) expect(url.startsWith(PUBLIC), `${file}: ${url}`).toBe(true);
      urls += found.length;
      if (!/404\.html$/.test(file))
        expect(html, file).toMatch(/<link rel="canonical" href="https:\/\/example\.org\//);
    }
    expect(urls).toBeGreaterThan(100);
    const sitemap = readFileSync('dist-sub/sitemap.xml', 'utf8');
    const locs = [...sitemap.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) expect(loc.startsWith(PUBLIC), loc).toBe(true);
  });

  it('has a PDF link waiting on each of the 18 chapter pages, under the sub-path', () => {
    const targets = chapterTargets('dist-sub');
    expect(targets.length).toBe(18);
    for (const { edition, slug } of targets)
      expect(readFileSync(join('dist-sub', edition, slug, 'index.html'), 'utf8')).toContain(
        `data-pdf-link="${SUB_PATH}pdf/${edition}/${slug}.pdf"`,
      );
  });

  describe('a chapter PDF written as the release writes it', () => {
    const site = useSite('dist-sub', SUB_PATH);
    const target = { edition: 'zh-hk', slug: 'stargate' } as const;
    const file = join('dist-sub', 'pdf', target.edition, `${target.slug}.pdf`);
    const lines: string[] = [];
    beforeAll(async () => {
      await writeChapterPdfs('dist-sub', [target], (line) => lines.push(line));
    }, 240_000);

    it('is linked from its chapter page with its size, and the link opens it', async () => {
      expect(lines).toEqual([
        expect.stringMatching(/^\[1\/1\] dist-sub\/pdf\/zh-hk\/stargate\.pdf \(\d/),
      ]);
      expect(existsSync(file)).toBe(true);
      const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${site.server.url}${target.edition}/${target.slug}/`);
      const link = page.locator('a.pdf-link');
      expect(await link.isVisible()).toBe(true);
      expect(await link.textContent()).toMatch(/^下載本章 PDF（\d+(\.\d)? (KB|MB)）$/);
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      await page.close();
    });

    it('prints the public address on page 1 and links other pages there, never to a loopback address', async () => {
      const bytes = () => new Uint8Array(readFileSync(file)); // pdf.js takes the buffer it reads
      const { text } = await extractText(await getDocumentProxy(bytes()), { mergePages: false });
      const first = text[0]!.replace(/\s+/g, '');
      expect(first).toContain(`${PUBLIC}${target.edition}/${target.slug}/`);
      const { pages: all, links } = await readPdf(bytes());
      expect(LOOPBACK.test(all.join(''))).toBe(false);
      const own = links.filter((l) => l.startsWith(PUBLIC_SITE));
      expect(own.length).toBeGreaterThan(0);
      for (const link of links) expect(LOOPBACK.test(link), link).toBe(false);
      for (const link of own) expect(link.startsWith(PUBLIC), link).toBe(true);
    });
  });
});

describe('npm run release', () => {
  it.each([
    [undefined, /SITE_URL is not set/],
    ['http://127.0.0.1:4321', /SITE_URL "http:\/\/127\.0\.0\.1:4321" is a loopback address/],
    ['http://localhost:8080/', /is a loopback address/],
  ])('refuses SITE_URL=%s before building, saying what to run', (value, message) => {
    const env = { ...process.env, SITE_URL: value ?? '', OUT_DIR: 'dist-never' };
    const run = spawnSync('npm', ['run', '--silent', 'release'], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(
      'SITE_URL=https://example.org BASE_PATH=/stories/deepseek/ npm run release',
    );
    expect(existsSync('dist-never')).toBe(false);
  });
});
