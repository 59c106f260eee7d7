// The reading view: result cards under the letter's headings, footnotes that open in place.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndSite, openPage, widgetReady } from './harness.mjs';

const read = async (file) => JSON.parse(await readFile(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const report = await read('report.json');
const { results } = await read('results.json');

describe('the reading view', () => {
  const env = browserAndSite();

  test('shows every result card under its section heading, in the letter order', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    for (const section of report.sections) {
      const region = page.getByRole('region', { name: section.heading.nl, exact: true });
      await region.getByRole('heading', { level: 2, name: section.heading.nl }).waitFor();
      const titles = await region.getByRole('heading', { level: 3 }).allTextContents();
      const expected = results.filter((r) => r.section === section.id).map((r) => r.title.nl);
      assert.deepEqual(titles, expected, `cards under "${section.heading.nl}"`);
    }
    const cards = page.getByRole('article');
    assert.equal(await cards.count(), results.length);
    await check('all cards');
    await context.close();
  });

  test('opens and closes footnote 8 in place, with both Kamerstuk links', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const card = page.getByRole('article', { name: 'Oog voor vrouwen en meisjes bij EUFOR Althea en in Irak' });
    const marker = card.getByRole('button', { name: 'Voetnoot 8', exact: true });
    const panel = card.getByRole('note', { name: 'Voetnoot 8' });
    const links = [
      ['Kamerstuk 27 925, nr. 943', 'https://zoek.officielebekendmakingen.nl/kst-27925-943.html'],
      ['Kamerstuk 29 521, nr. 461', 'https://zoek.officielebekendmakingen.nl/kst-29521-461.html'],
    ];
    assert.equal(await marker.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.count(), 0, 'a closed panel is not in the accessibility tree');
    assert.equal(await marker.getAttribute('aria-controls'), await page.locator('.fn-panel').filter({ has: page.getByText('artikel 100-brieven') }).first().getAttribute('id'));
    await check('footnote 8 closed');

    await marker.click();
    assert.equal(await marker.getAttribute('aria-expanded'), 'true');
    await panel.waitFor({ state: 'visible' });
    for (const [name, href] of links) {
      const link = panel.getByRole('link', { name });
      assert.ok(await link.isVisible(), name);
      assert.equal(await link.getAttribute('href'), href);
      assert.match(await link.getAttribute('rel'), /\bnoopener\b/);
    }
    await check('footnote 8 open');

    await marker.click();
    assert.equal(await marker.getAttribute('aria-expanded'), 'false');
    await panel.waitFor({ state: 'hidden' });
    for (const [name] of links) {
      assert.equal(await card.getByRole('link', { name }).count(), 0, `${name} still in the card's accessibility tree`);
    }
    await check('footnote 8 closed again');
    await context.close();
  });

  test('keeps several footnotes open, and the close button returns focus to the marker', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const card = page.getByRole('article', { name: results[0].title.nl });
    await card.getByRole('button', { name: 'Voetnoot 3', exact: true }).click();
    await card.getByRole('button', { name: 'Voetnoot 4', exact: true }).press('Enter');
    await card.getByRole('note', { name: 'Voetnoot 3' }).waitFor();
    await card.getByRole('note', { name: 'Voetnoot 4' }).waitFor();
    await check('footnotes 3 and 4 open');
    await card.getByRole('note', { name: 'Voetnoot 4' }).getByRole('button', { name: 'Sluiten' }).click();
    await card.getByRole('note', { name: 'Voetnoot 4' }).waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Voetnoot 4');
    assert.ok(await card.getByRole('note', { name: 'Voetnoot 3' }).isVisible());
    await check('footnote 3 open, 4 closed');
    await context.close();
  });

  test('lists every footnote at the end, each linking back to where it is cited', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const list = page.getByRole('region', { name: 'Voetnoten' });
    assert.equal(await list.getByRole('listitem').filter({ has: page.getByText('Genoemd bij') }).count(), 12);
    const back = page.locator('#footnote-8').getByRole('link', { name: 'Oog voor vrouwen en meisjes bij EUFOR Althea en in Irak' });
    await back.click();
    assert.equal(new URL(page.url()).hash, '#result-eufor-althea-and-iraq');
    const intro = page.locator('#footnote-1').getByRole('link', { name: 'Inleiding' });
    assert.equal(await intro.getAttribute('href'), '#introduction');
    await check('footnote list');
    await context.close();
  });
});
