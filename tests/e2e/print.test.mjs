// Print: the current selection on paper. The print view is rendered to PDF by headless Chromium
// (under target/) and its text is read back: every shown card's title, every footnote the printed
// text cites written out exactly once, no footnote it does not cite, no controls.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndSite, openPage, widgetReady } from './harness.mjs';
import { has, occurrences, pdfText, printToPdf } from './pdf.mjs';
import { footnotes, report, results } from './report.mjs';

/** The letter's date as the printout writes it: "20 februari 2025". */
const letterDate = new Date(`${report.date}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const markers = (text) => [...text.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));

/** The footnotes a printout of `passing` cites: the introduction's and those of the passing results. */
function citedBy(passing) {
  const cited = new Set(report.introduction.flatMap((p) => markers(p.nl)));
  for (const result of passing) for (const n of markers(result.text.nl)) cited.add(n);
  return cited;
}

describe('print', () => {
  const env = browserAndSite();

  for (const [label, query, keep] of [
    ['the whole report', '', () => true],
    ['the Defensie results', '?ministry=Defensie', (r) => r.ministries.includes('Defensie')],
  ]) {
    test(`${label}: every card, each cited footnote once, and no controls`, async () => {
      const passing = results.filter(keep);
      const { page, check, context } = await openPage(env.browser, `${env.site.url}${query}`);
      await widgetReady(page);
      // A footnote opened on screen is not printed twice.
      await page.getByRole('button', { name: /^Voetnoot \d+$/ }).first().click();
      await page.emulateMedia({ media: 'print' });
      await check(`${label}, print view`);
      const text = await pdfText(await printToPdf(page, query ? 'defensie' : 'report'));

      assert.equal(occurrences(text, report.title.nl), 1, 'the title, once');
      assert.ok(has(text, letterDate), `the date of the letter: ${letterDate}`);
      assert.ok(has(text, `Kamerstuk ${report.reference.dossier}`), 'the source');
      const today = await page.evaluate(() => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
      assert.ok(has(text, `Afgedrukt op ${today}`), 'the day it was printed');
      if (query) assert.ok(has(text, `Actieve filters: Defensie · ${passing.length} resultaten`), 'what was filtered');
      else assert.ok(has(text, `Alle resultaten (${results.length})`));

      const missing = passing.map((r) => r.title.nl).filter((title) => occurrences(text, title) < 1);
      assert.deepEqual(missing, [], 'every shown card is printed');
      const others = results.filter((r) => !keep(r)).map((r) => r.title.nl).filter((title) => occurrences(text, title) > 0);
      assert.deepEqual(others, [], 'no card outside the selection');

      const cited = citedBy(passing);
      // A footnote in the list at the end: its number, then its text.
      const counts = footnotes.map((f) => [f.number, occurrences(text, `${f.number}. ${f.text.nl}`)]);
      assert.deepEqual(counts.filter(([n, c]) => cited.has(n) && c !== 1), [], 'each cited footnote exactly once');
      assert.deepEqual(counts.filter(([n, c]) => !cited.has(n) && c !== 0), [], 'no footnote the printout does not cite');

      assert.equal(occurrences(text, 'Voetnoot 1:'), 0, 'the footnote opened on screen is not printed in place');
      for (const control of ['Presenteren', 'Afdrukken', 'Resultaten filteren', 'Alle filters wissen', 'Sluiten', 'als CSV']) {
        assert.equal(occurrences(text, control), 0, `no "${control}" on paper`);
      }
      await context.close();
    });
  }

  test('the map prints in greys and patterns, without colour', async () => {
    const { page, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    await page.emulateMedia({ media: 'print' });
    const fills = await page.locator('.map-svg path.country').evaluateAll((paths) =>
      [...new Set(paths.map((p) => getComputedStyle(p).fill))]);
    const grey = (fill) => fill.startsWith('url(') || (/^rgb\((\d+), (\d+), (\d+)\)$/.test(fill) && new Set(fill.match(/\d+/g)).size === 1);
    assert.deepEqual(fills.filter((f) => !grey(f)), [], 'only greys and the hatch pattern');
    assert.ok(fills.length >= 4, `roles stay apart: ${fills.join(', ')}`);
    await context.close();
  });
});
