// A small static file server that sends the headers a government page sends: the strict
// Content-Security-Policy of the requirements, nosniff, no referrer. `make serve` and the
// end-to-end tests both use it, so what is tested is what is served.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--frame-ancestor https://host.example]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPRESSIBLE, SERVER_NOTES } from './precompress.mjs';

export const FRAME_ANCESTORS = ["'self'", 'https://www.rijksoverheid.nl', 'https://www.government.nl'];

/**
 * The policy from the requirements guide; extra frame ancestors only for local test hosts. The
 * pages' inline stylesheet and early script are allowed by their hashes, which the build writes
 * to `csp-hashes.json` ({ "script-src": [...], "style-src": [...] }; xtask prerender).
 */
export function contentSecurityPolicy(extraFrameAncestors = [], hashes = {}) {
  const allow = (directive) => (hashes[directive]?.length ? ` ${hashes[directive].join(' ')}` : '');
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval'${allow('script-src')}`,
    `style-src 'self'${allow('style-src')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${[...FRAME_ANCESTORS, ...extraFrameAncestors].join(' ')}`,
  ].join('; ');
}

/** The hashes of the build in `dir` (none for a folder that is not a build). */
export async function policyHashes(dir) {
  try {
    return JSON.parse(await readFile(join(dir, 'csp-hashes.json'), 'utf8'));
  } catch {
    return {};
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Trunk names the widget's files by their content (`nap1325-0123456789abcdef.js`, `…_bg.wasm`), and
 * the prerender the map's scenery (`world-….svg`): such a file never changes, so it is kept a year
 * without asking again. Everything else (the pages, embed-host.js, embed.js) is asked about each
 * time (`no-cache`: a 304 when unchanged). deploy/nginx/nap1325.conf says the same. Trunk writes
 * its 64-bit hash without leading zeros: up to 16 hex digits (fewer than 8 once in 4 billion).
 */
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|css|wasm|svg)$/;
export const cacheControl = (path) => (HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');

/** The precompressed forms (scripts/precompress.mjs) in the order they are preferred. */
const ENCODINGS = [['br', '.br'], ['gzip', '.gz']];
const exists = (path) => stat(path).then((s) => s.isFile(), () => false);

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port). Resolves to { server, url }.
 * `headers` adds or overrides response headers (tests use it to serve a fixture page).
 */
export async function serve({ dir, port = 0, frameAncestors = [], headers = {} }) {
  const root = resolve(dir);
  const policy = contentSecurityPolicy(frameAncestors, await policyHashes(root));
  // The editors' page shows the widget in an iframe of its own site: it alone may frame 'self'.
  const embedPolicy = `${policy}; frame-src 'self'`;
  const server = createServer(async (request, response) => {
    const send = (status, body, type, extra = {}) => {
      response.writeHead(status, {
        'Content-Security-Policy': request.url.split('?')[0].endsWith('/embed.html') ? embedPolicy : policy,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
        'Content-Type': type,
        ...headers,
        ...extra,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, 'method not allowed\n', TYPES['.txt'], { Allow: 'GET, HEAD' });
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n', TYPES['.txt']);
    }
    let file = normalize(join(root, path));
    // The build's notes for the servers are not part of the site (deploy/nginx/ says the same).
    if (file !== root && !file.startsWith(root + sep) || SERVER_NOTES.has(basename(file).replace(/\.(br|gz)$/, ''))) {
      return send(404, 'not found\n', TYPES['.txt']);
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const ext = extname(file);
      let body = await readFile(file);
      const extra = { 'Cache-Control': cacheControl(file) };
      // The build's precompressed form, as nginx's brotli_static and gzip_static choose it.
      if (COMPRESSIBLE.has(ext)) {
        const accepted = request.headers['accept-encoding'] ?? '';
        for (const [encoding, suffix] of ENCODINGS) {
          if (!(await exists(file + suffix))) continue;
          extra['Vary'] = 'Accept-Encoding';
          if (new RegExp(`\\b${encoding}\\b`).test(accepted) && !extra['Content-Encoding']) {
            body = await readFile(file + suffix);
            extra['Content-Encoding'] = encoding;
          }
        }
      }
      // The host script is loaded by other sites, with an integrity check (crossorigin).
      if (file.endsWith('embed-host.js')) extra['Access-Control-Allow-Origin'] = '*';
      send(200, body, TYPES[ext] ?? 'application/octet-stream', extra);
    } catch {
      send(404, 'not found\n', TYPES['.txt']);
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { server, url };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const frameAncestors = process.argv.flatMap((arg, i) =>
    arg === '--frame-ancestor' ? [process.argv[i + 1]] : []);
  const { url } = await serve({
    dir: option('dir', 'dist'),
    port: Number(option('port', 8080)),
    frameAncestors,
  });
  console.log(`Serving the widget at ${url} (Ctrl-C stops)`);
}
