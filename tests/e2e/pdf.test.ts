/**
 * `npm run pdf` makes a PDF of chapter 1 in each edition that reads like the page: title,
 * first and last paragraphs and every caption, in reading order and in the edition's script;
 * every chart's labels; no blank page; a sane page count; and the page links to its PDF.
 * It prints as a machine without CJK fonts would, so the text and the embedded typeface come
 * from the site's own fonts; printing from a reader's browser embeds them too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { useSite, waitForStep } from './site.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { pdfProblems, readPdf } from '../../scripts/pdf-check.ts';

const site = useSite('dist');
let pdfRun: ReturnType<typeof spawnSync>;
beforeAll(async () => {
  pdfRun = spawnSync('npm', ['run', 'pdf', '--', '--chapter', 'huanfang'], { encoding: 'utf8' });
});

/**
 * Text without white space (PDF extraction breaks lines anywhere), NFKC-normalised: some CJK
 * fonts map glyphs to Kangxi radicals (⽅ U+2F45 for 方), which NFKC folds back.
 */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Opens the huanfang chapter of `edition` at the gpu-units scrolly's first step; returns that step. */
async function atGpuUnits(page: Page, edition: string): Promise<Locator> {
  await page.goto(`${site.server.url}${edition}/huanfang/#gpu-units-1`);
  await waitForStep(page, 'gpu-units', 0);
  return page.locator('[data-scrolly="gpu-units"] .scrolly-steps .step').first();
}

