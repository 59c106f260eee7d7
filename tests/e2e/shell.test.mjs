// The app shell: what a visitor sees first, read from data/report.json.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openPage, startSite, widgetReady } from './harness.mjs';

const report = JSON.parse(await readFile(new URL('../../data/report.json', import.meta.url), 'utf8'));

describe('the app shell', () => {
  let browser, site;
  before(async () => {
    browser = await launchBrowser();
    site = await startSite();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('shows the whole report before the WebAssembly has loaded, and then starts on it', async () => {
    let releaseWasm;
    const held = new Promise((ok) => { releaseWasm = ok; });
    const { page, check, context } = await openPage(browser, site.url, {
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

  test('reads completely without JavaScript: cards, footnotes reachable, no dead controls', async () => {
    const { page, check, context } = await openPage(browser, site.url, { noScript: true });
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
    const { page, check, context } = await openPage(browser, site.url);
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
