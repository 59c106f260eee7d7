// The test site: the project's own server (scripts/serve.mjs: the strict policy and the production
// headers) behind a small front server that
//   - serves the probe (probe.js) at /__e2e/probe.js and puts <script src="/__e2e/probe.js"> first
//     into every HTML page, so every engine records errors and policy violations from the start
//     (`script-src 'self'` allows it);
//   - with `noScript`, serves HTML as a browser without JavaScript renders it: the page's own
//     scripts removed, its <noscript> parts in force (the probe and the checks still run);
//   - while `holdWasm()` holds it, keeps every .wasm request waiting (the page as it is before the
//     widget's file arrives);
//   - passes everything else through unchanged.
import { createServer, request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '../../../scripts/serve.mjs';

const PROBE_PATH = '/__e2e/probe.js';
const PROBE_TAG = `<script src="${PROBE_PATH}"></script>`;
const probeSource = await readFile(new URL('./probe.js', import.meta.url));

/**
 * An HTML document as a browser without JavaScript renders it: its scripts (and the preloads of
 * their modules) removed, its <noscript> parts in force. The one rewrite of both test servers (this
 * one, and the harness's routing in Chromium).
 */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="?modulepreload"?[^>]*>/g, '')
    .replace(/<noscript>([\s\S]*?)<\/noscript>/g, '$1');
}

/**
 * Serves `dir` as above. Resolves to { url, holdWasm, close }: `holdWasm()` returns the function
 * that lets the held requests through. With `backend` ({ url }: nginx, say), the front server
 * passes to it instead of starting scripts/serve.mjs, and leaves it running on close. Other options
 * go to scripts/serve.mjs.
 */
export async function startSite({ dir, noScript = false, backend: given, port = 0, ...options }) {
  // `backend`: another server of the same files ({ url, close }: nginx), instead of serve.mjs.
  const backend = given ?? (await serve({ dir, ...options }));
  const target = new URL(backend.url);
  let held = null;
  const front = createServer(async (request, response) => {
    if (held && /\.wasm(\?|$)/.test(request.url)) await held;
    if (request.url.split('?')[0] === PROBE_PATH) {
      response.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      return response.end(probeSource);
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        const type = answer.headers['content-type'] ?? '';
        if (!type.startsWith('text/html') || request.method === 'HEAD') {
          response.writeHead(answer.statusCode, answer.headers);
          return answer.pipe(response);
        }
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => {
          let body = Buffer.concat(chunks);
          if (answer.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
          if (answer.headers['content-encoding'] === 'br') body = brotliDecompressSync(body);
          let html = body.toString('utf8');
          if (noScript) html = withoutScripts(html);
          // First in <head>; the built pages are minified and may leave out the <head> start
          // tag, so right after <html …> (never before the doctype: that would be quirks mode).
          // Only the opening of the page is looked at: an inline script may mention "<head>".
          const at = /^\s*(<!doctype[^>]*>\s*)?(<html\b[^>]*>\s*)?(<head\b[^>]*>)?/i.exec(html);
          const cut = at[0].length;
          html = html.slice(0, cut) + PROBE_TAG + html.slice(cut);
          const headers = { ...answer.headers };
          delete headers['content-encoding'];
          delete headers['content-length'];
          delete headers['transfer-encoding'];
          response.writeHead(answer.statusCode, headers);
          response.end(html);
        });
      },
    );
    upstream.on('error', (error) => {
      response.writeHead(502);
      response.end(String(error));
    });
    request.pipe(upstream);
  });
  // `port` is the front's: the address the visitor (and a frame-ancestors list) sees.
  await new Promise((ok) => front.listen(port, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${front.address().port}/`,
    holdWasm() {
      let release;
      held = new Promise((ok) => { release = ok; });
      return () => { held = null; release(); };
    },
    close: async () => {
      front.closeAllConnections?.();
      await new Promise((ok) => front.close(ok));
      if (given) return;
      backend.server.closeAllConnections?.();
      await new Promise((ok) => backend.server.close(ok));
    },
  };
}
