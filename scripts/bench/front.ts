/**
 * A front for a local server (an address from scripts/serve.mjs), on 127.0.0.1 and a free port,
 * that can change two things on the way out:
 *
 * - `gzip`: compress text responses when the browser asks for it, the way scripts/serve.mjs and
 *   static hosts do (the front asks its upstream for identity, so this decides compression);
 * - `dropHeaders`: leave response headers out. Lighthouse runs get `Referrer-Policy` removed:
 *   Chromium 147 aborts a document navigation whose response carries that header while the
 *   `blink.webdx_feature_usage` trace category is recording, and Lighthouse 13 records it for
 *   performance and best-practices, so every run fails with FAILED_DOCUMENT_REQUEST
 *   (net::ERR_ABORTED). The site's value, strict-origin-when-cross-origin, is the browser's
 *   default, so the page behaves the same without the header.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { compressible } from '../serve.mjs';

/** What the front changes. */
export interface FrontOptions {
  gzip?: boolean;
  dropHeaders?: string[];
}

/** Starts a front for `target`; resolves to { url, close }. */
export async function startFront(
  target: string,
  options: FrontOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const drop = new Set((options.dropHeaders ?? []).map((h) => h.toLowerCase()));
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' },
      },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () => {
          let body = Buffer.concat(chunks);
          const headers = { ...up.headers };
          for (const name of drop) delete headers[name];
          if (
            options.gzip &&
            /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
            compressible(String(headers['content-type'] ?? '')) &&
            body.length > 0
          ) {
            body = gzipSync(body);
            headers['content-encoding'] = 'gzip';
            headers.vary = 'accept-encoding';
          }
          delete headers['transfer-encoding'];
          headers['content-length'] = String(body.length);
          res.writeHead(up.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((ok, fail) =>
    server.once('error', fail).listen(0, '127.0.0.1', () => ok()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
