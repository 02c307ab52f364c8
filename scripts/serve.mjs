#!/usr/bin/env node
/**
 * A small static file server for dist/: `node scripts/serve.mjs [dir] [--port 4321] [--base /sub/path/]`.
 * Listens on 127.0.0.1 only. Serves `dir` under `base`, directory URLs from index.html,
 * and the site's 404 page for anything missing.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf', '.png': 'image/png', '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.pf_meta': 'application/octet-stream',
};

/** Starts a server for `dir` under `base`; resolves to { url, close }. */
export async function serve(dir, { port = 4321, base = '/' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file, status = 200) => {
      const body = await readFile(file);
      res.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    };
    try {
      if (!path.startsWith(prefix)) {
        if (path === prefix.slice(0, -1)) {
          res.writeHead(301, { location: prefix });
          return res.end();
        }
        throw new Error('outside base');
      }
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) throw new Error('outside root');
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await send(file);
    } catch {
      await send(join(root, '404.html'), 404).catch(() => {
        res.writeHead(404);
        res.end('not found');
      });
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(option('--port', process.env.PORT ?? 4321));
  const base = option('--base', process.env.BASE_PATH ?? '/');
  const dir = args[0] ?? 'dist';
  const { url } = await serve(dir, { port, base });
  console.log(`Serving ${dir} at ${url} (Ctrl+C to stop)`);
}
