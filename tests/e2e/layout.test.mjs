// Explore, don't scroll: at the three places the widget lives — a phone, the content column of a
// government page (compact=1), a full page — choosing a country or a filter shows its results on
// the screen where the choice was made, and the keyboard reaches the search and the first result
// in a few presses. In every engine; screenshots before and after each choice in
// target/screenshots/engines/ENGINE-layout-WIDTH-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineScreenshot, forEachEngine, ready } from './engines.mjs';
import { busiestCountry, count, countries, names, placeName, report, results, resultsCount, shownCount, taxonomy, titles } from './report.mjs';
import { hook, sel } from '../../scripts/vocabulary.mjs';

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, query: '' },
  { name: 'column', viewport: { width: 720, height: 900 }, query: '?compact=1' },
  { name: 'wide', viewport: { width: 1280, height: 800 }, query: '' },
];

/** Whether all of `element` is on the screen. */
const onScreen = (element) => element.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight + 1 && r.left >= 0 && r.right <= innerWidth + 1;
});


/** `text` as a RegExp that matches it literally. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pin of the country `name`, in whichever view of the map it stands (the views are tried in
 * turn: each is looked in once the map shows it, the pins of the others hidden).
 */
async function findPin(page, name) {
  const pin = new RegExp(`^${literally(name)}:`);
  for (const view of [null, /^Europa/, /^Midden-Oosten/, /^Afrika/]) {
    if (view) {
      const button = await page.find('button', view);
      await button.click();
      const shown = await button.attribute(hook.ShowView);
      await page.until(([map, attribute, shown]) => document.querySelector(map)?.getAttribute(attribute) === shown, [sel.MapCanvas, hook.View, shown]);
    }
    const found = await page.find('button', pin, { timeout: 0 }).catch(() => null);
    if (found) return found;
  }
  throw new Error(`no pin for ${name} in any view`);
}

/** The country whose list row is the last: the farthest a visitor scrolls to choose. */
const lastInList = [...countries].sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl'))
  .map((c) => c.code).filter((code) => code !== report.reporting_country && count(names(code)) > 0).pop();
/** A ministry with some results but not all. */
const ministry = taxonomy.ministries.map((m) => m.id).find((m) => {
  const n = count((r) => r.ministries.includes(m));
  return n > 0 && n < results.length;
});
/** A ministry's name as its option shows it. */
const ministryLabel = (id) => taxonomy.ministries.find((m) => m.id === id).name.nl;

