/**
 * What every page shows a reader: no word about how the site was made, no 「已更正」 in
 * running text, and quotations set as quotations (<q>/<blockquote> with a <cite>), with each
 * script's own quotation marks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite('dist');

/** Every HTML file under dist/, as a path relative to it. */
function htmlFiles(dir = 'dist', prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path, `${prefix}${name}/`);
    return name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}

/**
 * The running text of an HTML page: without scripts, styles, tags, and without data tables
 * (a chart's table has a status column where 已更正 belongs).
 */
const textOf = (html: string) =>
  html.replace(/<(script|style|table)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');

describe('words a reader knows', () => {
  const files = htmlFiles();
  it('finds the pages', () => expect(files.length).toBeGreaterThan(20));
  it.each(files)(
    '%s says nothing about how the site was made, and prints no 「已更正」',
    (file) => {
      const text = textOf(readFileSync(join('dist', file), 'utf8'));
      for (const word of ['种子', '種子', '本站', '登记表', '登記表', '勘误页', '勘誤頁', '已更正'])
        expect(text, word).not.toContain(word);
    },
  );
});

describe('quotations', () => {
  it('a block quotation names its speaker and links its source, in every edition', async () => {
    for (const [edition, speaker] of [
      ['zh-cn', '梁文锋'],
      ['zh-tw', '梁文鋒'],
      ['zh-hk', '梁文鋒'],
    ] as const) {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}${edition}/huanfang/`);
      const quote = page.locator('blockquote.quote-block').first();
      expect(await quote.locator('footer cite').textContent()).toContain(speaker);
      expect(await quote.locator('footer a').getAttribute('href')).toBe(
        `/${edition}/sources/#anyong-2024-07-liang`,
      );
      await page.close();
    }
  });

  it('an inline quotation is a <q> followed by its speaker; Simplified shows “”, the Traditional editions 「」', async () => {
    const marks = { 'zh-cn': '“', 'zh-tw': '「', 'zh-hk': '「' } as const;
    for (const [edition, open] of Object.entries(marks)) {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}${edition}/huanfang/`);
      const q = page.locator('article q.quote').first();
      expect(await q.count()).toBe(1);
      expect(await q.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('open-quote');
      expect(await q.evaluate((el) => getComputedStyle(el).quotes)).toMatch(
        new RegExp(`^"${open}" "${open === '“' ? '”' : '」'}"`),
      );
      expect(await q.evaluate((el) => el.nextElementSibling?.tagName)).toBe('CITE');
      expect(
        await page.locator('article q.quote + cite.quote-by a').first().getAttribute('href'),
      ).toMatch(new RegExp(`^/${edition}/sources/#`));
      await page.close();
    }
  });
});
