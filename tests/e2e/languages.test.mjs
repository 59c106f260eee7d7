// Dutch and English: each a page of its own, switchable without losing the view; lang= and the
// English page are labelled correctly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndSite, openPage, until, widgetReady, untilAddress } from './harness.mjs';

const report = JSON.parse(await readFile(new URL('../../data/report.json', import.meta.url), 'utf8'));
const { countries } = JSON.parse(await readFile(new URL('../../data/countries.json', import.meta.url), 'utf8'));

describe('languages', () => {
  const env = browserAndSite();

  test('the English page is in English, says its text is an unofficial translation, and works', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}en.html`);
    await widgetReady(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('heading', { level: 1, name: report.title.en }).waitFor();
    await page.getByText('unofficial translation of the Dutch letter').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Filter the results' }).waitFor();
    const list = page.getByRole('region', { name: 'Countries in the letter' });
    for (const country of countries) {
      await list.getByRole('button', { name: new RegExp(`^${country.name.en}`) }).waitFor();
    }
    // The link back to Dutch is marked as Dutch.
    assert.equal(await page.getByRole('link', { name: 'Nederlands' }).getAttribute('lang'), 'nl');
    await page.getByRole('searchbox', { name: 'Search' }).fill('ukraine');
    await page.locator('#results').getByText(/^\d+ of 38 results$/).waitFor();
    await check('English, searched');
    await context.close();
  });

  test('the switch keeps the view, and lang= opens the page of that language', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?place=COL`);
    await widgetReady(page);
    await page.getByRole('checkbox', { name: /^Participatie/ }).check();
    await until(page, () => location.search.includes('goal=participation'));
    await page.getByRole('link', { name: 'English' }).click();
    await widgetReady(page);
    await untilAddress(page, /en\.html\?goal=participation&place=COL$/);
    assert.equal(await page.getByRole('checkbox', { name: /^Participation/ }).isChecked(), true);
    assert.equal(await page.getByRole('button', { name: /^Colombia: / }).getAttribute('aria-pressed'), 'true');
    await check('switched to English with the view');

    await page.goto(`${env.site.url}?lang=en&ministry=BZ`);
    await widgetReady(page);
    await untilAddress(page, /en\.html\?ministry=BZ$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.goto(`${env.site.url}en.html?lang=nl&q=kamer`);
    await widgetReady(page);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getByRole('searchbox', { name: 'Zoeken' }).inputValue(), 'kamer');
    await check('lang=nl opened the Dutch page');
    await context.close();
  });
});
