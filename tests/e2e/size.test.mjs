// Sizes that are stable enough to assert: the built files, not timings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { geometry, gzipSize } from '../../scripts/sizes.mjs';
import { DIST, launchBrowser, openPage, startSite, widgetReady } from './harness.mjs';

/** The budget of the first view, gzip (issue: everything the first view loads; the wasm alone). */
export const BUDGET = { firstView: 200_000, wasm: 150_000 };
const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);

test('everything the first view loads is within the size budget', async () => {
  // What a visitor's browser actually fetches for the first view: the page, then whatever it asks
  // for until the widget has started and the network is quiet.
  const browser = await launchBrowser();
  const site = await startSite();
  const loaded = new Set();
  try {
    for (const page of ['', 'en.html']) {
      const { page: tab, context } = await openPage(browser, `${site.url}${page}`, {
        beforeGoto: (tab) => tab.on('requestfinished', (request) => loaded.add(new URL(request.url()).pathname)),
      });
      await widgetReady(tab);
      await tab.waitForLoadState('networkidle');
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const files = [];
  for (const path of loaded) {
    const file = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
    const bytes = await readFile(join(DIST, file));
    files.push({ file, raw: bytes.length, gzip: gzipSize(bytes) });
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  // Both languages' pages are counted, though a visitor loads one: the budget holds for the larger.
  const pages = files.filter((f) => f.file.endsWith('.html'));
  const shared = files.filter((f) => !f.file.endsWith('.html'));
  const sharedTotal = shared.reduce((sum, f) => sum + f.gzip, 0);
  console.log('first view (raw / gzip):');
  for (const f of files) console.log(`  ${f.file.padEnd(40)} ${kB(f.raw)} ${kB(f.gzip)}`);
  const largest = Math.max(...pages.map((p) => p.gzip));
  const total = sharedTotal + largest;
  const wasm = files.filter((f) => f.file.endsWith('.wasm'));
  console.log(`  first view total (one page): ${kB(total).trim()} of ${kB(BUDGET.firstView).trim()}; wasm ${kB(wasm[0]?.gzip ?? 0).trim()} of ${kB(BUDGET.wasm).trim()}`);
  assert.equal(pages.length, 2, 'both pages loaded');
  assert.equal(wasm.length, 1, 'one wasm file');
  assert.ok(files.some((f) => f.file === 'world.svg'), 'the map scenery is part of the first view');
  assert.ok(!files.some((f) => f.file.startsWith('export.')), 'the downloads load only when asked for');
  assert.ok(wasm[0].gzip <= BUDGET.wasm, `wasm ${wasm[0].gzip} B gzip > ${BUDGET.wasm}`);
  assert.ok(total <= BUDGET.firstView, `first view ${total} B gzip > ${BUDGET.firstView}`);
});

test('the map geometry the page loads is under 40 kB gzip', async () => {
  const g = await geometry(DIST);
  console.log(`geometry: world.svg ${g.svg} B + report countries ${g.shapes} B = ${g.total} B gzip`);
  assert.ok(g.total < 40_000, `${g.total} bytes`);
});

test('the built pages carry no inline script, style or event handler', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const pages = (await readdir(DIST)).filter((f) => f.endsWith('.html'));
  assert.ok(pages.includes('index.html') && pages.includes('en.html') && pages.includes('embed.html'), `${pages}`);
  for (const file of pages) {
    const html = await readFile(`${DIST}/${file}`, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      assert.match(tag, /\bsrc=/, `${file}: inline script ${tag}`);
      assert.match(tag, /\bintegrity=/, `${file}: script without integrity ${tag}`);
    }
    assert.doesNotMatch(html, /<style\b/, `${file}: style element`);
    assert.doesNotMatch(html, /\sstyle=/, `${file}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+=/, `${file}: event handler attribute`);
  }
});
