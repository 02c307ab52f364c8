/**
 * Every page in every edition has a share card: an absolute og:image (1200×630 PNG drawn at
 * build time) that exists, with alt text in the edition's script and a large-image Twitter card;
 * the card shows its title and chart (not blank), and follows the sub-path of a sub-path build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readsInScript } from '../../src/editions/script-profile.ts';
import { SUB_PATH, useSite } from './site.ts';

const site = useSite('dist');
const SITE = 'http://127.0.0.1:4321';

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
      const files = pages('dist', edition);
      expect(files.length).toBeGreaterThanOrEqual(9);
      const chapterCards = new Set<string>();
      for (const file of files) {
        const html = readFileSync(file, 'utf8');
        const image = meta(html, 'og:image')!;
        expect(image, file).toMatch(new RegExp(`^${SITE}/${edition}/(\\w+/)?share-card\\.png$`));
        expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
        expect(meta(html, 'twitter:image'), file).toBe(image);
        expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], file).toEqual([
          '1200',
          '630',
        ]);
        expect(readsInScript(meta(html, 'og:image:alt')!, edition, 4), file).toBe(true);
        const png = join('dist', new URL(image).pathname);
        expect(existsSync(png), png).toBe(true);
        expect(pngSize(readFileSync(png))).toEqual([1200, 630]);
        if (/share-card\.png$/.test(image) && new URL(image).pathname.split('/').length === 4)
          chapterCards.add(image);
      }
      expect(chapterCards.size, 'each chapter has a card of its own').toBeGreaterThanOrEqual(6);
    },
  );

  it('a chapter card names its chart in the alt text, in the edition script', () => {
    const html = readFileSync('dist/zh-tw/shock/index.html', 'utf8');
    expect(meta(html, 'og:image:alt')).toMatch(/^分享圖：震盪，配圖為「.+」$/);
  });

  it('a sub-path build points its cards under the sub-path', () => {
    const html = readFileSync(join('dist-sub', 'zh-hk', 'huanfang', 'index.html'), 'utf8');
    expect(meta(html, 'og:image')).toBe(`${SITE}${SUB_PATH}zh-hk/huanfang/share-card.png`);
    expect(existsSync(join('dist-sub', 'zh-hk', 'huanfang', 'share-card.png'))).toBe(true);
  });

  it('a card shows its title and its chart in the edition script: neither area is blank, and the editions differ', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-hk/shock/`);
    const inked = (path: string) =>
      page.evaluate(async (src) => {
        const image = await createImageBitmap(await (await fetch(src)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const [r0, g0, b0] = context.getImageData(1190, 10, 1, 1).data; // the card's background, outside title and chart
        const share = (x: number, y: number, w: number, h: number) => {
          const { data } = context.getImageData(x, y, w, h);
          let ink = 0;
          for (let i = 0; i < data.length; i += 4)
            if (
              Math.abs(data[i]! - r0!) +
                Math.abs(data[i + 1]! - g0!) +
                Math.abs(data[i + 2]! - b0!) >
              120
            )
              ink++;
          return ink / (w * h);
        };
        return { title: share(64, 200, 520, 180), chart: share(660, 70, 470, 460) };
      }, path);
    const card = await inked('share-card.png');
    expect(card.title).toBeGreaterThan(0.03);
    expect(card.chart).toBeGreaterThan(0.03);
    await page.close();
    expect(
      readFileSync('dist/zh-hk/shock/share-card.png').equals(
        readFileSync('dist/zh-cn/shock/share-card.png'),
      ),
    ).toBe(false);
  });
});
