// Print: the current selection on paper. The print view is rendered to PDF by headless Chromium
// (under target/print/; the handout also by Firefox, at the end) and its text is read back: every shown card's title, every footnote the printed
// text cites written out exactly once, no footnote it does not cite, no controls.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndSite, openPage, until, widgetReady } from './harness.mjs';
import { forEachEngine, ready } from './engines.mjs';
import { has, keepPrintout, normalise, occurrences, pdfPages, pdfText, printToPdf } from './pdf.mjs';
import { count, countries, footnotes, names, report, results } from './report.mjs';
import { sel } from '../../scripts/vocabulary.mjs';

/** The letter's date as the printout writes it: "20 februari 2025". */
const letterDate = new Date(`${report.date}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const markers = (text) => [...text.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));

/** The footnotes a printout of `passing` cites: the introduction's and those of the passing results. */
function citedBy(passing) {
  const cited = new Set(report.introduction.flatMap((p) => markers(p.nl)));
  for (const result of passing) for (const n of markers(result.text.nl)) cited.add(n);
  return cited;
}

/** A country of the letter with two results (COL this year), as a visitor chooses it on the map. */
const ONE_COUNTRY = countries.map((c) => c.code).filter((c) => c !== report.reporting_country).find((c) => count(names(c)) === 2)
  ?? countries.find((c) => count(names(c.code)) > 0).code;

/**
 * What every printout of a selection holds, read from its text: the title once, the address of
 * the view, the whole introduction, every passing card, each footnote the printout cites exactly
 * once and no other, and no control.
 */
function assertPrintout(text, passing, address) {
  assert.equal(occurrences(text, report.title.nl), 1, 'the title, once');
  assert.ok(has(text, `Deze weergave opnieuw openen: ${address}`), 'the address of the view');
  for (const paragraph of report.introduction) {
    assert.equal(occurrences(text, paragraph.nl.replace(/\[\^\d+\]/g, '').slice(0, 80)), 1, 'the whole introduction');
  }
  const missing = passing.map((r) => r.title.nl).filter((title) => occurrences(text, title) < 1);
  assert.deepEqual(missing, [], 'every shown card is printed');
  const cited = citedBy(passing);
  // A footnote in the list at the end: its number, then its text.
  const counts = footnotes.map((f) => [f.number, occurrences(text, `${f.number}. ${f.text.nl}`)]);
  assert.deepEqual(counts.filter(([n, c]) => cited.has(n) && c !== 1), [], 'each cited footnote exactly once');
  assert.deepEqual(counts.filter(([n, c]) => !cited.has(n) && c !== 0), [], 'no footnote the printout does not cite');
  for (const control of ['Presenteren', 'Afdrukken', 'Resultaten filteren', 'Alle filters wissen', 'Sluiten', 'als CSV', 'Lees de hele inleiding', 'Snel naar']) {
    assert.equal(occurrences(text, control), 0, `no "${control}" on paper`);
  }
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
      const printedPath = await printToPdf(page, query ? 'defensie' : 'report');
      const text = await pdfText(printedPath);

      assertPrintout(text, passing, await page.evaluate(() => location.href));
      assert.ok(has(text, letterDate), `the date of the letter: ${letterDate}`);
      assert.ok(has(text, `Kamerstuk ${report.reference.dossier}`), 'the source');
      const today = await page.evaluate(() => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
      assert.ok(has(text, `Afgedrukt op ${today}`), 'the day it was printed');
      if (query) assert.ok(has(text, `Actieve filters: Defensie · ${passing.length} resultaten`), 'what was filtered');
      else assert.ok(has(text, `Alle resultaten (${results.length})`));
      const others = results.filter((r) => !keep(r)).map((r) => r.title.nl).filter((title) => occurrences(text, title) > 0);
      assert.deepEqual(others, [], 'no card outside the selection');
      assert.equal(occurrences(text, 'Voetnoot 1:'), 0, 'the footnote opened on screen is not printed in place');
      // The cards use the page's width, in two columns: each half of it, a row the whole.
      const widths = await page.evaluate((result) => {
        const page = document.documentElement.clientWidth;
        const cards = [...document.querySelectorAll(result)].filter((c) => c.getClientRects().length);
        const row = cards.slice(0, 2).map((c) => c.getBoundingClientRect());
        return { each: cards.map((c) => c.getBoundingClientRect().width / page), row: (Math.max(...row.map((r) => r.right)) - Math.min(...row.map((r) => r.left))) / page };
      }, sel.Result);
      assert.ok(widths.each.every((w) => w >= 0.45), `every card at least 45 % of the page: ${widths.each.map((w) => w.toFixed(2))}`);
      if (passing.length > 1) assert.ok(widths.row >= 0.9, `a row of cards spans ${(widths.row * 100).toFixed(0)} % of the page`);
      // No card split across two pages, a section's heading kept with its first cards.
      const breaks = await page.evaluate(([result, heading]) => ({
        cards: [...new Set([...document.querySelectorAll(result)].map((c) => getComputedStyle(c).breakInside))],
        headings: [...new Set([...document.querySelectorAll(heading)].map((h) => getComputedStyle(h).breakAfter))],
      }), [sel.Result, sel.SectionHeading]);
      assert.deepEqual(breaks, { cards: ['avoid'], headings: ['avoid'] });
      const pages = await pdfPages(printedPath);
      if (!query) assert.ok(pages.length <= 12, `the whole report on ${pages.length} pages (at most 12)`);
      await context.close();
    });
  }

  test('one country\'s results print on at most two pages', async () => {
    const code = ONE_COUNTRY;
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?place=${code}`);
    await widgetReady(page);
    await page.emulateMedia({ media: 'print' });
    await check('one country, print view');
    const pages = await pdfPages(await printToPdf(page, `place-${code}`));
    assert.ok(pages.length <= 2, `${code}: ${pages.length} pages`);
    for (const r of results.filter(names(code))) assert.ok(pages.some((p) => p.text.includes(normalise(r.title.nl))), r.id);
    await context.close();
  });

  test('printing while presenting gives the slides: one landscape page per step, each with its map', async () => {
    const passing = results.filter((r) => r.ministries.includes('Defensie'));
    const steps = 1 + report.sections.filter((s) => passing.some((r) => r.section === s.id)).length + passing.length;
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?ministry=Defensie&present=1`);
    await widgetReady(page);
    await page.emulateMedia({ media: 'print' });
    await check('the slides, print view');
    const slides = await page.evaluate(([slides]) => [...document.querySelectorAll(`${slides} > *`)].map((s) => !!s.querySelector('svg')), [sel.Slides]);
    const pages = await pdfPages(await printToPdf(page, 'slides-defensie'));
    assert.equal(pages.length, steps, 'a page per step');
    assert.equal(slides.length, steps);
    assert.ok(pages.every((p) => p.width > p.height), 'landscape');
    // Each result's page carries its title, and every step with countries its map.
    for (const r of passing) assert.ok(pages.some((p) => p.text.includes(normalise(r.title.nl))), r.id);
    const withCountries = passing.filter((r) => r.countries.length > 0).length;
    assert.ok(slides.filter(Boolean).length >= withCountries + 1, 'the opening and every step with countries has its map');
    // Back on screen, the presentation is as it was.
    await page.emulateMedia({ media: 'screen' });
    await until(page, (slides) => document.querySelector(slides).children.length === 0, sel.Slides);
    await context.close();
  });

  test('the map prints in greys and patterns, without colour', async () => {
    const { page, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.locator(`${sel.MapSvg} path${sel.Place}`).evaluateAll((paths) =>
      paths.map((p) => { const s = getComputedStyle(p); return { fill: s.fill, stroke: s.stroke, dashes: s.strokeDasharray }; }));
    const grey = (colour) => colour.startsWith('url(') || colour === 'none' || (/^rgb\((\d+), (\d+), (\d+)\)$/.test(colour) && new Set(colour.match(/\d+/g)).size === 1);
    const colours = [...new Set(styles.flatMap((s) => [s.fill, s.stroke]))];
    assert.deepEqual(colours.filter((c) => !grey(c)), [], 'only greys and the hatch pattern');
    // The roles stay apart by their fill, outline and its pattern.
    const looks = new Set(styles.map((s) => `${s.fill} ${s.stroke} ${s.dashes}`));
    assert.ok(looks.size >= 4, `roles stay apart: ${[...looks].join('; ')}`);
    await context.close();
  });
});

// The handout as each browser prints it, through the browser's own printing (its print events fire,
// as from the print dialog). WebKit's driver cannot print to PDF (WebKitWebDriver has no Print Page
// command), so the handout is checked in Chromium and Firefox.
forEachEngine('the handout', (env) => {
  test('the whole report: every card, the whole introduction, each cited footnote once, no controls, at most 12 pages', async () => {
    const page = await env.open('', { viewport: { width: 1280, height: 900 } });
    await ready(page);
    await page.check('the whole report, before printing');
    const path = await keepPrintout(`${env.engine}-report`, (p) => page.pdf(p));
    const text = await pdfText(path);
    const pages = await pdfPages(path);
    assertPrintout(text, results, await page.url());
    assert.ok(has(text, `Alle resultaten (${results.length})`), 'what is printed');
    assert.ok(pages.length <= 12, `the whole report on ${pages.length} pages (at most 12)`);
    assert.ok(pages.every((p) => Math.round(p.width) === 595 || Math.round(p.width) === 596), 'A4 portrait');
    await page.check('the whole report, after printing');
  });

  test('one country\'s results on at most two pages', async () => {
    const code = ONE_COUNTRY;
    const page = await env.open(`?place=${code}`, { viewport: { width: 1280, height: 900 } });
    await ready(page);
    const pages = await pdfPages(await keepPrintout(`${env.engine}-place-${code}`, (p) => page.pdf(p)));
    assert.ok(pages.length <= 2, `${code}: ${pages.length} pages`);
    for (const r of results.filter(names(code))) assert.ok(pages.some((p) => p.text.includes(normalise(r.title.nl))), r.id);
    await page.check('one country, after printing');
  });
}, { only: ['chromium', 'firefox'] });
