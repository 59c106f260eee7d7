// Filters, search and the URL: find any result in a few keystrokes, and link to exactly this view.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndSite, openPage, until, untilAddress, widgetReady } from './harness.mjs';

const { results } = JSON.parse(await readFile(new URL('../../data/results.json', import.meta.url), 'utf8'));
const titles = (ids) => ids.map((id) => results.find((r) => r.id === id).title.nl);
const count = (keep) => results.filter(keep).length;
const defensie = count((r) => r.ministries.includes('Defensie'));
const shownTitles = (page) => page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
const status = (page) => page.locator('[data-live]');
const filters = (page) => page.getByRole('region', { name: 'Resultaten filteren' });

describe('filters, search and shareable state', () => {
  const env = browserAndSite();

  test('ministry Defensie and goal Bescherming give the expected cards and counts', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const panel = filters(page);
    await panel.getByRole('group', { name: 'Verantwoordelijk ministerie' }).getByRole('checkbox', { name: /Defensie/ }).check();
    await page.locator('#results').getByText(`${defensie} van 38 resultaten`).waitFor();
    assert.equal(await status(page).textContent(), `${defensie} van 38 resultaten`);
    await check('Defensie chosen');
    const protection = panel.getByRole('group', { name: 'NAP-doel' }).getByRole('checkbox', { name: /Bescherming/ });
    // The count beside an option says what choosing it leaves.
    assert.match(await protection.locator('xpath=..').textContent(), /\(1\)/);
    await protection.check();
    assert.deepEqual(await shownTitles(page), titles(['eufor-althea-and-iraq']));
    await page.locator('#results').getByText('1 van 38 resultaten').waitFor();
    // Options that would leave nothing say so and cannot be chosen.
    const prevention = panel.getByRole('checkbox', { name: /Preventie/ });
    assert.equal(await prevention.isDisabled(), true);
    assert.match(await prevention.locator('xpath=..').textContent(), /\(0\)/);
    // The active filters are chips that remove themselves.
    const chips = page.getByRole('list', { name: 'Actieve filters' });
    assert.deepEqual(await chips.getByRole('button').allTextContents(), ['Defensie ×', 'Bescherming ×']);
    await check('Defensie and protection');
    await chips.getByRole('button', { name: 'Verwijder filter: Bescherming' }).click();
    assert.equal((await shownTitles(page)).length, defensie);
    await until(page, () => document.activeElement?.textContent === 'Defensie ×');
    await page.getByRole('button', { name: 'Alle filters wissen' }).first().click();
    assert.equal((await shownTitles(page)).length, 38);
    await until(page, () => document.activeElement?.id === 'filter-search');
    await check('cleared');
    await context.close();
  });

  test('typing oekraine shows the Ukrainian results, with the hits marked', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    await page.getByRole('searchbox', { name: 'Zoeken' }).pressSequentially('oekraine', { delay: 20 });
    await until(page, () => document.querySelectorAll('li.card').length < 38);
    const shown = await shownTitles(page);
    for (const id of ['ukraine-accountability-conference', 'ukrainian-women-fund', 'ukraine-crsv-project', 'ukraine-justice-sector', 'ukraine-red-cross-women-needs', 'mhpss-integration']) {
      assert.ok(shown.includes(titles([id])[0]), `${id} is shown`);
    }
    assert.ok(!shown.includes(titles(['colombia-peace-process'])[0]));
    // Hits are marked in the cards a visitor scrolls to.
    await page.getByRole('article').first().scrollIntoViewIfNeeded();
    const hit = page.locator('mark.search-hit').first();
    assert.equal((await hit.textContent()).toLowerCase(), 'oekraïne');
    await page.getByRole('status').filter({ hasText: /van 38 resultaten/ }).waitFor();
    await check('searched for oekraine');
    // Accents do not matter the other way round either.
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('Syrië');
    await page.getByRole('article', { name: titles(['syrian-women-advisory-board'])[0] }).waitFor();
    await until(page, () => document.querySelectorAll('li.card').length < 5);

    await check('searched for Syrië');
    await context.close();
  });

  test('a copied URL reopens the view, and back restores the previous filters', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    await filters(page).getByRole('checkbox', { name: /^Mainstreaming/ }).check();
    await page.getByRole('searchbox', { name: 'Zoeken' }).pressSequentially('irak', { delay: 20 });
    await until(page, () => location.search.includes('q=irak'));
    const card = page.getByRole('article', { name: titles(['eufor-althea-and-iraq'])[0] });
    await card.getByRole('button', { name: 'Voetnoot 8', exact: true }).click();
    await until(page, () => location.search.includes('fn='));
    const url = page.url();
    assert.match(url, /goal=mainstreaming/);
    const expected = await shownTitles(page);
    await check('view to share');

    const copy = await openPage(env.browser, url);
    await widgetReady(copy.page);
    assert.deepEqual(await shownTitles(copy.page), expected);
    assert.equal(await copy.page.getByRole('searchbox', { name: 'Zoeken' }).inputValue(), 'irak');
    assert.equal(await copy.page.getByRole('checkbox', { name: /^Mainstreaming/ }).isChecked(), true);
    const copied = copy.page.getByRole('article', { name: titles(['eufor-althea-and-iraq'])[0] });
    assert.equal(await copied.getByRole('button', { name: 'Voetnoot 8', exact: true }).getAttribute('aria-expanded'), 'true');
    await copied.getByRole('link', { name: 'Kamerstuk 27 925, nr. 943' }).waitFor();
    await copy.check('copied URL');
    await copy.context.close();

    // Back: typing was one step, the goal another.
    await page.goBack();
    await until(page, () => !location.search.includes('q='));
    assert.equal(await page.getByRole('searchbox', { name: 'Zoeken' }).inputValue(), '');
    assert.equal(await page.getByRole('checkbox', { name: /^Mainstreaming/ }).isChecked(), true);
    await page.goBack();
    await until(page, () => location.search === '');
    assert.equal((await shownTitles(page)).length, 38);
    await check('back to the start');
    await page.goForward();
    await until(page, () => location.search.includes('goal=mainstreaming'));
    assert.equal(await page.getByRole('checkbox', { name: /^Mainstreaming/ }).isChecked(), true);
    await context.close();
  });

  test('changes quicker than a frame each get their history entry, written after the paint', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const participation = filters(page).getByRole('checkbox', { name: /^Participatie/ });
    const defensie = filters(page).getByRole('checkbox', { name: /^Defensie/ });
    const entries = () => page.evaluate(() => history.length);
    const before = await entries();
    // Two choices in one task, before the browser paints: the first is written before the second.
    const boxes = [await participation.elementHandle(), await defensie.elementHandle()];
    await page.evaluate(([a, b]) => { a.click(); b.click(); }, boxes);
    await untilAddress(page, /(?=.*goal=participation)(?=.*ministry=Defensie)/);
    assert.equal(await entries(), before + 2);
    await check('two quick choices');
    await page.goBack();
    await untilAddress(page, /\?goal=participation$/);
    assert.equal(await participation.isChecked(), true);
    assert.equal(await defensie.isChecked(), false);
    await context.close();
  });

  test('a URL with garbage parameters loads the full report', async () => {
    const garbage = '?ministry=%3Cscript%3Ealert(1)%3C/script%3E&goal=&year=20xx&place=ZZZ,<b>&fn=../../etc:1,intro:99&map=mars&q=%E0%A4%A&unknown=1&%%%=&&=';
    const { page, check, context } = await openPage(env.browser, `${env.site.url}${garbage}`);
    await widgetReady(page);
    assert.equal((await shownTitles(page)).length, 38);
    assert.equal(await page.getByRole('searchbox', { name: 'Zoeken' }).inputValue(), '', 'a malformed search is ignored');
    assert.equal(await page.getByRole('list', { name: 'Actieve filters' }).getByRole('button').count(), 0, 'no filter chosen');
    assert.equal(await page.getByRole('button', { name: 'Wereld (6)' }).getAttribute('aria-pressed'), 'true', 'the map stays on the world');
    assert.equal(await page.locator('.fn-panel:not([hidden])').count(), 0, 'no footnote opened');
    assert.equal(await page.locator('mark').count(), 0);
    await check('garbage URL');
    await context.close();
  });

  test('an empty result says so and offers to clear', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?q=zzzzqqq`);
    await widgetReady(page);
    await page.getByText('Geen resultaten voor deze keuze.').waitFor();
    await check('nothing found');
    await page.getByRole('button', { name: 'Alle filters wissen' }).last().click();
    assert.equal((await shownTitles(page)).length, 38);
    assert.equal(await page.getByText('Geen resultaten voor deze keuze.').isVisible(), false);
    await check('cleared from the empty state');
    await context.close();
  });
});
