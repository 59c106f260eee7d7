// The app shell, in every engine: what a visitor sees first, read from data/report.json; the page
// before the widget's file arrives; a file that fails its integrity check; the page without
// JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachEngine, ready } from './engines.mjs';
import { readProbe } from './driver/checks.mjs';
import { startSite } from './driver/site.mjs';
import { precompress } from '../../scripts/precompress.mjs';
import { DIST, ROOT } from './paths.mjs';
import { count, footnotes, names, placeName, report, results, resultsCount, taxonomy, titles } from './report.mjs';
import { sel } from '../../scripts/vocabulary.mjs';

/** `text` as a RegExp that matches it literally. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A parliamentary paper as the page names it: "Kamerstuk 26 150, nr. 223". */
const paper = ({ dossier, number }) => `Kamerstuk ${dossier}, nr. ${number}`;
/** The letter's date as the page writes it: "20 februari 2025". */
const letterDate = new Date(`${report.date}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A footnote a result cites that refers to a parliamentary paper, and that paper. */
const citedPaper = footnotes.find((f) => f.references.some((r) => r.kind === 'kamerstuk')
  && results.some((r) => r.text.nl.includes(`[^${f.number}]`)));
const citedReference = citedPaper.references.find((r) => r.kind === 'kamerstuk');

/** The text of `text` as the page shows it: each footnote marker `[^N]` as its number. */
const shownText = (text) => text.replace(/\[\^(\d+)\]/g, '$1').replace(/\s+/g, ' ');

/**
 * Where every element of the report stands, and how big it is (not what it is called: a footnote
 * link becomes a button of the same size, a section gets a class for print), once the layout holds
 * still: the same over two animation frames.
 */
const settledBoxes = (page) => page.until((report) => new Promise((done) => {
  const boxes = () => [...document.querySelectorAll(`${report} *`)]
    // Inside the map's drawing only the scenery changes (drawn when its file arrives): its size is
    // the picture's, not the page's layout.
    .filter((e) => e.getClientRects().length && !e.parentElement.closest('svg'))
    .map((e) => { const r = e.getBoundingClientRect(); return `${e.textContent.slice(0, 30)} ${r.x},${r.y} ${r.width}×${r.height}`; });
  requestAnimationFrame(() => {
    const first = boxes();
    requestAnimationFrame(() => {
      const second = boxes();
      done(first.length === second.length && first.every((box, i) => box === second[i]) && second);
    });
  });
}), sel.Report, { timeout: 10_000 });

forEachEngine('the app shell', (env) => {
  test('shows the whole report before the WebAssembly has loaded, and then starts on it', async () => {
    const release = env.site.holdWasm();
    try {
      const page = await env.open();
      await page.find('heading', report.title.nl, { timeout: 10_000 });
      assert.equal(await page.count('article'), results.length, 'every card is there before the wasm');
      assert.equal(await page.evaluate((ready) => document.querySelectorAll(ready).length, sel.Ready), 0);
      await page.check('before the wasm');
      release();
      await ready(page);
      await page.check('started');
    } finally {
      release();
    }
  });

  test('what a visitor does while the widget starts is applied once it is ready: a footnote, an option, a pin', async () => {
    // A country, and a ministry of one of its results: together they leave that result and any
    // other of both.
    const place = 'COL';
    const name = placeName(place);
    const ministryId = results.find(names(place)).ministries[0];
    const ministry = taxonomy.ministries.find((m) => m.id === ministryId).name.nl;
    const release = env.site.holdWasm();
    try {
      const page = await env.open('', { viewport: { width: 1280, height: 900 } });
      await page.until(() => document.readyState === 'complete', null, { timeout: 10_000 });
      // The footnote marker in the introduction is still a link to the footnote list.
      await (await page.find('link', 'Voetnoot 1')).click();
      const filters = await page.find('region', 'Resultaten filteren');
      const option = await (await filters.find('group', 'Verantwoordelijk ministerie')).find('checkbox', new RegExp(`^${literally(ministry)}`));
      await option.click();
      await (await page.find('button', new RegExp(`^${name}: ${resultsCount(count(names(place)))}`))).click();
      assert.equal(await page.evaluate((ready) => document.querySelectorAll(ready).length, sel.Ready), 0, 'still starting');
      assert.equal(await page.evaluate(() => location.hash), '', 'the footnote link waits for the widget');
      await page.check('pressed while starting');
      release();
      await ready(page);
      const marker = await page.find('button', 'Voetnoot 1');
      await marker.until((m) => m.getAttribute('aria-expanded') === 'true');
      assert.ok(await option.evaluate((box) => box.checked), 'the option stays chosen');
      const pin = await page.find('button', new RegExp(`^${name}: `));
      await pin.until((p) => p.getAttribute('aria-pressed') === 'true');
      const chosen = (r) => names(place)(r) && r.ministries.includes(ministryId);
      assert.deepEqual(await (await page.find('region', 'Resultaten')).names('article'), titles(chosen));
      await page.check('applied once ready');
    } finally {
      release();
    }
  });

  for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
    test(`nothing moves when the widget takes over the page (${viewport.width} px)`, async () => {
      const release = env.site.holdWasm();
      try {
        const page = await env.open('', { viewport });
        // The whole page parsed and laid out (a heading shows before the rest has arrived).
        await page.until(() => document.readyState === 'complete', null, { timeout: 10_000 });
        const before = await settledBoxes(page);
        release();
        await ready(page);
        const after = await settledBoxes(page);
        const moved = before.map((b, i) => [b, after[i]]).filter(([b, a]) => b !== a);
        assert.deepEqual(moved.slice(0, 5), [], `${moved.length} element(s) moved or resized`);
        assert.equal(before.length, after.length);
        // Where the engine reports layout shifts (Chromium), there were none at all.
        // The shifts so far are buffered: the observer is given them at once (takeRecords) or in
        // its first callback; two frames later it has had both.
        const shifts = await page.evaluate(() => new Promise((done) => {
          if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return done([]);
          const entries = [];
          const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => {
            entries.push(...observer.takeRecords());
            observer.disconnect();
            // Each shift with what moved, from where to where, and when: enough to find it.
            const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
            done(entries.map((e) => `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${e.sources.map((s) =>
              `${s.node?.nodeName ?? '?'}.${s.node?.className?.baseVal ?? s.node?.className ?? ''} "${(s.node?.textContent ?? '').slice(0, 30)}" ${rect(s.previousRect)} → ${rect(s.currentRect)}`).join('; ')}`));
          }));
        }));
        assert.deepEqual(shifts, [], 'no layout shift at all');
        await page.check(`started at ${viewport.width} px`);
      } finally {
        release();
      }
    });
  }

  test('a widget file that fails its integrity check never runs; the report stays, with a message', async () => {
    const tampered = join(ROOT, 'target', `e2e-tampered-site-${env.engine}`);
    await rm(tampered, { recursive: true, force: true });
    await cp(DIST, tampered, { recursive: true });
    const wasm = (await readdir(tampered)).find((f) => f.endsWith('.wasm'));
    const bytes = await readFile(join(tampered, wasm));
    bytes[bytes.length - 1] ^= 1;
    await writeFile(join(tampered, wasm), bytes);
    await precompress(tampered);
    const other = await startSite({ dir: tampered });
    try {
      const page = await env.browser.open(other.url);
      env.pages.push(page);
      // An alert takes no name from its text: found by role, then read.
      const alert = await page.find('alert', null, { timeout: 15_000 });
      await alert.until((a) => /konden niet worden gestart/.test(a.textContent));
      assert.ok((await alert.box()).height > 0, 'the message shows');
      assert.equal(await page.evaluate((ready) => document.querySelectorAll(ready).length, sel.Ready), 0, 'the widget did not start');
      assert.equal(await page.count('article'), results.length, 'the report is still there');
      const { errors } = await readProbe(page, page.origins);
      assert.ok(errors.some((e) => /could not start/i.test(e)), errors.join('\n'));
    } finally {
      await other.close();
    }
  });

  test('shows the title, date, reference, introduction and source from the data file', async () => {
    const page = await env.open();
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    await page.find('heading', report.title.nl);
    assert.ok(await page.evaluate((date) => document.body.innerText.includes(date), letterDate), `the date: ${letterDate}`);
    // The figures count what they say: countries and territories where the letter reports results
    // (not partners or comparisons), ministries (a portfolio within another counts as that one).
    const figures = (await (await page.find('list', 'In cijfers')).evaluate((e) => e.innerText)).replace(/\s+/g, ' ');
    const withResults = new Set(results.flatMap((r) => r.countries).filter((c) => c.role === 'results' && c.code !== report.reporting_country).map((c) => c.code));
    const ministries = new Set(results.flatMap((r) => r.ministries).map((id) => taxonomy.ministries.find((m) => m.id === id).part_of ?? id));
    for (const figure of [resultsCount(results.length), `${withResults.size} landen en gebieden buiten Nederland met resultaten`, `${ministries.size} ministeries`]) {
      assert.ok(figures.includes(figure), `${figure} in ${figures}`);
    }
    const reference = await page.find('link', new RegExp(`^${literally(paper(report.reference))}\\b`));
    assert.equal(await reference.attribute('href'),
      `https://zoek.officielebekendmakingen.nl/kst-${report.reference.dossier.replace(/\s/g, '')}-${report.reference.number}.html`);
    const intro = await page.find('region', 'Inleiding');
    const shown = async () => (await intro.evaluate((e) => e.innerText)).replace(/\s+/g, ' ');
    // The first paragraph shows; the rest follows behind one button, in the letter's order.
    const [first, ...rest] = report.introduction.map((p) => shownText(p.nl));
    assert.ok((await shown()).includes(first), 'the first paragraph shows');
    const more = await intro.find('button', 'Lees de hele inleiding');
    assert.equal(await more.attribute('aria-expanded'), 'false');
    for (const paragraph of rest) assert.ok(!(await shown()).includes(paragraph), `shown before asked: ${paragraph.slice(0, 60)}`);
    await page.check('introduction, first paragraph');
    await more.click();
    assert.equal(await more.attribute('aria-expanded'), 'true');
    const all = await shown();
    let at = 0;
    for (const paragraph of [first, ...rest]) {
      const found = all.indexOf(paragraph, at);
      assert.ok(found >= at, `introduction paragraph missing or out of order: ${paragraph.slice(0, 60)}`);
      at = found + paragraph.length;
    }
    const footer = await page.find('contentinfo', null);
    assert.ok((await footer.text()).replace(/\s+/g, ' ').includes(report.source_note.nl.replace(/\s+/g, ' ')));
    await page.check('report shell, whole introduction');
  });
});

