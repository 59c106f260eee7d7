// The world map, in every engine: by mouse, by keyboard, on a phone, and its country list — each
// state through the checks. Screenshots of the map under target/screenshots/ for a person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineScreenshot, forEachEngine, ready } from './engines.mjs';
import { PAGE, TOTAL, busiestCountry, count, countries, names, placeName, resultsCount, taxonomy, titles } from './report.mjs';
import { hook, sel, view } from '../../scripts/vocabulary.mjs';

/** `text` as a RegExp that matches it literally. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shownTitles = async (page) => (await page.find('region', 'Resultaten')).names('article');
/** How many pins a view button says its view has: "Wereld (6)" → 6. */
const pinsIn = async (button) => Number((await button.text()).match(/\((\d+)\)/)[1]);

forEachEngine('the world map', (env) => {
  test('has a name and a generated summary, and every country in a list with its roles', async () => {
    const page = await env.open();
    await ready(page);
    await page.find('figure', /De kaart toont \d+ landen en gebieden buiten Nederland die de brief noemt/);
    const list = await page.find('region', 'Landen en gebieden op de kaart');
    assert.equal(await list.count('button'), countries.length);
    const regions = await page.find('region', 'Genoemd, maar geen land');
    assert.equal(await regions.count('button'), taxonomy.regions.length);
    for (const region of taxonomy.regions) {
      await regions.find('button', new RegExp(`^${literally(region.name.nl)}`));
    }
    await engineScreenshot(page, 'map-1280');
    await page.check('map at rest');
  });

  test('a pin shows its tooltip and chooses its country, and again shows everything', async () => {
    const page = await env.open();
    await ready(page);
    const name = 'Colombia';
    const n = count(names('COL'));
    const pin = await page.find('button', new RegExp(`^${name}: ${resultsCount(n)}`));
    await pin.hover();
    await pin.until((p, tip) => getComputedStyle(p.querySelector(tip)).display !== 'none', sel.PinTip);
    // The tooltip says what the pin's name says (WCAG 2.5.3, label in name).
    const tip = await pin.evaluate((p, tip) => p.querySelector(tip).textContent, sel.PinTip);
    const label = await pin.attribute('aria-label');
    assert.ok(label.startsWith(`${name}: ${resultsCount(n)}`), label);
    assert.equal(tip.replace(/\s+/g, ' ').trim(), label);
    await page.check('tooltip on hover');
    // The same when the pin has the keyboard's focus.
    await pin.focus();
    await page.check('pin focused');
    await pin.click();
    assert.equal(await pin.attribute('aria-pressed'), 'true');
    assert.deepEqual(await shownTitles(page), titles(names('COL')));
    await page.until(([live, text]) => document.querySelector(live).textContent.startsWith(text), [sel.Live, `${name}: ${resultsCount(n)}`]);
    const row = await (await page.find('region', 'Landen en gebieden op de kaart')).find('button', new RegExp(`^${name}`));
    assert.equal(await row.attribute('aria-pressed'), 'true');
    await page.check('Colombia selected');
    await pin.click();
    assert.equal(await pin.attribute('aria-pressed'), 'false');
    assert.equal((await shownTitles(page)).length, Math.min(TOTAL, PAGE));
    await page.check('selected again: cleared');
  });

  test('works by keyboard alone: one Tab stop, arrows, Enter, Esc', async () => {
    const page = await env.open();
    await ready(page);
    const world = await page.find('button', /^Wereld/);
    const pinCount = await pinsIn(world);
    // The westernmost pin of the world view holds the Tab stop; arrows go through all and wrap.
    const westernmost = await page.evaluate(([worldPins, x]) => {
      const pins = [...document.querySelectorAll(worldPins)];
      pins.sort((a, b) => Number(a.getAttribute(x)) - Number(b.getAttribute(x)));
      return pins[0].getAttribute('aria-label');
    }, [`${sel.Pin}[${hook.View}="${view.World}"]`, hook.PinX]);
    await (await page.find('button', /^Afrika/)).focus();
    await page.press('Tab');
    assert.equal((await page.focused()).label, westernmost, 'Tab lands on the westernmost pin');
    const seen = [];
    for (let i = 0; i < pinCount; i++) {
      seen.push((await page.focused()).label);
      await page.press('ArrowRight');
    }
    assert.equal(new Set(seen).size, pinCount, `every pin of the view: ${seen}`);
    assert.equal((await page.focused()).label, seen[0], 'wraps around');
    assert.equal(await page.evaluate((pins) => document.querySelectorAll(`${pins} [tabindex="0"]`).length, sel.Pins), 1, 'one pin is in the Tab order');
    for (let i = 0; i < pinCount && !(await page.focused()).label.startsWith('Colombia'); i++) await page.press('ArrowRight');
    const n = count(names('COL'));
    assert.ok((await page.focused()).label.startsWith(`Colombia: ${resultsCount(n)}`));
    // The focused pin shows its ring and its tip, in every engine.
    assert.ok(await page.evaluate((tip) => {
      const pin = document.activeElement;
      return getComputedStyle(pin).outlineStyle !== 'none' && getComputedStyle(pin.querySelector(tip)).display !== 'none';
    }, sel.PinTip), 'the focused pin shows its outline and its tooltip');
    await page.check('Colombia focused, tooltip shown');
    await page.press('Enter');
    await page.until(([live, text]) => document.querySelector(live).textContent.startsWith(text), [sel.Live, `Colombia: ${resultsCount(n)}`]);
    assert.equal((await shownTitles(page)).length, n);
    await page.check('Colombia selected by keyboard');
    // The first Esc hides the tooltip (WCAG 1.4.13) and keeps the choice; the second clears it.
    await page.press('Escape');
    assert.ok(await page.evaluate((tip) => getComputedStyle(document.activeElement.querySelector(tip)).display === 'none', sel.PinTip), 'Esc dismisses the tooltip');
    assert.equal((await shownTitles(page)).length, n);
    await page.check('tooltip dismissed');
    await page.press('Escape');
    await page.until((live) => document.querySelector(live).textContent.includes('Keuze gewist'), sel.Live);
    assert.equal((await shownTitles(page)).length, Math.min(TOTAL, PAGE));
    // Tab leaves the map: no trap.
    await page.press('Tab');
    assert.equal(await page.evaluate((pins) => document.activeElement.closest(pins), sel.Pins), null);
    await page.check('cleared with Esc');
  });

  test('on a 360 px phone, a small country is chosen by its marker in a zoomed view', async () => {
    const page = await env.open('', { viewport: { width: 360, height: 780 } });
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no horizontal scrolling');
    await engineScreenshot(page, 'map-360');
    await page.check('phone, world view');
    await (await page.find('button', /^Midden-Oosten/)).click();
    const name = placeName('LBN');
    const n = count(names('LBN'));
    const marker = await page.find('button', new RegExp(`^${literally(name)}: ${resultsCount(n)}`));
    const box = await marker.box();
    assert.ok(box.width >= 24 && box.height >= 24, `the marker is ${box.width}×${box.height}`);
    await marker.click();
    assert.equal(await marker.attribute('aria-pressed'), 'true');
    assert.deepEqual(await shownTitles(page), titles(names('LBN')));
    await engineScreenshot(page, 'map-360-middle-east');
    await page.check('phone, a small country chosen');
  });

  test('the country list chooses the same way, moves the map, and "show all" clears', async () => {
    const page = await env.open();
    await ready(page);
    const name = placeName(busiestCountry);
    const n = count(names(busiestCountry));
    await (await (await page.find('region', 'Landen en gebieden op de kaart')).find('button', new RegExp(`^${literally(name)}`))).click();
    const pin = await page.find('button', new RegExp(`^${literally(name)}: ${resultsCount(n)}`));
    assert.equal(await pin.attribute('aria-pressed'), 'true', 'the map shows the view the country is in');
    assert.equal((await shownTitles(page)).length, n);
    await page.check('a country chosen from the list');
    const area = taxonomy.regions[0];
    await (await (await page.find('region', 'Genoemd, maar geen land')).find('button', new RegExp(`^${literally(area.name.nl)}`))).click();
    assert.deepEqual(await shownTitles(page), titles(names(area.id)));
    await page.check('an area chosen');
    await (await page.find('button', 'Toon alle resultaten')).click();
    assert.equal((await shownTitles(page)).length, Math.min(TOTAL, PAGE));
    assert.equal(await page.count('button', 'Toon alle resultaten'), 0, 'the button goes away');
    await page.check('all shown again');
  });

  test('the lists are one Tab stop: arrow keys move between the rows', async () => {
    const page = await env.open();
    await ready(page);
    const lists = await page.find('group', 'Kies een land, gebied of organisatie');
    assert.equal(await lists.evaluate((l) => l.querySelectorAll('[tabindex="0"]').length), 1, 'one row is in the Tab order');
    const first = await lists.evaluate((l) => l.querySelector('[tabindex="0"]').textContent.trim().slice(0, 80));
    await lists.evaluate((l) => l.querySelector('[tabindex="0"]').focus());
    await page.press('ArrowDown');
    await page.press('ArrowDown');
    const third = (await page.focused()).text;
    assert.notEqual(third, first);
    await page.press('Home');
    assert.equal((await page.focused()).text, first);
    await page.press('End');
    const last = taxonomy.regions[taxonomy.regions.length - 1].name.nl;
    assert.ok((await page.focused()).text.startsWith(last), 'End goes to the last row: the last area');
    await page.press('Enter');
    await page.until(() => document.activeElement.getAttribute('aria-pressed') === 'true');
    await page.check('a row chosen by keyboard');
  });

  test('the map says what matters: results strongest, missions next, partners and comparisons recede', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await env.open('', { colorScheme, viewport: { width: 1280, height: 800 } });
      await ready(page);
      const roles = await page.evaluate((countries) => {
        const lum = (c) => {
          const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const land = lum(getComputedStyle(document.querySelector('.map-land')).fill);
        const hatch = getComputedStyle(document.querySelector('.map-hatch rect')).fill;
        const out = {};
        for (const role of ['results', 'mission', 'subject', 'partner', 'example']) {
          const path = document.querySelector(`${countries}.role-${role}`);
          if (!path) continue;
          const style = getComputedStyle(path);
          const fill = style.fill.startsWith('url') ? hatch : style.fill;
          // How far the fill stands from the land, in lightness: the emphasis.
          out[role] = { weight: Math.abs(lum(fill) - land), dashed: style.strokeDasharray !== 'none', filled: Math.abs(lum(fill) - land) > 0.01 };
        }
        return out;
      }, `${sel.MapSvg} path${sel.Place}`);
      // In the order of importance, each role that the map draws weighs less than the one before.
      const drawn = ['results', 'mission', 'subject', 'partner', 'example'].filter((r) => roles[r]);
      for (let i = 1; i < drawn.length; i++) {
        assert.ok(roles[drawn[i]].weight <= roles[drawn[i - 1]].weight, `${colorScheme}: ${drawn[i - 1]} over ${drawn[i]} ${JSON.stringify(roles)}`);
      }
      assert.ok(roles.results.weight > 2 * (roles.partner?.weight ?? 0) && roles.results.filled, 'results stand out most');
      for (const role of ['partner', 'example'].filter((r) => roles[r])) {
        assert.ok(!roles[role].filled, `${colorScheme}: ${role} recedes to the land's own grey`);
        assert.ok(roles[role].dashed, `${colorScheme}: ${role} is told apart by its outline's pattern, not by colour alone`);
      }
      // The legend lists the roles in that order.
      const legend = await page.evaluate(() => [...document.querySelectorAll('.map-legend li')].map((li) => li.textContent.trim()));
      assert.deepEqual(legend.slice(0, 2), ['resultaten behaald of gesteund', 'Nederlandse inzet (missie)']);
      await engineScreenshot(page, `map-hierarchy-1280-${colorScheme}`);
    }
  });

  test('fills stand out from the land around them by at least 3:1, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await env.open('', { colorScheme });
      await ready(page);
      // WCAG 1.4.11: the report's countries against the grey land, per role (a mission is a
      // hatch: its stripe colour counts).
      const ratios = await page.evaluate(([place, countries]) => {
        const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
        const luminance = (c) => {
          const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const land = getComputedStyle(document.querySelector('.map-land')).fill;
        const hatch = getComputedStyle(document.querySelector('.map-hatch rect')).fill;
        const out = {};
        for (const path of document.querySelectorAll(countries)) {
          const style = getComputedStyle(path);
          // A role drawn as an outline (a subject's, a partner's, a comparison's) is marked by it.
          const outlined = ['role-subject', 'role-partner', 'role-example'].some((r) => path.classList.contains(r));
          const mark = outlined ? style.stroke : style.fill.startsWith('url') ? hatch : style.fill;
          out[`${path.getAttribute(place)} (${path.getAttribute('class')})`] = contrast(mark, land);
        }
        return out;
      }, [hook.Place, `${sel.MapSvg} path${sel.Place}`]);
      assert.ok(Object.keys(ratios).length > 0);
      for (const [role, ratio] of Object.entries(ratios)) {
        assert.ok(ratio >= 3, `${colorScheme}: ${role} is ${ratio.toFixed(2)}:1 against the land`);
      }
      await engineScreenshot(page, `map-1280-${colorScheme}`);
      await page.check(`${colorScheme} mode`);
    }
  });
});
