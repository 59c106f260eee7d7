// The app shell: what a visitor sees first, read from data/report.json.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, browserAndSite, openPage, startSite, until, widgetReady } from './harness.mjs';

const report = JSON.parse(await readFile(new URL('../../data/report.json', import.meta.url), 'utf8'));

describe('the app shell', () => {
  const env = browserAndSite();

  test('shows the whole report before the WebAssembly has loaded, and then starts on it', async () => {
    let releaseWasm;
    const held = new Promise((ok) => { releaseWasm = ok; });
    const { page, check, context } = await openPage(env.browser, env.site.url, {
      beforeGoto: (page) => page.route('**/*.wasm', async (route) => { await held; await route.continue(); }),
    });
    await page.getByRole('heading', { level: 1, name: report.title.nl }).waitFor();
    assert.equal(await page.getByRole('article').count(), 38, 'every card is there before the wasm');
    assert.equal(await page.locator('[data-ready]').count(), 0);
    await check('before the wasm');
    releaseWasm();
    await widgetReady(page);
    await check('started');
    await context.close();
  });

  for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
    test(`nothing moves when the widget takes over the page (${viewport.width} px)`, async () => {
      let releaseWasm;
      const held = new Promise((ok) => { releaseWasm = ok; });
      const { page, check, context } = await openPage(env.browser, env.site.url, {
        viewport,
        beforeGoto: async (page) => {
          await page.addInitScript(() => {
            window.__shifts = [];
            new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
              .observe({ type: 'layout-shift', buffered: true });
          });
          await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
        },
      });
      // Where every element of the report stands, and how big it is (not what it is called: a
      // footnote link becomes a button of the same size, a section gets a class for print).
      const boxes = () => page.evaluate(() => [...document.querySelectorAll('[data-report] *')]
        // Inside the map's drawing only the scenery changes (drawn when its file arrives): its
        // size is the picture's, not the page's layout.
        .filter((e) => e.getClientRects().length && !e.parentElement.closest('svg'))
        .map((e) => { const r = e.getBoundingClientRect(); return `${e.textContent.slice(0, 30)} ${r.x},${r.y} ${r.width}×${r.height}`; }));
      await page.getByRole('heading', { level: 1 }).waitFor();
      const before = await boxes();
      releaseWasm();
      await widgetReady(page);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      const after = await boxes();
      const moved = before.map((b, i) => [b, after[i]]).filter(([b, a]) => b !== a);
      assert.deepEqual(moved.slice(0, 5), [], `${moved.length} element(s) moved or resized`);
      assert.equal(before.length, after.length);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift at all');
      await check(`started at ${viewport.width} px`);
      await context.close();
    });
  }

  test('a widget file that fails its integrity check never runs; the report stays, with a message', async () => {
    const tampered = join(DIST, '..', 'target', 'e2e-tampered-site');
    await rm(tampered, { recursive: true, force: true });
    await cp(DIST, tampered, { recursive: true });
    const wasm = (await readdir(tampered)).find((f) => f.endsWith('.wasm'));
    const bytes = await readFile(join(tampered, wasm));
    bytes[bytes.length - 1] ^= 1;
    await writeFile(join(tampered, wasm), bytes);
    const other = await startSite({ dir: tampered });
    try {
      const { page, problems, context } = await openPage(env.browser, other.url);
      await page.getByRole('alert').getByText(/konden niet worden gestart/).waitFor();
      assert.equal(await page.locator('[data-ready]').count(), 0, 'the widget did not start');
      assert.equal(await page.getByRole('article').count(), 38, 'the report is still there');
      await until(page, () => true);
      assert.ok(problems.consoleErrors.some((e) => /integrity|could not start/i.test(e)), problems.consoleErrors.join('\n'));
      await context.close();
    } finally {
      await other.close();
    }
  });

  test('reads completely without JavaScript: cards, footnotes reachable, no dead controls', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url, { noScript: true });
    await page.getByRole('heading', { level: 1, name: report.title.nl }).waitFor();
    assert.equal(await page.getByRole('article').count(), 38);
    // A footnote marker is a link to the footnote in the list at the end.
    assert.equal(await page.locator('script').count(), 0);
    const marker = page.getByRole('link', { name: 'Voetnoot 8', exact: true });
    assert.equal(await marker.getAttribute('href'), '#footnote-8');
    await marker.click();
    assert.equal(new URL(page.url()).hash, '#footnote-8');
    await page.locator('#footnote-8').getByRole('link', { name: 'Kamerstuk 27 925, nr. 943' }).waitFor();
    // No control that needs the widget is shown: no button at all, no search field, no checkbox.
    assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0);
    assert.equal(await page.getByRole('searchbox').filter({ visible: true }).count(), 0);
    assert.equal(await page.getByRole('checkbox').filter({ visible: true }).count(), 0);
    // The country list is there as information.
    await page.getByRole('region', { name: 'Landen in de brief' }).getByText('Democratische Republiek Congo').waitFor();
    await check('without JavaScript');
    await context.close();
  });

  test('shows the title, date, reference, introduction and source from the data file', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    await page.getByRole('heading', { level: 1, name: report.title.nl }).waitFor();
    await page.getByText('20 februari 2025', { exact: true }).waitFor();
    const reference = page.getByRole('link', { name: 'Kamerstuk 26 150, nr. 223' });
    assert.equal(await reference.getAttribute('href'), 'https://zoek.officielebekendmakingen.nl/kst-26150-223.html');
    const intro = page.getByRole('region', { name: 'Inleiding' });
    const shown = (await intro.innerText()).replace(/\s+/g, ' ');
    for (const paragraph of report.introduction) {
      // The text as the data has it, with each footnote marker `[^N]` shown as its number.
      const expected = paragraph.nl.replace(/\[\^(\d+)\]/g, '$1').replace(/\s+/g, ' ');
      assert.ok(shown.includes(expected), `introduction paragraph missing: ${expected.slice(0, 60)}`);
    }
    await page.getByRole('contentinfo').getByText(report.source_note.nl).waitFor();
    await check('report shell');
    await context.close();
  });
});
