// Filters, search and the URL, in every engine: find any result in a few keystrokes, and link to
// exactly this view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, ready } from './engines.mjs';
import { TOTAL, PAGE, count, footnotes, names, results, shownCount, taxonomy, titles } from './report.mjs';
import { action, marked, sel, withValue } from '../../scripts/vocabulary.mjs';

const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shownTitles = async (page) => (await page.find('region', 'Resultaten')).names('article');
const filters = (page) => page.find('region', 'Resultaten filteren');
const group = async (page, name) => (await filters(page)).find('group', name);
const option = async (page, groupName, label) => (await group(page, groupName)).find('checkbox', new RegExp(`^${literally(label)}`));
const countLine = (page) => page.evaluate((line) => document.querySelector(line).textContent, sel.ResultsCount);
/** How many result cards the list shows. */
const cardsIn = `${sel.Results} article`;
const label = (list, id) => taxonomy[list].find((x) => x.id === id).name.nl;
const first = Math.min(TOTAL, PAGE);

// A ministry and a goal that together leave a few results; a goal they leave none of. The ministry
// is the one with the most results short of all of them, among those that leave some goal empty
// (so that the disabled option is seen too) where there is one.
const goalsWith = (m) => taxonomy.goals.map((g) => g.id).filter((g) => count((r) => r.ministries.includes(m) && r.goals.includes(g)) > 0);
const candidates = taxonomy.ministries.map((m) => m.id)
  .map((m) => [m, count((r) => r.ministries.includes(m))])
  .filter(([m, n]) => n > 0 && n < TOTAL && goalsWith(m).length > 0)
  .sort((a, b) => b[1] - a[1])
  .map(([m]) => m);
const ministry = candidates.find((m) => goalsWith(m).length < taxonomy.goals.length) ?? candidates[0];
const byMinistry = (r) => r.ministries.includes(ministry);
const goal = taxonomy.goals.map((g) => g.id).find((g) => count((r) => byMinistry(r) && r.goals.includes(g)) > 0);
const emptyGoal = taxonomy.goals.map((g) => g.id).find((g) => count((r) => byMinistry(r) && r.goals.includes(g)) === 0);

