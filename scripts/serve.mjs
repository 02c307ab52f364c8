#!/usr/bin/env node
/**
 * A small static file server for dist/: `node scripts/serve.mjs [dir] [--port 4321] [--base /sub/path/]`.
 * Listens on 127.0.0.1 only. Serves `dir` under `base`, directory URLs from index.html,
 * the site's 404 page for anything missing, and the headers of `dir/_headers` (the same
 * file static hosts read), so the Content-Security-Policy is in force locally too. Text is
 * sent gzip-compressed when the browser accepts it, as a static host or CDN would.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.pf_meta': 'application/octet-stream',
};

/** Parses a _headers file: [{ pattern, headers: [[name, value]] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for a site path ("/zh-cn/x/"): every matching rule, later ones winning. */
export function headersFor(rules, path) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const match = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (match) for (const [name, value] of headers) out[name.toLowerCase()] = value;
  }
  return out;
}

/** True for content types worth compressing. */
export function compressible(contentType) {
  return /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg\+xml)/.test(
    contentType,
  );
}

/** Starts a server for `dir` under `base`; resolves to { url, close }. */
export async function serve(dir, { port = 4321, base = '/' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const sitePath = `/${path.slice(prefix.length)}`;
    const send = async (file, status = 200) => {
      const type = types[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const headers = {
        'content-type': type,
        vary: 'accept-encoding',
        ...headersFor(rules, sitePath),
      };
      if (compressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(status, headers);
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
      // the nearest 404.html, as Cloudflare Pages and similar hosts do: an edition's own, else the root's
      const edition = path.startsWith(prefix) ? path.slice(prefix.length).split('/')[0] : '';
      const own = /^[\w-]+$/.test(edition) && join(root, edition, '404.html');
      const notFound =
        own && (await stat(own).catch(() => undefined)) ? own : join(root, '404.html');
      await send(notFound, 404).catch(() => {
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
