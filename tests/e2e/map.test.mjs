// The world map: by mouse, by keyboard, on a phone, and its country list — each state through the
// harness checks. Also leaves screenshots of the map under target/screenshots/ for a person.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, screenshotOf, startSite, widgetReady } from './harness.mjs';

const cardTitles = (page) => page.getByRole('article').filter({ visible: true }).getByRole('heading', { level: 3 }).allTextContents();
const status = (page) => page.getByRole('status').filter({ hasText: /\S/ }).last();

describe('the world map', () => {
  let browser, site;
  before(async () => {
    browser = await launchBrowser();
    site = await startSite();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('has a name and a generated summary, and every country in a list with its roles', async () => {
    const { page, check, context } = await openPage(browser, site.url);
    await widgetReady(page);
    const figure = page.getByRole('figure', { name: /De brief noemt resultaten in \d+ landen buiten Nederland/ });
    await figure.waitFor();
    const list = page.getByRole('region', { name: 'Landen in de brief' });
    assert.equal(await list.getByRole('button').count(), 22);
    await list.getByRole('button', { name: /Palestijnse Gebieden 3 resultaten resultaten behaald of gesteund; Nederlandse inzet \(missie\)/ }).waitFor();
    const regions = page.getByRole('region', { name: 'Genoemd, maar geen land' });
    await regions.getByRole('button', { name: /het Midden-Oosten/ }).waitFor();
    await screenshotOf(page.getByRole('region', { name: 'Waar Nederland actief was' }), 'map-1280');
    await check('map at rest');
    await context.close();
  });

  test('clicking Colombia filters the cards to its results and announces it', async () => {
    const { page, check, context } = await openPage(browser, site.url);
    await widgetReady(page);
    const pin = page.getByRole('button', { name: 'Colombia: 2 resultaten' });
    await pin.hover();
    await page.getByText('Colombia · 2 resultaten').waitFor();
    await check('tooltip on hover');
    await pin.click();
    assert.equal(await pin.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await cardTitles(page), [
      'Programma’s van maatschappelijke organisaties in negen landen',
      'Vrouwenorganisaties in het Colombiaanse vredesproces; wet tegen geweld tegen vrouwen in de politiek',
    ]);
    assert.equal(await status(page).textContent(), 'Colombia: 2 resultaten');
    await page.getByText('2 van 38 resultaten').waitFor();
    const listed = page.getByRole('region', { name: 'Landen in de brief' }).getByRole('button', { name: /^Colombia/ });
    assert.equal(await listed.getAttribute('aria-pressed'), 'true');
    await check('Colombia selected');

    await pin.click();
    assert.equal(await pin.getAttribute('aria-pressed'), 'false');
    assert.equal((await cardTitles(page)).length, 38);
    await check('selected again: cleared');
    await context.close();
  });

  test('works by keyboard alone: one Tab stop, arrows, Enter, Esc', async () => {
    const { page, check, context } = await openPage(browser, site.url);
    await widgetReady(page);
    await page.getByRole('button', { name: 'Afrika (6)' }).focus();
    await page.keyboard.press('Tab');
    let focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.match(focused, /^Verenigde Staten|^Canada|^Colombia/, 'Tab lands on the westernmost pin');
    const names = [];
    for (let i = 0; i < 6; i++) {
      names.push(await page.evaluate(() => document.activeElement.getAttribute('aria-label')));
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(new Set(names).size, 6, `six different pins: ${names}`);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), names[0], 'wraps around');
    // Only one pin is in the Tab order.
    assert.equal(await page.locator('.map-pins [tabindex="0"]').count(), 1);
    while (!(await page.evaluate(() => document.activeElement.getAttribute('aria-label'))).startsWith('Colombia')) {
      await page.keyboard.press('ArrowRight');
    }
    await page.getByText('Colombia · 2 resultaten').waitFor();
    await check('Colombia focused, tooltip shown');
    await page.keyboard.press('Enter');
    assert.equal(await status(page).textContent(), 'Colombia: 2 resultaten');
    assert.equal((await cardTitles(page)).length, 2);
    await check('Colombia selected by keyboard');
    await page.keyboard.press('Escape');
    assert.equal((await cardTitles(page)).length, 38);
    assert.match(await status(page).textContent(), /Keuze gewist/);
    assert.equal(await page.getByText('Colombia · 2 resultaten').isVisible(), false, 'Esc dismisses the tooltip');
    // Tab leaves the map: no trap.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.map-pins')), null);
    await check('cleared with Esc');
    await context.close();
  });

  test('on a 360 px phone, Lebanon is selected by its marker in the Middle East view', async () => {
    const { page, check, context } = await openPage(browser, site.url, { viewport: { width: 360, height: 780 } });
    await widgetReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no horizontal scrolling');
    await screenshotOf(page.getByRole('figure'), 'map-360');
    await check('phone, world view');
    await page.getByRole('button', { name: 'Midden-Oosten (5)' }).click();
    const marker = page.getByRole('button', { name: 'Libanon: 1 resultaat' });
    const box = await marker.boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, `marker is ${box.width}×${box.height}`);
    await screenshotOf(page.getByRole('figure'), 'map-360-middle-east');
    await marker.click();
    assert.equal(await marker.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await cardTitles(page), ['Genderadviseurs bij UNIFIL en de USSC']);
    assert.equal(await status(page).textContent(), 'Libanon: 1 resultaat');
    await check('phone, Lebanon selected');
    await context.close();
  });

  test('the country list selects the same way, moves the map, and "show all" clears', async () => {
    const { page, check, context } = await openPage(browser, site.url);
    await widgetReady(page);
    await page.getByRole('region', { name: 'Landen in de brief' }).getByRole('button', { name: /^Oekraïne/ }).click();
    assert.equal(await page.getByRole('button', { name: 'Europa (5)' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByRole('button', { name: 'Oekraïne: 6 resultaten' }).getAttribute('aria-pressed'), 'true');
    assert.equal((await cardTitles(page)).length, 6);
    await check('Ukraine selected from the list');
    await page.getByRole('region', { name: 'Genoemd, maar geen land' }).getByRole('button', { name: /het Midden-Oosten/ }).click();
    assert.deepEqual(await cardTitles(page), ['Programma’s van maatschappelijke organisaties in negen landen']);
    await check('the Middle East selected as a region');
    await page.getByRole('button', { name: 'Toon alle resultaten' }).click();
    assert.equal((await cardTitles(page)).length, 38);
    assert.equal(await page.getByRole('button', { name: 'Toon alle resultaten' }).isVisible(), false);
    await check('all shown again');
    await context.close();
  });

  test('keeps its contrast in dark mode', async () => {
    const { page, check, context } = await openPage(browser, site.url, { colorScheme: 'dark' });
    await widgetReady(page);
    await screenshotOf(page.getByRole('figure'), 'map-1280-dark');
    await check('dark mode');
    await context.close();
  });
});