forEachEngine('filters, search and shareable state', (env) => {
  test('a ministry and a goal give the expected cards and counts; chips remove themselves', async () => {
    const page = await env.open();
    await ready(page);
    await (await option(page, 'Verantwoordelijk ministerie', label('ministries', ministry))).click();
    const byBoth = (r) => byMinistry(r) && r.goals.includes(goal);
    await page.until(([line, text]) => document.querySelector(line).textContent === text, [sel.ResultsCount, shownCount(count(byMinistry))]);
    assert.deepEqual(await shownTitles(page), titles(byMinistry));
    await page.until(([live, text]) => document.querySelector(live).textContent.startsWith(text), [sel.Live, shownCount(count(byMinistry))]);
    await page.check('a ministry chosen');
    const goalOption = await option(page, 'NAP-doel', label('goals', goal));
    // The letter assigns no goals: where the visitor chooses, the group says whose they are.
    const goals = await group(page, 'NAP-doel');
    assert.equal(await goals.evaluate((g) => g.getAttribute('aria-describedby') && document.getElementById(g.getAttribute('aria-describedby'))?.textContent),
      'Indeling door de redactie: de brief koppelt resultaten niet aan NAP-doelen.');
    // Nor does it name a ministry for every result: the ministries are the editors' too.
    const ministries = await group(page, 'Verantwoordelijk ministerie');
    assert.equal(await ministries.evaluate((g) => document.getElementById(g.getAttribute('aria-describedby'))?.textContent),
      'Indeling door de redactie: de brief noemt niet bij elk resultaat een ministerie.');
    // The count beside an option says what choosing it leaves.
    assert.match(await goalOption.evaluate((o) => o.parentElement.textContent), new RegExp(`\\(${count(byBoth)}\\)`));
    await goalOption.click();
    assert.deepEqual(await shownTitles(page), titles(byBoth));
    assert.equal(await countLine(page), shownCount(count(byBoth)));
    if (emptyGoal) {
      // An option that would leave nothing says so and cannot be chosen.
      const none = await option(page, 'NAP-doel', label('goals', emptyGoal));
      assert.equal(await none.evaluate((o) => o.disabled), true);
      assert.match(await none.evaluate((o) => o.parentElement.textContent), /\(0\)/);
    }
    const chips = await page.find('list', 'Actieve filters');
    // Each chip shows the option and says what pressing it does (the words for it are visually hidden).
    assert.deepEqual(await chips.texts('button'), [`Verwijder filter: ${label('ministries', ministry)} ×`, `Verwijder filter: ${label('goals', goal)} ×`]);
    await page.check('a ministry and a goal chosen');
    await (await chips.find('button', `Verwijder filter: ${label('goals', goal)}`)).click();
    assert.deepEqual(await shownTitles(page), titles(byMinistry));
    await page.until((text) => document.activeElement?.textContent === text, `Verwijder filter: ${label('ministries', ministry)} ×`);
    await (await page.find('button', 'Alle filters wissen')).click();
    assert.equal((await shownTitles(page)).length, first);
    await page.until(() => document.activeElement?.id === 'filter-search');
    await page.check('cleared');
  });

  test('typing a name without its accents finds it, with the hits marked', async () => {
    const page = await env.open();
    await ready(page);
    await (await page.find('searchbox', 'Zoeken')).click();
    await page.type('oekraine');
    const inUkraine = titles(names('UKR'));
    await page.until(([cards, n]) => document.querySelectorAll(cards).length < n, [cardsIn, TOTAL]);
    const shown = await shownTitles(page);
    for (const title of inUkraine) assert.ok(shown.includes(title), `"${title}" is shown`);
    // Hits are marked in the cards a visitor scrolls to.
    await page.until((hit) => document.querySelector(`mark${hit}`)?.textContent.toLowerCase() === 'oekraïne', marked('SearchHit'));
    await page.until(([live, n]) => document.querySelector(live).textContent.includes(`van ${n} resultaten`), [sel.Live, TOTAL]);
    await page.check('searched for oekraine');
    // Accents do not matter the other way round either.
    await (await page.find('searchbox', 'Zoeken')).evaluate((s) => s.select());
    await page.type('Syrië');
    await page.until(([cards, n]) => document.querySelectorAll(cards).length < n, [cardsIn, TOTAL]);
    const syrian = await shownTitles(page);
    for (const title of titles(names('SYR'))) assert.ok(syrian.includes(title), `"${title}" is shown`);
    await page.check('searched for Syrië');
  });

  test('a copied URL reopens the view, and back and forward step through the choices', async () => {
    const page = await env.open();
    await ready(page);
    const goalLabel = label('goals', 'mainstreaming');
    await (await option(page, 'NAP-doel', goalLabel)).click();
    await page.until(() => location.search.includes('goal=mainstreaming'));
    await (await page.find('searchbox', 'Zoeken')).click();
    await page.type('irak');
    await page.until(() => location.search.includes('q=irak'));
    // A footnote opened in a card that stays.
    const card = titles((r) => r.goals.includes('mainstreaming') && JSON.stringify(r).toLowerCase().includes('irak') && /\[\^\d+\]/.test(r.text.nl))[0];
    const number = Number(results.find((r) => r.title.nl === card).text.nl.match(/\[\^(\d+)\]/)[1]);
    await (await (await page.find('article', card)).find('button', `Voetnoot ${number}`)).click();
    await page.until(() => location.search.includes('fn='));
    const url = await page.url();
    const expected = await shownTitles(page);
    await page.check('view to share');

    const copy = await env.open(url);
    await ready(copy);
    assert.deepEqual(await shownTitles(copy), expected);
    assert.equal(await (await copy.find('searchbox', 'Zoeken')).evaluate((s) => s.value), 'irak');
    assert.equal(await (await option(copy, 'NAP-doel', goalLabel)).evaluate((o) => o.checked), true);
    const marker = await (await copy.find('article', card)).find('button', `Voetnoot ${number}`);
    assert.equal(await marker.attribute('aria-expanded'), 'true');
    const reference = footnotes.find((f) => f.number === number).references[0];
    if (reference?.kind === 'kamerstuk') {
      await copy.find('link', new RegExp(`^Kamerstuk ${literally(reference.dossier)}, nr\\. ${literally(reference.number)}`));
    }
    await copy.check('copied URL');

    // Back: the typing was one step, the goal another.
    await page.back();
    await page.until(() => !location.search.includes('q='));
    await page.until(() => document.querySelector('input[type=search]').value === '');
    assert.equal(await (await option(page, 'NAP-doel', goalLabel)).evaluate((o) => o.checked), true);
    await page.back();
    await page.until(() => location.search === '');
    await page.until(([cards, n]) => document.querySelectorAll(cards).length === n, [cardsIn, first]);
    await page.check('back to the start');
    await page.forward();
    await page.until(() => location.search.includes('goal=mainstreaming'));
    await page.until((input) => document.querySelector(input).checked, withValue('Option', 'goal:mainstreaming'));
  });

  test('changes quicker than a frame each get their history entry, written after the paint', async () => {
    const page = await env.open();
    await ready(page);
    const entries = () => page.evaluate(() => history.length);
    const before = await entries();
    // Two choices in one task, before the browser paints: the first is written before the second.
    const chosen = [`goal=${goal}`, `ministry=${ministry}`];
    const inputs = [withValue('Option', `goal:${goal}`), withValue('Option', `ministry:${ministry}`)];
    await page.evaluate((inputs) => {
      for (const selector of inputs) document.querySelector(selector).click();
    }, inputs);
    await page.until((chosen) => chosen.every((pair) => location.search.includes(pair)), chosen);
    assert.equal(await entries(), before + 2);
    await page.check('two quick choices');
    await page.back();
    await page.until((first) => location.search === `?${first}`, chosen[0]);
    await page.until(([goalInput, ministryInput]) => document.querySelector(goalInput).checked && !document.querySelector(ministryInput).checked, inputs);
  });

  test('a URL with garbage parameters loads the full report', async () => {
    const garbage = '?ministry=%3Cscript%3Ealert(1)%3C/script%3E&goal=&year=20xx&place=ZZZ,<b>&fn=../../etc:1,intro:99&map=mars&q=%E0%A4%A&unknown=1&%%%=&&=';
    const page = await env.open(garbage);
    await ready(page);
    assert.equal((await shownTitles(page)).length, first);
    assert.equal(await (await page.find('searchbox', 'Zoeken')).evaluate((s) => s.value), '', 'a malformed search is ignored');
    assert.equal(await page.count('button', /^Verwijder filter/), 0, 'no filter chosen');
    assert.equal(await (await page.find('button', /^Wereld/)).attribute('aria-pressed'), 'true', 'the map stays on the world');
    assert.equal(await page.count('note'), 0, 'no footnote opened');
    assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
    await page.check('garbage URL');
  });

  test('an empty result says so and offers to clear', async () => {
    const page = await env.open('?q=zzzzqqq');
    await ready(page);
    await page.find('button', 'Alle filters wissen');
    await page.until((empty) => !document.querySelector(empty).hidden, sel.Empty);
    await page.check('nothing found');
    const clear = await page.evaluate((clearAll) => document.querySelectorAll(clearAll).length, action('ClearAll'));
    assert.equal(clear, 2, 'one by the chips, one in the empty state');
    await (await page.find('button', 'Alle filters wissen', { index: 1 })).click();
    assert.equal((await shownTitles(page)).length, first);
    assert.equal(await page.evaluate((empty) => document.querySelector(empty).hidden, sel.Empty), true);
    await page.check('cleared from the empty state');
  });
});
