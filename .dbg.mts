import { launchChromium } from './scripts/chromium.ts';
import { serve } from './scripts/serve.mjs';
const server = await serve('dist', { port: 0, base: '/' });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('console', m.text()));
await page.goto(server.url + 'zh-cn/');
console.log(await page.evaluate(() => { const f = document.querySelector('.cover-hero'); return f ? [f.getBoundingClientRect().toJSON(), getComputedStyle(f).display, f.outerHTML.length, document.querySelector('.hero-wide')?.getBoundingClientRect().toJSON()] : 'none'; }));
await browser.close(); await server.close();