forEachEngine('explore, don\'t scroll', (env) => {
  for (const width of WIDTHS) {
    const shot = (page, what) => engineScreenshot(page, `layout-${width.viewport.width}-${what}`);

    test(`${width.name}: a country chosen on the map shows its results' titles on the same screen`, async () => {
      const page = await env.open(width.query, { viewport: width.viewport });
      await ready(page);
      await shot(page, 'start');
      await page.check(`${width.name} at the start`);
      const name = placeName(busiestCountry);
      const expected = titles(names(busiestCountry));
      const pin = await findPin(page, name);
      await pin.click();
      const panel = await page.find('region', 'Gekozen land of gebied');
      const summary = `${name}: ${resultsCount(expected.length)}`;
      await panel.until((p, summary) => p.textContent.includes(summary), summary);
      const links = await panel.texts('link');
      assert.deepEqual(links.slice(0, expected.length), expected.slice(0, 8));
      for (let i = 0; i < Math.min(expected.length, 2); i++) {
        const link = await panel.find('link', expected[i]);
        assert.ok(await onScreen(link), `"${expected[i]}" is on the screen after the choice`);
      }
      assert.ok(await onScreen(pin), 'the pin that was chosen is still on the screen');
      await shot(page, 'country-on-map');
      await page.check(`${width.name}, a country chosen on the map`);

      // One activation reaches the full card.
      await (await panel.find('link', expected[0])).click();
      const card = await page.find('article', expected[0]);
      await card.until((c) => document.activeElement === c);
      assert.ok(await card.evaluate((c) => { const r = c.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }), 'the card is on the screen');
      await page.check(`${width.name}, a title in the panel followed`);
    });

    test(`${width.name}: a country chosen at the end of the list shows its results on the same screen`, async () => {
      const page = await env.open(width.query, { viewport: width.viewport });
      await ready(page);
      const name = placeName(lastInList);
      if (width.name !== 'wide') {
        // Narrow screens fold the lists behind one button, so the results come sooner.
        const all = await page.find('button', /^Alle \d+ landen en gebieden$/);
        assert.equal(await all.attribute('aria-expanded'), 'false');
        await all.click();
        assert.equal(await all.attribute('aria-expanded'), 'true');
      }
      const lists = await page.find('group', 'Kies een land, gebied of organisatie');
      const row = await lists.find('button', new RegExp(`^${literally(name)}`));
      await row.click();
      assert.equal(await row.attribute('aria-pressed'), 'true');
      const panel = await page.find('region', 'Gekozen land of gebied');
      const first = titles(names(lastInList))[0];
      const link = await panel.find('link', first);
      assert.ok(await onScreen(link), `"${first}" is on the screen after choosing ${name} in the list`);
      assert.ok(await onScreen(row), 'the row that was chosen is still on the screen');
      await shot(page, 'country-in-list');
      await page.check(`${width.name}, a country chosen in the list`);
    });

    test(`${width.name}: a filter chosen shows the updated results where it was chosen`, async () => {
      const page = await env.open(width.query, { viewport: width.viewport });
      await ready(page);
      const kept = titles((r) => r.ministries.includes(ministry));
      if (width.name === 'phone') {
        // Phones: the filters wait behind one button; the count is in the panel's own button.
        const button = await page.find('button', 'Filter');
        await button.click();
        assert.equal(await button.attribute('aria-expanded'), 'true');
        // The panel stands before its button in the page: opening it takes the focus into it.
        await page.until(() => document.activeElement?.getAttribute('type') === 'search');
        const option = await page.find('checkbox', new RegExp(`^${literally(ministryLabel(ministry))}`));
        await option.click();
        const show = await page.find('button', `Toon ${resultsCount(kept.length)}`);
        await shot(page, 'filter-open');
        await page.check('phone, the filter panel open with a choice');
        await show.click();
        await page.until((line) => document.activeElement?.hasAttribute(line), hook.ResultsCount);
        assert.equal(await button.attribute('aria-expanded'), 'false');
        assert.equal(await page.count('checkbox'), 0, 'the panel closed');
      } else {
        const option = await page.find('checkbox', new RegExp(`^${literally(ministryLabel(ministry))}`));
        await option.click();
        assert.ok(await onScreen(option), 'the option stays where it was chosen');
      }
      const first = await page.find('article', kept[0]);
      assert.ok(await first.evaluate((c) => c.getBoundingClientRect().top < innerHeight), 'the first result starts on the same screen');
      const chip = await page.find('button', `Verwijder filter: ${ministryLabel(ministry)}`);
      assert.ok(await onScreen(chip), 'the chip of the choice is on the screen');
      assert.equal(await page.evaluate((line) => document.querySelector(line).textContent, sel.ResultsCount), shownCount(kept.length));
      await shot(page, 'filter-chosen');
      await page.check(`${width.name}, a filter chosen`);

      if (width.name !== 'phone') {
        // The count and the chips stay in view while the results scroll.
        await page.evaluate(() => window.scrollBy(0, 1500));
        await page.until(() => window.scrollY > 0);
        const chip = await page.find('button', `Verwijder filter: ${ministryLabel(ministry)}`);
        assert.ok(await onScreen(chip), 'the chips stay in view while the results scroll');
        assert.ok(await onScreen(await page.find('button', 'Alle filters wissen')), '"clear all" too');
        await page.check(`${width.name}, scrolled through the results`);
      }
    });

    test(`${width.name}: the first result comes within about two screens of the top`, async () => {
      const page = await env.open(width.query, { viewport: width.viewport });
      await ready(page);
      const first = await page.find('article', results[0].title.nl);
      const top = await first.evaluate((c) => Math.round(c.getBoundingClientRect().top + scrollY));
      console.log(`${env.engine} ${width.name}: the first result at ${top} px`);
      if (width.name !== 'wide') assert.ok(top <= 1700, `the first result at ${top} px (at most 1,700)`);
      // A link leads there on narrow screens, for a thumb as for the keyboard.
      if (width.name !== 'wide') {
        await (await page.find('link', 'Naar de resultaten')).click();
        await page.until((title) => document.activeElement?.textContent.includes(title), results[0].title.nl);
      }
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width.viewport.width, 'nothing scrolls sideways');
      await page.check(`${width.name}, the way to the results`);
    });

    test(`${width.name}: the keyboard reaches the search and the first result in a few presses`, async () => {
      const page = await env.open(width.query, { viewport: width.viewport });
      await ready(page);
      // From the top of the widget: the skip links come first.
      let presses = 0;
      const press = async (key) => { presses++; await page.press(key); };
      await press('Tab');
      assert.match((await page.focused()).text, /kaart/);
      await press('Tab');
      await press('Enter');
      await page.until(() => document.activeElement?.id === 'filter-search');
      assert.ok(presses <= 6, `${presses} presses to the search field`);
      await page.check(`${width.name}, the search reached by keyboard`);

      const again = await env.open(width.query, { viewport: width.viewport });
      await ready(again);
      presses = 0;
      const pressAgain = async (key) => { presses++; await again.press(key); };
      await pressAgain('Tab');
      await pressAgain('Tab');
      await pressAgain('Tab');
      await pressAgain('Enter');
      const first = results[0].title.nl;
      await again.until((title) => document.activeElement?.getAttribute('role') === 'article' || document.activeElement?.tagName === 'ARTICLE'
        ? document.activeElement.textContent.includes(title) : false, first);
      assert.ok(presses <= 6, `${presses} presses to the first result`);
      await again.check(`${width.name}, the first result reached by keyboard`);
    });
  }

  test('a phone shows the map across the screen, and a region tall enough to read', async () => {
    const page = await env.open('', { viewport: { width: 390, height: 844 } });
    await ready(page);
    const size = () => page.evaluate((map) => { const r = document.querySelector(map).getBoundingClientRect(); return { width: r.width, height: r.height }; }, sel.MapSvg);
    const world = await size();
    assert.ok(world.width >= 390, `the world ${world.width} px wide`);
    await engineScreenshot(page, 'map-phone-world');
    for (const region of [/^Afrika/, /^Europa/]) {
      await (await page.find('button', region)).click();
      await page.until(([map, world]) => document.querySelector(map).getBoundingClientRect().height > world * 1.5, [sel.MapSvg, world.height]);
      const shown = await size();
      assert.ok(shown.height >= shown.width * 0.8, `a region ${shown.width}×${shown.height} px`);
      // Its pins stay on the map and at least 24 px apart (their targets).
      const pins = await page.evaluate(([pin, map]) => [...document.querySelectorAll(pin)].filter((p) => p.checkVisibility())
        .map((p) => { const r = p.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width }; }), [sel.Pin, sel.MapSvg]);
      assert.ok(pins.length > 0 && pins.every((p) => p.w >= 24), 'pins are 24 px targets');
      for (let i = 0; i < pins.length; i++) for (let j = i + 1; j < pins.length; j++) {
        assert.ok(Math.hypot(pins[i].x - pins[j].x, pins[i].y - pins[j].y) >= 24, 'pins do not crowd');
      }
    }
    await engineScreenshot(page, 'map-phone-europe');
    await page.check('a phone, a region of the map');
    const dark = await env.open('?map=africa', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    await ready(dark);
    await dark.evaluate((map) => { document.querySelector(map).scrollIntoView(); return true; }, sel.MapCanvas);
    await engineScreenshot(dark, 'map-phone-africa-dark');
    await dark.check('a phone, a region of the map, dark');
  });

  test('320 px: nothing scrolls sideways, the map and the filters still work', async () => {
    const page = await env.open('', { viewport: { width: 320, height: 640 } });
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    await (await page.find('button', 'Filter')).click();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'with the filter panel open');
    await page.check('320 px, the filter panel open');
  });
});
