// usage: node .sheet.mjs out.png cols w h files...
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
const [, , out, cols, w, h, ...files] = process.argv;
const C = +cols, W = +w, H = +h, rows = Math.ceil(files.length / C);
const imgs = files.map((f, i) => `<image x="${(i % C) * (W + 8)}" y="${Math.floor(i / C) * (H + 8)}" width="${W}" height="${H}" href="data:image/png;base64,${readFileSync(f).toString('base64')}"/><rect x="${(i % C) * (W + 8)}" y="${Math.floor(i / C) * (H + 8)}" width="${W}" height="${H}" fill="none" stroke="#999"/>`).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${C * (W + 8)}" height="${rows * (H + 8)}"><rect width="100%" height="100%" fill="#ddd"/>${imgs}</svg>`;
writeFileSync(out, new Resvg(svg).render().asPng());
