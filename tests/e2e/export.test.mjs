// Downloads of the shown results: CSV (UTF-8 with BOM) that parses back to the shown cards, with
// special characters and commas intact, and JSON with the records of the data model.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndSite, openPage, widgetReady } from './harness.mjs';
import { TOTAL, count, footnotes, placeName, report, result, taxonomy } from './report.mjs';

/** The footnotes a text cites, in order, each once (as the CSV lists them). */
const cites = (text) => [...new Set([...text.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1])))];
/** A ministry with some results but not all, and its name in a file name (lowercase ASCII). */
const ministry = taxonomy.ministries.map((m) => m.id).find((m) => {
  const n = count((r) => r.ministries.includes(m));
  return n > 0 && n < TOTAL;
});
const slug = ministry.toLowerCase().replace(/[^a-z0-9]+/g, '-');

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
    // Commas, typographic apostrophes and accents survive: each row's title, countries and
    // footnotes are the data's, to the letter.
    for (const row of rows) {
      const data = result(row[0]);
      assert.ok(data, `a result of the data: ${row[0]}`);
      assert.equal(row[2], data.title.nl);
      for (const place of data.countries) assert.ok(row[7].includes(`${placeName(place.code)} (`), `${row[0]}: ${placeName(place.code)} in ${row[7]}`);
      for (const n of cites(data.text.nl)) {
        const note = `[${n}] ${footnotes.find((f) => f.number === n).text.nl}`;
        assert.ok(row[10].includes(note), `${row[0]}: ${note} in ${row[10]}`);
      }
    }
    // The search shows such text: a typographic apostrophe or an accent, a list with commas.
    assert.ok(rows.some((r) => /[’\u00c0-\u024f]/.test(r[2])), 'a title with a typographic apostrophe or an accent');
    assert.ok(rows.some((r) => r[7].includes('; ') && r[10].includes(', ')), 'countries and footnotes with separators');
    await check('after the CSV download');
    await context.close();
  });

  test('the JSON has the records of the data model, for the shown results only', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}en.html?ministry=${ministry}`);
    await widgetReady(page);
    const shown = await page.getByRole('article').count();
    const { name, text } = await download(page, 'as JSON (data)');
    assert.match(name, new RegExp(`^nap1325-iv-results-\\d{4}-\\d{2}-\\d{2}-ministry-${slug}\\.json$`));
    const data = JSON.parse(text);
    assert.equal(data.results.length, shown);
    assert.ok(data.results.every((r) => r.ministries.includes(ministry)));
    assert.ok(data.results.every((r) => r.title.nl && r.title.en && r.source.page > 0));
    assert.equal(data.source.reference, `Parliamentary Paper ${report.reference.dossier}, no. ${report.reference.number}`);
    assert.equal(data.view, `?ministry=${ministry}`);
    await check('after the JSON download');
    await context.close();
  });
});
