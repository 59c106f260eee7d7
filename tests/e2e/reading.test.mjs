// The reading view, in every engine: result cards under the letter's headings, footnotes that open
// in place, and the list of footnotes at the end that leads back to where each is cited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, ready } from './engines.mjs';
import { footnotes, report, results, titles } from './report.mjs';

// A footnote cited in a result, with at least two links: the one the tests open.
const cited = footnotes.find((f) => f.references.length >= 2 && results.some((r) => citesIn(r, f.number)));
function citesIn(result, number) {
  return JSON.stringify(result).includes(`[^${number}]`) || (result.footnotes ?? []).includes(number);
}
const citing = results.find((r) => citesIn(r, cited.number));
const marker = (n) => `Voetnoot ${n}`;

forEachEngine('the reading view', (env) => {
  test('shows every result card under its section heading, in the letter order', async () => {
    const page = await env.open();
    await ready(page);
    for (const section of report.sections) {
      const region = await page.find('region', section.heading.nl);
      await region.find('heading', section.heading.nl);
      assert.deepEqual(await region.names('article'), titles((r) => r.section === section.id), `cards under "${section.heading.nl}"`);
    }
    assert.equal(await page.count('article'), results.length);
    await page.check('all cards');
  });

  test('opens and closes a footnote in place, with its links', async () => {
    const page = await env.open();
    await ready(page);
    const card = await page.find('article', citing.title.nl);
    const button = await card.find('button', marker(cited.number));
    assert.equal(await button.attribute('aria-expanded'), 'false');
    assert.equal(await card.count('note', marker(cited.number)), 0, 'a closed panel is not in the accessibility tree');
    // The marker controls the panel that holds the footnote's text.
    const controls = await button.attribute('aria-controls');
    const words = cited.text.nl.split(/\s+/).slice(0, 4).join(' ');
    assert.ok(await page.evaluate(([id, words]) => document.getElementById(id)?.textContent.replace(/\s+/g, ' ').includes(words), [controls, words]));
    await page.check('footnote closed');

    await button.click();
    assert.equal(await button.attribute('aria-expanded'), 'true');
    const panel = await card.find('note', marker(cited.number));
    for (const reference of cited.references) {
      const link = await panel.find('link', new RegExp(reference.number ? reference.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.'));
      assert.match(await link.attribute('href'), /^https:\/\//);
      assert.match(await link.attribute('rel'), /\bnoopener\b/);
      assert.ok((await link.box()).height > 0, 'the link shows');
    }
    await page.check('footnote open');

    await button.click();
    assert.equal(await button.attribute('aria-expanded'), 'false');
    await card.until((c, name) => ![...c.querySelectorAll('[role=note]')].some((n) => n.getAttribute('aria-label') === name && n.checkVisibility()), marker(cited.number));
    assert.equal(await card.count('note', marker(cited.number)), 0);
    await page.check('footnote closed again');
  });

  test('keeps several footnotes open, and the close button returns focus to the marker', async () => {
    const page = await env.open();
    await ready(page);
    // The first card with two footnotes.
    const card = await page.find('article', results[0].title.nl);
    const numbers = await card.evaluate((c) => [...c.querySelectorAll('[aria-expanded]')].map((b) => b.getAttribute('aria-label')).filter((l) => /^Voetnoot \d+$/.test(l)));
    assert.ok(numbers.length >= 2, `two footnotes in the first card: ${numbers}`);
    const [a, b] = numbers;
    await (await card.find('button', a)).click();
    await (await card.find('button', b)).focus();
    await page.press('Enter');
    await card.find('note', a);
    const second = await card.find('note', b);
    await page.check('two footnotes open');
    await (await second.find('button', /^Sluiten/)).click();
    await card.until((c, name) => !c.querySelector(`[role=note][aria-label="${name}"]`)?.checkVisibility(), b);
    assert.equal((await page.focused()).label, b, 'focus back on the marker');
    await card.find('note', a);
    await page.check('one open, one closed');
  });

  test('lists every footnote at the end, each leading back to where it is cited', async () => {
    const page = await env.open();
    await ready(page);
    const list = await page.find('region', 'Voetnoten');
    assert.equal(await list.count('link', /./) >= footnotes.length, true);
    const item = await page.css(`#footnote-${cited.number}`);
    const back = await item.find('link', citing.title.nl);
    assert.equal(await back.attribute('href'), `#result-${citing.id}`);
    await back.click();
    // The link goes to the card in the list, whatever filters hid it, and reading goes on there.
    await page.until((title) => document.activeElement?.closest('article')?.querySelector('h3')?.textContent === title, citing.title.nl);
    await page.check('back at the citing card');
  });
});
