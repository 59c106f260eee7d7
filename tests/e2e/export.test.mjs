// Downloads of the shown results: CSV (UTF-8 with BOM) that parses back to the shown cards, with
// special characters and commas intact, and JSON with the records of the data model.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndSite, openPage, widgetReady } from './harness.mjs';

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('downloads', () => {
  const env = browserAndSite();

  test('the CSV of the shown results parses back to them', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?q=colombia`);
    await widgetReady(page);
    const shown = await page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    assert.ok(shown.length >= 2);
    const { name, text } = await download(page, 'als CSV (spreadsheet)');
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(name, `nap1325-iv-resultaten-${today}-q-colombia.csv`);
    assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 with a byte-order mark');
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.deepEqual(header.slice(0, 4), ['id', 'onderdeel', 'titel', 'tekst']);
    assert.deepEqual(rows.map((r) => r[2]), shown);
    assert.ok(rows.every((r) => r.length === header.length));
    // Commas, typographic apostrophes and accents survive.
    const programmes = rows.find((r) => r[0] === 'civil-society-programmes');
    assert.equal(programmes[2], 'Programma’s van maatschappelijke organisaties in negen landen');
    assert.match(programmes[7], /Democratische Republiek Congo \(resultaten behaald of gesteund\); /);
    assert.match(programmes[10], /\[6\] Burundi, Colombia, Democratische Republiek Congo, Myanmar, Soedan, Zuid-Soedan en het Midden-Oosten/);
    await check('after the CSV download');
    await context.close();
  });

  test('the JSON has the records of the data model, for the shown results only', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}en.html?ministry=Defensie`);
    await widgetReady(page);
    const shown = await page.getByRole('article').count();
    const { name, text } = await download(page, 'as JSON (data)');
    assert.match(name, /^nap1325-iv-results-\d{4}-\d{2}-\d{2}-ministry-defensie\.json$/);
    const data = JSON.parse(text);
    assert.equal(data.results.length, shown);
    assert.ok(data.results.every((r) => r.ministries.includes('Defensie')));
    assert.ok(data.results.every((r) => r.title.nl && r.title.en && r.source.page > 0));
    assert.equal(data.source.reference, 'Parliamentary Paper 26 150, no. 223');
    assert.equal(data.view, '?ministry=Defensie');
    await check('after the JSON download');
    await context.close();
  });
});
