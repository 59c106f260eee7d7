// Sizes that are stable enough to assert: the built files, not timings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { geometry } from '../../scripts/sizes.mjs';
import { DIST, launchBrowser, openPage, startSite, widgetReady } from './harness.mjs';

/**
 * The budget of the first view as served (Brotli, the build's precompressed files): everything the
 * first view loads, and the wasm alone. The targets are 120 kB and 80 kB (README, "Sizes and
 * speed"); these budgets are what holds today, so that nothing grows unnoticed.
 */
export const BUDGET = { firstView: 160_000, wasm: 100_000 };
const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);

test('everything the first view loads is within the size budget', async () => {
  // What a visitor's browser actually fetches for the first view: the page, then whatever it asks
  // for until the widget has started and the network is quiet.
  const browser = await launchBrowser();
  const site = await startSite();
  const loaded = new Map();
  const pending = [];
  try {
    for (const page of ['', 'en.html']) {
      const { page: tab, context } = await openPage(browser, `${site.url}${page}`, {
        // The bytes on the wire: the body as sent, in its encoding.
        beforeGoto: (tab) => tab.on('requestfinished', (request) => pending.push((async () => {
          const response = await request.response();
          const { responseBodySize } = await request.sizes();
          loaded.set(new URL(request.url()).pathname, { served: responseBodySize, encoding: response?.headers()['content-encoding'] ?? 'identity' });
        })())),
      });
      await widgetReady(tab);
      await tab.waitForLoadState('networkidle');
      await Promise.all(pending);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const files = [];
  for (const [path, { served, encoding }] of loaded) {
    const file = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
    const bytes = await readFile(join(DIST, file));
    files.push({ file, raw: bytes.length, served, encoding });
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  // Both languages' pages are counted, though a visitor loads one: the budget holds for the larger.
  const pages = files.filter((f) => f.file.endsWith('.html'));
  const shared = files.filter((f) => !f.file.endsWith('.html'));
  const sharedTotal = shared.reduce((sum, f) => sum + f.served, 0);
  console.log('first view (raw / served):');
  for (const f of files) console.log(`  ${f.file.padEnd(40)} ${kB(f.raw)} ${kB(f.served)} ${f.encoding}`);
  const largest = Math.max(...pages.map((p) => p.served));
  const total = sharedTotal + largest;
  const wasm = files.filter((f) => f.file.endsWith('.wasm'));
  console.log(`  first view total (one page): ${kB(total).trim()} of ${kB(BUDGET.firstView).trim()}; wasm ${kB(wasm[0]?.served ?? 0).trim()} of ${kB(BUDGET.wasm).trim()}`);
  // Everything that compresses is sent in Brotli, the build's precompressed form.
  assert.deepEqual(files.filter((f) => /\.(html|js|css|wasm|svg)$/.test(f.file) && f.encoding !== 'br').map((f) => f.file), []);
  assert.equal(pages.length, 2, 'both pages loaded');
  assert.equal(wasm.length, 1, 'one wasm file');
  assert.ok(files.some((f) => f.file === 'world.svg'), 'the map scenery is part of the first view');
  assert.ok(!files.some((f) => f.file.startsWith('export.')), 'the downloads load only when asked for');
  assert.ok(wasm[0].served <= BUDGET.wasm, `wasm ${wasm[0].served} B served > ${BUDGET.wasm}`);
  assert.ok(total <= BUDGET.firstView, `first view ${total} B served > ${BUDGET.firstView}`);
});

test('the map geometry the page loads is under 40 kB gzip', async () => {
  const g = await geometry(DIST);
  console.log(`geometry: world.svg ${g.svg} B + report countries ${g.shapes} B = ${g.total} B gzip`);
  assert.ok(g.total < 40_000, `${g.total} bytes`);
});

test('the built pages carry no inline script, style or event handler', async () => {
  const { readdir } = await import('node:fs/promises');
  const pages = (await readdir(DIST)).filter((f) => f.endsWith('.html'));
  assert.ok(pages.includes('index.html') && pages.includes('en.html') && pages.includes('embed.html'), `${pages}`);
  for (const file of pages) {
    const html = await readFile(`${DIST}/${file}`, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      assert.match(tag, /\bsrc=/, `${file}: inline script ${tag}`);
    }
    assert.doesNotMatch(html, /<style\b/, `${file}: style element`);
    assert.doesNotMatch(html, /\sstyle=/, `${file}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+=/, `${file}: event handler attribute`);
  }
});

/** The value of `name` in an HTML tag, quoted or not. */
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
const sri = async (file) => `sha384-${createHash('sha384').update(await readFile(join(DIST, file))).digest('base64')}`;

test('every script, the wasm and the stylesheet carry the integrity hash of the file they name', async () => {
  let checked = 0;
  for (const page of ['index.html', 'en.html', 'embed.html']) {
    const html = await readFile(join(DIST, page), 'utf8');
    const references = [];
    for (const tag of html.match(/<script\b[^>]*>/g)) {
      references.push([attribute(tag, 'src'), attribute(tag, 'integrity'), tag]);
      // The widget's own files, fetched by loader.js once the report is painted.
      if (attribute(tag, 'data-wasm')) {
        references.push([attribute(tag, 'data-glue'), attribute(tag, 'data-glue-integrity'), tag]);
        references.push([attribute(tag, 'data-wasm'), attribute(tag, 'data-wasm-integrity'), tag]);
      }
    }
    for (const tag of html.match(/<link\b[^>]*rel="?stylesheet[^>]*>/g)) {
      if (!tag.includes('nojs.css')) references.push([attribute(tag, 'href'), attribute(tag, 'integrity'), tag]);
    }
    if (page !== 'embed.html') assert.ok(references.some(([file]) => file?.endsWith('.wasm')), `${page} names the wasm`);
    for (const [file, integrity, tag] of references) {
      assert.ok(file && integrity, `${page}: no file or integrity in ${tag}`);
      assert.equal(integrity, await sri(file.replace(/^\.\//, '')), `${page}: ${file}`);
      checked++;
    }
  }
  console.log(`integrity hashes checked: ${checked}`);
});