describe('npm run pdf', () => {
  it('prints its progress and writes one PDF per edition', () => {
    expect(pdfRun.stderr).not.toContain('npm run pdf:');
    expect(pdfRun.status, String(pdfRun.stderr)).toBe(0);
    expect(pdfRun.stdout).toContain('[1/3] dist/pdf/zh-cn/huanfang.pdf');
    expect(pdfRun.stdout).toContain('3 PDFs written');
  });

  it.each([
    ['zh-cn', '幻方与萤火', '萤火', '螢火'],
    ['zh-tw', '幻方與螢火', '螢火', '萤火'],
    ['zh-hk', '幻方與螢火', '螢火', '萤火'],
  ])('the %s PDF reads like the page', async (edition, title, own, other) => {
    const pdf = await getDocumentProxy(
      new Uint8Array(readFileSync(`dist/pdf/${edition}/huanfang.pdf`)),
    );
    const { totalPages, text: pages } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThanOrEqual(4);
    expect(totalPages).toBeLessThanOrEqual(30);
    for (const [i, page] of pages.entries())
      expect(squash(page).length, `page ${i + 1} is blank`).toBeGreaterThan(40);
    const all = squash(pages.join(''));
    expect(squash(pages[0]!)).toContain(title);
    expect(all).toContain(own);
    expect(all).not.toContain(other);
    // a build without a public address: no address on the page, no link to a local one
    const { links } = await readPdf(
      new Uint8Array(readFileSync(`dist/pdf/${edition}/huanfang.pdf`)),
    );
    expect(all).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(links.filter((l) => /localhost|127\.0\.0\.1/.test(l))).toEqual([]);
    expect(links.length).toBeGreaterThan(0); // the sources' own addresses stay

    // the page as built (charts in their static state, which is what prints)
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${edition}/huanfang/`);
    const paragraphs = await page
      .locator('article > p, article .section-heading + p')
      .allTextContents();
    const prose = paragraphs.map(squash).filter((p) => p.length > 30);
    const captions = (await page.locator('.chart-caption, figure figcaption').allTextContents())
      .map(squash)
      .filter(Boolean);
    const chartLabels = await page.$$eval('svg.chart[data-width-class="wide"] text', (ts) =>
      ts.map((t) => t.textContent ?? ''),
    );
    expect(await page.locator('a.pdf-link').isVisible()).toBe(true);
    expect(await page.locator('a.pdf-link').textContent()).toMatch(/PDF（\d+(\.\d)? (KB|MB)）$/);
    await context.close();

    const first = prose[0]!.slice(0, 20);
    const last = prose[prose.length - 1]!.slice(-20);
    const at = (needle: string) => all.indexOf(needle);
    expect(at(first), 'first paragraph').toBeGreaterThan(-1);
    expect(at(last), 'last paragraph').toBeGreaterThan(at(first));
    let previous = at(first);
    for (const caption of captions) {
      const where = all.indexOf(caption.slice(0, 12), previous);
      expect(where, `caption ${caption}`).toBeGreaterThan(-1);
      previous = where;
    }
    for (const label of chartLabels.map(squash).filter(Boolean))
      expect(all, `chart label ${label}`).toContain(label);
  });
});

describe('the PDFs carry their typefaces', () => {
  it.each([
    ['zh-cn', 'SC'],
    ['zh-tw', 'TC'],
    ['zh-hk', 'HK'],
  ])('the %s PDF embeds Noto Serif and Sans %s and nothing else', async (edition, code) => {
    const file = `dist/pdf/${edition}/huanfang.pdf`;
    const contents = await readPdf(new Uint8Array(readFileSync(file)));
    expect(pdfProblems(file, edition as 'zh-cn', contents)).toEqual([]);
    const names = contents.fonts.map((f) => f.name).sort();
    expect(names).toEqual([
      `NotoSans${code}-Bold`,
      `NotoSans${code}-Regular`,
      `NotoSerif${code}-Bold`,
      `NotoSerif${code}-Regular`,
    ]);
    expect(contents.fonts.every((f) => f.embedded)).toBe(true);
  });

  it('a PDF printed without the site fonts on a machine without CJK fonts is refused, naming the file', async () => {
    const browser = await launchChromium({ fonts: 'bare' });
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="zh-HK"><body><h1>幻方與螢火</h1><p>DeepSeek 的故事要從一家量化基金講起：它先用模型做交易，再自建螢火一號、螢火二號兩台算力集群，最後把一支研究通用人工智能的團隊拆成了獨立公司。</p></body></html>',
    );
    const bytes = await page.pdf();
    await browser.close();
    const file = join(tmpdir(), 'boxes.pdf');
    const problems = pdfProblems(file, 'zh-hk', await readPdf(new Uint8Array(bytes)));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}: no extractable Chinese text in the zh-hk script`),
      ),
      expect.stringMatching(
        new RegExp(
          `^${file}: no embedded font of the zh-hk typeface \\(NotoSerifHK or NotoSansHK\\); embedded: DejaVu`,
        ),
      ),
    ]);
  });
});

