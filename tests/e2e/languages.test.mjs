// Dutch and English, in every engine: each a page of its own, switchable without losing the view;
// lang= and the English page are labelled correctly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, ready } from './engines.mjs';
import { TOTAL, countries, report, taxonomy } from './report.mjs';
import { sel } from '../../scripts/vocabulary.mjs';

const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const goal = (id, lang) => taxonomy.goals.find((g) => g.id === id).name[lang];

forEachEngine('languages', (env) => {
  test('the English page is in English, says its text is an unofficial translation, and works', async () => {
    const page = await env.open('en.html');
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.find('heading', report.title.en);
    assert.ok(await page.evaluate(() => document.body.textContent.includes('unofficial translation of the Dutch letter')));
    await page.find('heading', 'Filter the results');
    const list = await page.find('region', 'Countries and territories on the map');
    for (const country of countries) await list.find('button', new RegExp(`^${literally(country.name.en)}`));
    // The link back to Dutch is marked as Dutch.
    assert.equal(await (await page.find('link', 'Nederlands')).attribute('lang'), 'nl');
    await (await page.find('searchbox', 'Search')).click();
    await page.type('ukraine');
    await page.until(([line, total]) => new RegExp(`^\\d+ of ${total} results$`).test(document.querySelector(line)?.textContent.trim()), [sel.ResultsCount, TOTAL]);
    await page.check('English, searched');
  });

  test('the switch keeps the view, and lang= opens the page of that language', async () => {
    const page = await env.open('?place=COL');
    await ready(page);
    await (await page.find('checkbox', new RegExp(`^${literally(goal('participation', 'nl'))}`))).click();
    await page.until(() => location.search.includes('goal=participation'));
    await (await page.find('link', 'English')).click();
    await page.until(() => /en\.html\?goal=participation&place=COL$/.test(location.href));
    await ready(page);
    assert.equal(await (await page.find('checkbox', new RegExp(`^${literally(goal('participation', 'en'))}`))).evaluate((c) => c.checked), true);
    assert.equal(await (await page.find('button', /^Colombia: /)).attribute('aria-pressed'), 'true');
    await page.check('switched to English with the view');

    await page.goto(new URL('?lang=en&ministry=BZ', env.site.url).href);
    await page.until(() => /en\.html\?ministry=BZ$/.test(location.href));
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.goto(new URL('en.html?lang=nl&q=kamer', env.site.url).href);
    await page.until(() => location.pathname === '/' && document.documentElement.lang === 'nl');
    await ready(page);
    assert.equal(await (await page.find('searchbox', 'Zoeken')).evaluate((s) => s.value), 'kamer');
    await page.check('lang=nl opened the Dutch page');
  });
});
