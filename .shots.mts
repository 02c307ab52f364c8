// usage: npx node /tmp/shots.mts <root> <outprefix> <path...>  (env: DARK=1, FULL=1, SIZES=360x740,1440x900)
import { launchChromium } from './scripts/chromium.ts';
import { serve } from './scripts/serve.mjs';
const [, , root, prefix, ...paths] = process.argv;
const server = await serve(root, { port: 0, base: '/' });
const browser = await launchChromium();
const sizes = (process.env.SIZES ?? '360x740,1440x900').split(',').map((s) => s.split('x').map(Number));
for (const path of paths) for (const [w, h] of sizes) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: process.env.DARK ? 'dark' : 'light', deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  if (process.env.SCROLL) { await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL)); await page.waitForTimeout(600); }
  const name = `/tmp/shots/${prefix}-${path.replace(/\W+/g, '_')}-${w}${process.env.DARK ? '-dark' : ''}.png`;
  await page.screenshot({ path: name, fullPage: !!process.env.FULL });
  console.log(name);
  await ctx.close();
}
await browser.close(); await server.close();