describe('printing from the browser', () => {
  it("a screen load requests no font file; the print button loads the edition's typefaces, and the print embeds them", async () => {
    const browser = await launchChromium({ fonts: 'bare' });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font' || /\.woff2$/.test(request.url()))
        fonts.push(request.url().replace(/.*\//, ''));
    });
    await page.goto(`${site.server.url}zh-tw/huanfang/`, { waitUntil: 'networkidle' });
    expect(fonts).toEqual([]);

    await page.evaluate(() => {
      window.print = () => {
        document.documentElement.dataset.printedWith = [
          ...new Set(
            [...document.fonts]
              .filter((f) => f.status === 'loaded')
              .map((f) => `${f.family} ${f.weight}`),
          ),
        ]
          .sort()
          .join('|');
      };
    });
    await page.locator('[data-print]').click();
    await page.waitForFunction(() => document.documentElement.dataset.printedWith !== undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.printedWith)).toBe(
      'Noto Sans TC Print 400|Noto Sans TC Print 700|Noto Serif TC Print 400|Noto Serif TC Print 700',
    );
    expect(fonts.every((f) => /^noto-(serif|sans)-(tc|sc)-/.test(f))).toBe(true);
    expect(fonts.some((f) => f.startsWith('noto-serif-tc-400.'))).toBe(true);

    const contents = await readPdf(new Uint8Array(await page.pdf()));
    await browser.close();
    expect(pdfProblems('print', 'zh-tw', contents)).toEqual([]);
    expect(contents.fonts.map((f) => f.name)).toContain('NotoSerifTC-Regular');
  });

  it('prints light colours even for a reader in dark mode', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}zh-hk/huanfang/`);
    const screen = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.querySelector('article .section-heading + p')!).color,
    ]);
    expect(screen).not.toBe('rgb(255, 255, 255)');
    expect(print).toEqual(['rgb(255, 255, 255)', 'rgb(17, 17, 17)']);
    await context.close();
  });

  it('prints every chart in its full state, tables open, and no interface', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const firstStep = await atGpuUnits(page, 'zh-tw');
    const placeBefore = (await firstStep.boundingBox())!.y;
    // as a browser does: beforeprint, then the page laid out for paper
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    // print shows the scrolly as small multiples: a state beside each step, in order, the telling one in full
    const steps = page.locator('[data-scrolly="gpu-units"] .scrolly-steps .step');
    const printed = page.locator('[data-scrolly="gpu-units"] .step-state svg.chart');
    expect(await printed.count()).toBe(await steps.count());
    expect(await printed.first().isVisible()).toBe(true);
    expect(await printed.evaluateAll((svgs) => svgs.map((s) => s.dataset.state))).toEqual(
      await steps.evaluateAll((els) => els.map((_, i) => String(i))),
    );
    expect(
      await page
        .locator('[data-scrolly="gpu-units"] .scrolly-graphic svg.chart[data-width-class="wide"]')
        .isVisible(),
    ).toBe(false);
    const staticStep = Number(
      await page
        .locator('[data-scrolly="gpu-units"] .scrolly-graphic svg.chart[data-width-class="wide"]')
        .getAttribute('data-step'),
    );
    const full = printed.nth(staticStep);
    expect(await full.locator('[data-key^="cmp-"]').count()).toBe(21);
    // a small multiple is still read: its labels print at 7 pt (9.3 CSS px) or more
    const smallest = await printed.evaluateAll((svgs) =>
      Math.min(
        ...svgs.flatMap((svg) =>
          Array.from(svg.querySelectorAll('text'), (t) => {
            const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
            return Number(t.getAttribute('font-size')) * scale;
          }),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(9.3);
    // the print layout resizes the page; the printed states stay as they are meanwhile
    await page.waitForTimeout(500);
    expect(await full.locator('[data-key^="cmp-"]').count()).toBe(21);
    expect(await page.locator('details.chart-data[open]').count()).toBe(
      await page.locator('details.chart-data').count(),
    );
    for (const chrome of ['.site-header', '.reading-progress', '.chapter-nav', '.print-tools']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(
      await page
        .locator('.scrolly-graphic')
        .first()
        .evaluate((el) => getComputedStyle(el).position),
    ).toBe('static');
    // as a browser does: the screen layout comes back, then afterprint fires
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await waitForStep(page, 'gpu-units', 0);
    expect(await page.locator('details.chart-data[open]').count()).toBe(0);
    // the reader is where they were, though tables above opened and closed
    expect(Math.abs((await firstStep.boundingBox())!.y - placeBefore)).toBeLessThan(2);
    await page.close();
  });

  it('brings the reader back to their place when the browser does not', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 390, height: 844 },
      bypassCSP: true, // for the test's own style below
    });
    const firstStep = await atGpuUnits(page, 'zh-hk');
    const before = (await firstStep.boundingBox())!.y;
    // the browser holds the reader's place as the tables above open for print but, as Chromium
    // now and then does, not as they close
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.addStyleTag({ content: '* { overflow-anchor: none !important; }' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(Math.abs((await firstStep.boundingBox())!.y - before)).toBeLessThan(2);
    await waitForStep(page, 'gpu-units', 0);
    await page.close();
  });
});
