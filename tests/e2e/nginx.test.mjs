// The production configuration (deploy/nginx/) as it runs: Debian's nginx with it, on a loopback
// port, sends exactly the headers of scripts/serve.mjs for every kind of file, the build's
// precompressed files in the encoding asked for, validators for what is revalidated — and the
// shell, filter and embed journeys pass against it in every engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { forEachEngine, ready } from './engines.mjs';
import { startSite } from './driver/site.mjs';
import { WIDGET_FRAME, openHosted, startHost } from './host.mjs';
import { DIST } from './paths.mjs';
import { launchBrowser, widgetReady } from './harness.mjs';
import { count, resultsCount, shownCount, taxonomy, TOTAL } from './report.mjs';
import { sel } from '../../scripts/vocabulary.mjs';
import { startNginx } from '../../scripts/nginx.mjs';
import { serve } from '../../scripts/serve.mjs';
import { SERVER_NOTES } from '../../scripts/precompress.mjs';
import { SCENERY_FILE } from '../../scripts/sizes.mjs';

// What differs between any two servers and says nothing about the site.
const PER_SERVER = new Set(['date', 'server', 'connection', 'keep-alive', 'etag', 'last-modified', 'accept-ranges', 'content-length', 'transfer-encoding']);
const headersOf = (response) => Object.fromEntries([...response.headers].filter(([name]) => !PER_SERVER.has(name)).sort());

// Both servers allow the same extra host to embed the widget (serve.mjs --frame-ancestor).
const EXTRA_ANCESTOR = 'http://127.0.0.1:9';
let nginx, node;
before(async () => {
  nginx = await startNginx({ dir: DIST, frameAncestors: [EXTRA_ANCESTOR] });
  const served = await serve({ dir: DIST, frameAncestors: [EXTRA_ANCESTOR] });
  node = { url: served.url, close: () => new Promise((ok) => { served.server.closeAllConnections?.(); served.server.close(ok); }) };
});
after(async () => {
  await nginx?.close();
  await node?.close();
});

/**
 * One file of each kind the build writes: the pages (their stylesheet and scripts inline), the
 * hashed glue script, the unhashed scripts, the no-JavaScript stylesheet, the wasm, the downloads.
 */
async function kinds() {
  const files = await readdir(DIST);
  const pick = (test) => files.find(test);
  return {
    'the page (/)': '',
    'the English page': 'en.html',
    "the editors' page": 'embed.html',
    'the wasm': pick((f) => f.endsWith('.wasm')),
    'the glue script': pick((f) => /^nap1325-[0-9a-f]{8,16}\.js$/.test(f)),
    'the host script': 'embed-host.js',
    'the embed script': 'embed.js',
    'the map scenery': pick((f) => SCENERY_FILE.test(f)),
    'the no-JavaScript stylesheet': 'nojs.css',
    'a download': 'export.en.json',
  };
}

test('nginx sends exactly the headers of serve.mjs, for every kind of file and encoding', async () => {
  let compared = 0;
  for (const [kind, file] of Object.entries(await kinds())) {
    assert.ok(file !== undefined, `the build has ${kind}`);
    for (const encoding of ['br, gzip, deflate', 'gzip', 'identity']) {
      const [a, b] = await Promise.all([nginx, node].map((s) => fetch(s.url + file, { headers: { 'accept-encoding': encoding } })));
      assert.equal(a.status, 200, `${kind} from nginx`);
      assert.equal(b.status, 200, `${kind} from serve.mjs`);
      assert.deepEqual(headersOf(a), headersOf(b), `${kind} (${file}), Accept-Encoding: ${encoding}`);
      assert.deepEqual(Buffer.from(await a.arrayBuffer()), Buffer.from(await b.arrayBuffer()), `the same bytes: ${kind}`);
      compared++;
    }
  }
  // A missing file: not found, with the same security headers.
  const missing = await fetch(`${nginx.url}no-such-file.js`);
  assert.equal(missing.status, 404);
  const expected = headersOf(await fetch(`${node.url}no-such-file.js`));
  for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
    assert.equal(missing.headers.get(name), expected[name], `404: ${name}`);
  }
  // The build's notes for the servers are not served, in any form, by either server.
  for (const note of [...SERVER_NOTES].flatMap((name) => [name, `${name}.br`, `${name}.gz`])) {
    for (const server of [nginx, node]) {
      const response = await fetch(server.url + note, { headers: { 'accept-encoding': 'br, gzip' } });
      assert.equal(response.status, 404, `${note} from ${server === nginx ? 'nginx' : 'serve.mjs'}`);
    }
  }
  console.log(`headers compared: ${compared} responses`);
});

