// The world map: by mouse, by keyboard, on a phone, and its country list — each state through the
// harness checks. Also leaves screenshots of the map under target/screenshots/ for a person.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndSite, openPage, screenshotOf, widgetReady } from './harness.mjs';

const cardTitles = (page) => page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
const status = (page) => page.getByRole('status').filter({ hasText: /\S/ }).last();

describe('the world map', () => {
  const env = browserAndSite();

  test('has a name and a generated summary, and every country in a list with its roles', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
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
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const pin = page.getByRole('button', { name: 'Colombia: 2 resultaten' });
    await pin.hover();
    await page.locator('.pin-tip').getByText('Colombia · 2 resultaten').waitFor();
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
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    // The westernmost pin of the world view, from where the page says the pins stand.
    const westernmost = await page.evaluate(() => {
      const pins = [...document.querySelectorAll('.pin[data-view="world"]')];
      pins.sort((a, b) => Number(a.dataset.x) - Number(b.dataset.x));
      return pins[0].getAttribute('aria-label');
    });
    await page.getByRole('button', { name: 'Afrika (6)' }).focus();
    await page.keyboard.press('Tab');
    let focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.equal(focused, westernmost, 'Tab lands on the westernmost pin');
    const names = [];
    for (let i = 0; i < 6; i++) {
      names.push(await page.evaluate(() => document.activeElement.getAttribute('aria-label')));
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(new Set(names).size, 6, `six different pins: ${names}`);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), names[0], 'wraps around');
    // Only one pin is in the Tab order.
    assert.equal(await page.locator('.map-pins [tabindex="0"]').count(), 1);
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement.getAttribute('aria-label'))).startsWith('Colombia'); i++) {
      await page.keyboard.press('ArrowRight');
    }
    assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Colombia: 2 resultaten \(resultaten behaald of gesteund\)$/);
    await page.locator('.pin-tip').getByText('Colombia · 2 resultaten').waitFor();
    await check('Colombia focused, tooltip shown');
    await page.keyboard.press('Enter');
    assert.equal(await status(page).textContent(), 'Colombia: 2 resultaten');
    assert.equal((await cardTitles(page)).length, 2);
    await check('Colombia selected by keyboard');
    // The first Esc hides the tooltip (WCAG 1.4.13) and keeps the choice; the second clears it.
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.pin-tip').getByText('Colombia · 2 resultaten').isVisible(), false, 'Esc dismisses the tooltip');
    assert.equal((await cardTitles(page)).length, 2);
    await check('tooltip dismissed');
    await page.keyboard.press('Escape');
    assert.equal((await cardTitles(page)).length, 38);
    assert.match(await status(page).textContent(), /Keuze gewist/);
    // Tab leaves the map: no trap.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.map-pins')), null);
    await check('cleared with Esc');
    await context.close();
  });

  test('on a 360 px phone, Lebanon is selected by its marker in the Middle East view', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url, { viewport: { width: 360, height: 780 } });
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
    const { page, check, context } = await openPage(env.browser, env.site.url);
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

  test('fills stand out from the land around them by at least 3:1, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, check, context } = await openPage(env.browser, env.site.url, { colorScheme });
      await widgetReady(page);
      // WCAG 1.4.11: the report's countries against the grey land, per role (mission is a hatch:
      // its stripe colour is checked too); focus rings against the map.
      const ratios = await page.evaluate(() => {
        const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
        const luminance = (c) => {
          const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const land = getComputedStyle(document.querySelector('.map-land')).fill;
        const hatch = getComputedStyle(document.querySelector('.map-hatch rect')).fill;
        const out = {};
        for (const path of document.querySelectorAll('path.country')) {
          const style = getComputedStyle(path);
          // A dashed outline marks "named for comparison"; the hatch marks a mission.
          const mark = path.classList.contains('role-example') ? style.stroke : style.fill.startsWith('url') ? hatch : style.fill;
          out[`${path.dataset.place} (${path.getAttribute('class')})`] = contrast(mark, land);
        }
        return out;
      });
      for (const [role, ratio] of Object.entries(ratios)) {
        assert.ok(ratio >= 3, `${colorScheme}: ${role} is ${ratio.toFixed(2)}:1 against the land`);
      }
      await screenshotOf(page.getByRole('figure'), `map-1280-${colorScheme}`);
      await check(`${colorScheme} mode`);
      await context.close();
    }
  });
});
