/**
 * Search across scripts, in a real Chromium: on every edition a query in any of the three
 * scripts or either region's vocabulary (英伟达 / 輝達 / 英偉達, 芯片 / 晶片, 萤火 / 螢火) finds
 * the passage, and the results show the page's own edition; a screen load fetches no search
 * code or table.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './site.ts';

const site = useSite('dist');

/** The page's forms of the words searched for. */
const shown = {
  'zh-cn': { nvidia: '英伟达', chip: '芯片', firefly: '萤火' },
  'zh-tw': { nvidia: '輝達', chip: '晶片', firefly: '螢火' },
  'zh-hk': { nvidia: '英偉達', chip: '晶片', firefly: '螢火' },
} as const;

/** Types a query and returns each result's path and its excerpt's highlighted text. */
async function search(page: Page, query: string): Promise<{ paths: string[]; marks: string[] }> {
  await page.fill('[data-search-input]', '');
  await page.fill('[data-search-input]', query);
  await page.waitForFunction(
    (q) =>
      (document.querySelector('[data-search-input]') as HTMLInputElement).value === q &&
      document.querySelectorAll('[data-search-results] li a').length > 0,
    query,
  );
  await page.waitForTimeout(400); // the second reading of the query joins the list
  const paths = await page
    .locator('[data-search-results] li a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // the highlighted run of each excerpt (Pagefind marks CJK a few characters at a time)
  const marks = await page
    .locator('[data-search-results] li p')
    .evaluateAll((ps) =>
      ps.map((p) => Array.from(p.querySelectorAll('mark'), (m) => m.textContent).join('')),
    );
  return { paths, marks };
}

describe.each(['zh-cn', 'zh-tw', 'zh-hk'] as const)('search on %s', (edition) => {
  it('finds the passage whatever the script or region of the query, in the page\u2019s edition', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.server.url}${edition}/huanfang/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind|query-/.test(u))).toEqual([]);
    await page.click('[data-search-open]');
    const queries: [string[], keyof (typeof shown)['zh-cn']][] = [
      [['英伟达', '輝達', '英偉達'], 'nvidia'],
      [['芯片', '晶片'], 'chip'],
      [['萤火', '螢火'], 'firefly'],
    ];
    for (const [forms, key] of queries) {
      for (const query of forms) {
        const { paths, marks } = await search(page, query);
        expect(paths.length, `${edition}: ${query}`).toBeGreaterThan(0);
        expect(
          paths.every((p) => p.startsWith(`/${edition}/`)),
          `${edition}: ${query}`,
        ).toBe(true);
        // the passage is shown in the page's edition, the query's word highlighted in its form
        expect(
          marks.some((m) => m.includes(shown[edition][key])),
          `${edition}: ${query} → ${marks.join(' | ')}`,
        ).toBe(true);
      }
    }
    const { paths } = await search(page, '螢火二號');
    expect(paths).toContain(`/${edition}/huanfang/`);
    expect(requested.some((u) => u.endsWith(`/pagefind/query-${edition}.json`))).toBe(true);
    await page.close();
  });
});
