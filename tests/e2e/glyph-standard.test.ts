/**
 * Each edition draws in its own glyph standard on a device that has every standard installed
 * under its plain Google Fonts name (Noto Serif SC / TC / HK, Noto Sans SC / TC / HK) and whose
 * default faces are another standard's: the carried Noto fonts, seen by Chromium through a
 * fontconfig of the project's own (scripts/fontconfig.ts, "plain-sc" and "plain-hk"). Chromium
 * reports which face drew a node's text (CDP CSS.getPlatformFontsForNode).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveBuild, type Server } from './site.ts';

/** The face each edition must draw with, and the device default it must not fall back to. */
const cases = [
  { edition: 'zh-cn', code: 'SC', device: 'plain-hk' },
  { edition: 'zh-tw', code: 'TC', device: 'plain-sc' },
  { edition: 'zh-hk', code: 'HK', device: 'plain-sc' },
] as const;

let server: Server;
const browsers = new Map<string, Browser>();
beforeAll(async () => {
  server = await serveBuild('dist');
  for (const device of ['plain-sc', 'plain-hk'] as const)
    browsers.set(device, await launchChromium({ fonts: device }));
});
afterAll(async () => {
  for (const browser of browsers.values()) await browser.close();
  await server?.close();
});

/** The families that drew the text directly inside the element `selector` matches, with their glyph counts. */
async function facesOf(page: Page, selector: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return Object.fromEntries(fonts.map((f) => [f.familyName, f.glyphCount]));
}

describe('each edition in its own glyph standard', () => {
  it.each(cases)(
    '$edition draws body text and chart labels with $code faces on a device whose defaults are another standard ($device)',
    async ({ edition, code, device }) => {
      const page = await browsers.get(device)!.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${server.url}${edition}/huanfang/`);
      // the charts draw the state in view once the page has rendered (src/client/scrolly/), which
      // replaces the labels drawn in the HTML: ask about the labels after that
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly]')).every(
          (s) => s.dataset.activeStep !== undefined,
        ),
      );
      // mark a paragraph and a chart label of Chinese text to ask about
      await page.evaluate(() => {
        const han = /[\u4e00-\u9fff]{4}/;
        const paragraph = [...document.querySelectorAll('article > p')].find((p) =>
          [...p.childNodes].some((n) => n.nodeType === 3 && han.test(n.textContent ?? '')),
        );
        paragraph?.setAttribute('data-probe', 'body');
        const label = [
          ...document.querySelectorAll('svg.chart[data-width-class="wide"] text'),
        ].find((t) => han.test(t.textContent ?? '') && t.getBoundingClientRect().width > 0);
        label?.setAttribute('data-probe', 'label');
      });
      const body = await facesOf(page, '[data-probe="body"]');
      const label = await facesOf(page, '[data-probe="label"]');
      // every CJK face that drew anything is of the edition's standard
      const standards = (faces: Record<string, number>) => [
        ...new Set(
          Object.keys(faces)
            .map((family) => /\b(SC|TC|HK)$/.exec(family)?.[1])
            .filter(Boolean),
        ),
      ];
      expect(Object.keys(body), `body faces ${JSON.stringify(body)}`).toContain(
        `Noto Serif ${code}`,
      );
      expect(standards(body), JSON.stringify(body)).toEqual([code]);
      expect(Object.keys(label), `label faces ${JSON.stringify(label)}`).toContain(
        `Noto Sans ${code}`,
      );
      expect(standards(label), JSON.stringify(label)).toEqual([code]);
      await page.close();
    },
  );
});
