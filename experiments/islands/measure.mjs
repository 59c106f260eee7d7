// Measures the islands spike beside the product (docs/islands.md): what the first view transfers
// (gzip and Brotli, as a server would send it), the wasm alone, and the time from navigation to
// interactive with the CPU slowed down 4x (median of 5): for the product, its `data-ready`; for
// the islands, every island hydrated. Each with the real report and with 2,000 results.
//   node measure.mjs ISLANDS_OUT PRODUCT_DIST PRODUCT_2000
import { createRequire } from 'node:module';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const require = createRequire(join(process.cwd(), '..', '..', 'package.json'));
const { chromium } = require('playwright-core');
const { serve } = await import(join(process.cwd(), '..', '..', 'scripts', 'serve.mjs'));

const [islandsOut, productDist, product2000, baselineDist, baseline2000] = process.argv.slice(2);
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Loads `url` with the CPU throttled 4x; returns the ms from navigation start to `readyWhen`. */
async function timeToInteractive(url, readySelector) {
  const times = [];
  const files = new Map();
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          window.__readyAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true });
    }, readySelector);
    const page = await context.newPage();
    page.on('response', async (response) => {
      if (i === 0 && response.ok()) files.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    await page.locator(readySelector).waitFor({ state: 'attached', timeout: 120_000 });
    times.push(await page.evaluate(() => window.__readyAt));
    await page.waitForLoadState('networkidle');
    await context.close();
  }
  return { tti: median(times), files };
}

function sizes(files) {
  let raw = 0, gz = 0, br = 0, wasmGz = 0, wasmBr = 0, html = 0;
  for (const [url, body] of files) {
    raw += body.length;
    gz += gzip(body);
    br += brotli(body);
    if (url.endsWith('.wasm')) { wasmGz = gzip(body); wasmBr = brotli(body); }
    if (url.endsWith('/') || url.endsWith('.html')) html = gzip(body);
  }
  return { raw, gz, br, wasmGz, wasmBr, html };
}

const rows = [];
const sites = [
  ['product, real report (38)', productDist, '[data-report][data-ready]'],
  ['islands, real report (38)', join(islandsOut, 'site-real'), 'html[data-hydrated]'],
  ['product, 2,000 results', product2000, '[data-report][data-ready]'],
  ['islands, 2,000 results', join(islandsOut, 'site-2000'), 'html[data-hydrated]'],
];
// Optionally an earlier build of the product (its dist and its 2,000-result copy), for "today".
if (baselineDist) sites.push(['earlier product, real report (38)', baselineDist, '[data-report][data-ready]']);
if (baseline2000) sites.push(['earlier product, 2,000 results', baseline2000, '[data-report][data-ready]']);
for (const [label, dir, selector] of sites) {
  const { server, url } = await serve({ dir });
  try {
    const { tti, files } = await timeToInteractive(url, selector);
    const s = sizes(files);
    rows.push({ label, tti, ...s });
  } finally {
    server.close();
  }
}
await browser.close();

const islands = await readdir(join(islandsOut, 'site-real', 'pkg'));
const wasmFile = islands.find((f) => f.endsWith('.wasm'));
console.log(`islands wasm: ${kB((await stat(join(islandsOut, 'site-real', 'pkg', wasmFile))).size)} raw`);
console.log('what | first view gzip | first view Brotli | wasm gzip | wasm Brotli | page gzip | time to interactive (4x CPU, median of 5)');
for (const r of rows) {
  console.log(`${r.label} | ${kB(r.gz)} | ${kB(r.br)} | ${kB(r.wasmGz)} | ${kB(r.wasmBr)} | ${kB(r.html)} | ${r.tti.toFixed(0)} ms`);
}