forEachEngine('the page without JavaScript', (env) => {
  test('reads completely: the whole introduction, cards, footnotes reachable, no dead controls', async () => {
    const page = await env.open();
    await page.find('heading', report.title.nl, { timeout: 10_000 });
    assert.equal(await page.count('article'), results.length);
    assert.equal(await page.evaluate(() => [...document.scripts].filter((s) => !s.src.includes('/__e2e/')).length), 0);
    // The whole introduction, in the letter's order.
    const intro = await page.find('region', 'Inleiding');
    const all = (await intro.evaluate((e) => e.innerText)).replace(/\s+/g, ' ');
    let at = 0;
    for (const paragraph of report.introduction.map((p) => shownText(p.nl))) {
      const found = all.indexOf(paragraph, at);
      assert.ok(found >= at, `introduction paragraph missing or out of order: ${paragraph.slice(0, 60)}`);
      at = found + paragraph.length;
    }
    // A footnote marker is a link to the footnote in the list at the end.
    const marker = await page.find('link', `Voetnoot ${citedPaper.number}`);
    const target = `#footnote-${citedPaper.number}`;
    assert.equal(await marker.attribute('href'), target);
    await marker.click();
    await page.until((target) => location.hash === target, target);
    const footnote = await page.css(target);
    await footnote.find('link', new RegExp(`^${literally(paper(citedReference))}\\b`));
    // No control that needs the widget is shown: no button at all, no search field, no checkbox.
    const visible = (role) => page.evaluate(
      (role) => window.TestingLibraryDom.queryAllByRole(document.body, role).filter((e) => e.checkVisibility()).length, role);
    for (const role of ['button', 'searchbox', 'checkbox']) assert.equal(await visible(role), 0, `a visible ${role}`);
    // The country list is there as information.
    const countries = await page.find('region', 'Landen en gebieden op de kaart');
    assert.ok((await countries.text()).includes('Democratische Republiek Congo'));
    await page.check('without JavaScript');
  });
}, { site: { noScript: true } });