test('each file goes in the encoding asked for, from the build\'s precompressed forms', async () => {
  const fetchNginx = (file, encoding) => fetch(nginx.url + file, { headers: { 'accept-encoding': encoding } });
  for (const file of Object.values(await kinds())) {
    const original = await readFile(join(DIST, file || 'index.html'));
    const br = await fetchNginx(file, 'gzip, deflate, br');
    // Node's fetch decodes what it is sent: the raw bytes tell what was on the wire.
    assert.equal(br.headers.get('content-encoding'), 'br', `${file}: Brotli`);
    const gz = await fetchNginx(file, 'gzip');
    assert.equal(gz.headers.get('content-encoding'), 'gzip', `${file}: gzip`);
    const plain = await fetchNginx(file, 'identity');
    assert.equal(plain.headers.get('content-encoding'), null, `${file}: as it is`);
    assert.deepEqual(Buffer.from(await br.arrayBuffer()), original);
    assert.deepEqual(Buffer.from(await gz.arrayBuffer()), original);
    assert.deepEqual(Buffer.from(await plain.arrayBuffer()), original);
    // The precompressed files are what is sent: they decode to the file.
    assert.deepEqual(brotliDecompressSync(await readFile(join(DIST, `${file || 'index.html'}.br`))), original);
    assert.deepEqual(gunzipSync(await readFile(join(DIST, `${file || 'index.html'}.gz`))), original);
  }
});

