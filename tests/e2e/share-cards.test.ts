/**
 * Every page in every edition of a build with a public address (SITE_URL, BASE_PATH) has a share
 * card: an absolute og:image on that address (1200×630 PNG drawn at build time) that exists, with
 * alt text in the edition's script and a large-image Twitter card; the card shows its title and
 * chart (not blank) and prints the address at its foot. A build without a public address (for
 * local reading) names no og:image and prints no address on its cards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readsInScript } from '../../src/editions/check/script-profile.ts';
import type { Page } from 'playwright-core';
import { PUBLIC_SITE, SUB_PATH, useSite } from './site.ts';

const site = useSite('dist');
const SITE = `${PUBLIC_SITE}${SUB_PATH}`;

/** The share of a card's area `box` inked (off its background colour), read in the browser from the PNG's bytes. */
function inked(
  page: Page,
  png: Buffer,
  box: { x: number; y: number; w: number; h: number },
): Promise<number> {
  return page.evaluate(
    async ([base64, { x, y, w, h }]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [r0, g0, b0] = context.getImageData(1190, 10, 1, 1).data; // the card's background, outside title and chart
      const { data } = context.getImageData(x, y, w, h);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs(data[i]! - r0!) + Math.abs(data[i + 1]! - g0!) + Math.abs(data[i + 2]! - b0!) >
          120
        )
          ink++;
      return ink / (w * h);
    },
    [png.toString('base64'), box] as const,
  );
}

/** Where a card prints the site's address. */
const FOOT = { x: 64, y: 562, w: 520, h: 36 };

/** The content of a meta tag of an HTML page (property= or name=). */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1]?.replace(/&amp;/g, '&');
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Every page of an edition in a build directory. */
function pages(dir: string, edition: string): string[] {
  return readdirSync(join(dir, edition), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => join(d.parentPath, d.name));
}

describe('share cards', () => {
  it.each(['zh-cn', 'zh-tw', 'zh-hk'] as const)(
    'every %s page points at its existing 1200×630 card, with alt text in its script',
    (edition) => {
      const files = pages('dist-sub', edition);
      expect(files.length).toBeGreaterThanOrEqual(9);
      const chapterCards = new Set<string>();
      for (const file of files) {
        const html = readFileSync(file, 'utf8');
        const image = meta(html, 'og:image')!;
        expect(image, file).toMatch(new RegExp(`^${SITE}${edition}/(\\w+/)?share-card\\.png$`));
        expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
        expect(meta(html, 'twitter:image'), file).toBe(image);
        expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], file).toEqual([
          '1200',
          '630',
        ]);
        expect(readsInScript(meta(html, 'og:image:alt')!, edition, 4), file).toBe(true);
        const png = join('dist-sub', image.slice(SITE.length));
        expect(existsSync(png), png).toBe(true);
        expect(pngSize(readFileSync(png))).toEqual([1200, 630]);
        if (image.slice(SITE.length).split('/').length === 3) chapterCards.add(image);
      }
      expect(chapterCards.size, 'each chapter has a card of its own').toBeGreaterThanOrEqual(6);
    },
  );

  it('a chapter card names its chart in the alt text, in the edition script', () => {
    const html = readFileSync('dist-sub/zh-tw/shock/index.html', 'utf8');
    expect(meta(html, 'og:image:alt')).toMatch(/^分享圖：震盪，配圖為「.+」$/);
  });

  it('a sub-path build points its cards under the sub-path', () => {
    const html = readFileSync(join('dist-sub', 'zh-hk', 'huanfang', 'index.html'), 'utf8');
    expect(meta(html, 'og:image')).toBe(`${SITE}zh-hk/huanfang/share-card.png`);
    expect(existsSync(join('dist-sub', 'zh-hk', 'huanfang', 'share-card.png'))).toBe(true);
  });

  it('a card shows its title and its chart in the edition script: neither area is blank, and the editions differ', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-hk/shock/`);
    const png = readFileSync('dist/zh-hk/shock/share-card.png');
    expect(await inked(page, png, { x: 64, y: 200, w: 520, h: 180 }), 'title').toBeGreaterThan(
      0.03,
    );
    expect(await inked(page, png, { x: 660, y: 70, w: 470, h: 460 }), 'chart').toBeGreaterThan(
      0.03,
    );
    await page.close();
    expect(
      readFileSync('dist/zh-hk/shock/share-card.png').equals(
        readFileSync('dist/zh-cn/shock/share-card.png'),
      ),
    ).toBe(false);
  });

  it('a build without a public address names no og:image and prints no address on its cards; a release build prints its own', async () => {
    for (const file of pages('dist', 'zh-tw')) {
      const html = readFileSync(file, 'utf8');
      expect(meta(html, 'og:image'), file).toBeUndefined();
      expect(meta(html, 'twitter:image'), file).toBeUndefined();
    }
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-cn/`);
    for (const card of ['zh-cn/share-card.png', 'zh-tw/shock/share-card.png'])
      expect(await inked(page, readFileSync(join('dist', card)), FOOT), card).toBe(0);
    expect(
      await inked(page, readFileSync('dist-sub/zh-tw/shock/share-card.png'), FOOT),
    ).toBeGreaterThan(0.02);
    await page.close();
  });
});