test('hashed files are kept a year; the pages and embed-host.js are revalidated, with a 304 when unchanged', async () => {
  const files = await kinds();
  for (const kind of ['the wasm', 'the glue script', 'the map scenery']) {
    const response = await fetch(nginx.url + files[kind]);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', kind);
  }
  for (const kind of ['the page (/)', 'the English page', 'the host script', 'the embed script']) {
    const response = await fetch(nginx.url + files[kind], { headers: { 'accept-encoding': 'br' } });
    assert.equal(response.headers.get('cache-control'), 'no-cache', kind);
    const etag = response.headers.get('etag');
    assert.ok(etag, `${kind} has a validator`);
    const again = await fetch(nginx.url + files[kind], { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    assert.equal(again.status, 304, `${kind}: not sent again when unchanged`);
  }
});

// Trunk's hash has no leading zeros, so a build's names carry 15 hex digits one time in 16 (this
// suite once failed on `nap1325-b43f6bf1dbf14bb.js`, revalidated instead of kept): both servers
// keep such a file a year too, and still revalidate every file without a hash in its name.
test('a file named by a hash of fewer than 16 digits is kept a year by both servers; unhashed ones are not', async () => {
  const { mkdtemp, writeFile, copyFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'nap1325-names-'));
  const names = {
    'nap1325-0123456789abcdef.js': true,
    'nap1325-b43f6bf1dbf14bb.js': true,
    'nap1325-b43f6bf1dbf14bb_bg.wasm': true,
    'world-0123456789abcdef.svg': true,
    'embed-host.js': false,
    'embed.js': false,
    'nojs.css': false,
  };
  for (const name of Object.keys(names)) await writeFile(join(dir, name), 'x');
  for (const note of SERVER_NOTES) await copyFile(join(DIST, note), join(dir, note));
  const servers = [await startNginx({ dir }), await serve({ dir })];
  try {
    for (const [name, hashed] of Object.entries(names)) {
      for (const server of servers) {
        const response = await fetch(new URL(name, server.url));
        assert.equal(response.headers.get('cache-control'), hashed ? 'public, max-age=31536000, immutable' : 'no-cache', `${name} from ${server.url}`);
      }
    }
  } finally {
    await servers[0].close();
    servers[1].server.closeAllConnections?.();
    await new Promise((ok) => servers[1].server.close(ok));
    await rm(dir, { recursive: true, force: true });
  }
});

test('a repeat visit asks only for the page; everything else comes from the cache unasked (Chromium)', async () => {
  const browser = await launchBrowser();
  try {
    // A plain context: request routing (the harness's checks) would switch the HTTP cache off.
    const context = await browser.newContext();
    const page = await context.newPage();
    // What reached the server: the browser reports the raw response only for those (not for a
    // file from its memory or disk cache).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map();
    let reached = [];
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
    cdp.on('Network.responseReceivedExtraInfo', (e) => reached.push({ id: e.requestId, status: e.statusCode }));
    const visit = async () => {
      reached = [];
      await page.goto(nginx.url);
      await widgetReady(page);
      await page.waitForLoadState('networkidle');
      return reached.map((r) => `${urls.get(r.id)} ${r.status}`);
    };
    const first = await visit();
    assert.ok(first.some((r) => r.endsWith('.wasm 200')) && first.some((r) => SCENERY_FILE.test(r.slice(1, -' 200'.length)) && r.endsWith(' 200')), `first visit: ${first}`);
    // Coming back (a new navigation, not a reload, which revalidates everything).
    await page.goto('about:blank');
    const repeat = await visit();
    assert.equal(repeat.length, 1, `repeat visit: ${repeat}`);
    assert.match(repeat[0], /^\/ (200|304)$/, 'the page, sent again or a 304');
    await context.close();
  } finally {
    await browser.close();
  }
});

// The journeys, against nginx: the page and the widget start, a filter works with the address and
// back, and the widget embedded on another origin resizes its iframe.
let embedded, journeys;
before(async () => {
  journeys = await startNginx({ dir: DIST });
  embedded = await startHost(async (frameAncestors) => {
    const server = await startNginx({ dir: DIST, frameAncestors });
    const front = await startSite({ backend: server });
    return { url: front.url, close: async () => { await front.close(); await server.close(); } };
  });
});
after(async () => {
  await embedded?.close();
  await journeys?.close();
});

const ministry = taxonomy.ministries.find((m) => count((r) => r.ministries.includes(m.id)) < TOTAL).id;
const ministryName = taxonomy.ministries.find((m) => m.id === ministry).name.nl;

forEachEngine('served by nginx', (env) => {
  test('the shell and a filter, with the address and back', async () => {
    const page = await env.open('');
    await ready(page);
    assert.equal(await page.count('article'), TOTAL);
    await page.check('served by nginx');
    const option = await page.find('checkbox', new RegExp(`^${ministryName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await option.click();
    await page.until((id) => location.search === `?ministry=${id}`, ministry);
    const kept = count((r) => r.ministries.includes(ministry));
    await page.until((n) => document.querySelectorAll('article').length === n, kept);
    assert.equal(await page.evaluate((line) => document.querySelector(line).textContent.trim(), sel.ResultsCount), shownCount(kept));
    await page.check('filtered, served by nginx');
    await page.back();
    await page.until((n) => location.search === '' && document.querySelectorAll('article').length === n, TOTAL);
    assert.equal(await page.evaluate((line) => document.querySelector(line).textContent.trim(), sel.ResultsCount), resultsCount(TOTAL));
  });

  test('embedded on another origin, the iframe follows the content', async () => {
    const { page, frame, height } = await openHosted(env, embedded, { width: 1280, height: 800 });
    const full = await height();
    assert.ok(full > 1500, `the iframe grew to its content: ${full}`);
    await (await frame.find('searchbox', 'Zoeken')).click();
    await page.type('zzzqqq');
    await page.until(([widget, before]) => document.querySelector(widget).getBoundingClientRect().height < before - 200, [WIDGET_FRAME, full]);
    await page.check('embedded, served by nginx', { frames: [frame] });
  });
}, { site: () => ({ backend: journeys }) });
