// Hostile but valid content (`xtask hostile`: markup and script in titles, texts and footnotes, an
// unbroken word of 2,700 letters, a title of 400 characters), rendered into a copy of the build:
// every bit of it is shown as text, nothing runs, and the page still fits a phone, in every engine.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, ready } from './engines.mjs';
import { browserAndSite, openPage, widgetReady } from './harness.mjs';
import { sel } from '../../scripts/vocabulary.mjs';

forEachEngine('hostile content', (env) => {
  test('markup and script in the data are shown as text and never run; a phone needs no sideways scroll', async () => {
    const page = await env.open('', { viewport: { width: 360, height: 740 } });
    await ready(page);
    await page.find('heading', 'Steun <script>window.__pwned = 1</script> & "citaat"');
    assert.ok(await page.evaluate((report) => document.querySelector(report).textContent.includes('<img src=x onerror="window.__pwned = 2">'), sel.Report));
    assert.equal(await page.evaluate((report) => document.querySelectorAll(`${report} script, ${report} img, ${report} b`).length, sel.Report), 0, 'no element made from data');
    // The footnote with markup opens in place, as text.
    await (await page.find('button', 'Voetnoot 1')).click();
    const note = await page.find('note', 'Voetnoot 1');
    assert.ok((await note.text()).includes('<b onmouseover="window.__pwned = 4">hover</b>'));
    // Search finds the text as a visitor reads it, marks included (on a phone, behind "Filter").
    await (await page.find('button', 'Filter')).click();
    await (await page.find('searchbox', 'Zoeken')).click();
    await page.type('onerror');
    await page.until((line) => document.querySelector(line).textContent.trim().startsWith('1 van '), sel.ResultsCount);
    await (await page.find('button', /^Toon 1 /)).click();
    assert.equal(await page.count('article'), 1);
    const card = await page.find('article', null);
    assert.ok(await card.evaluate((c) => c.querySelector('mark')?.textContent.toLowerCase() === 'onerror'));
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'nothing from the data ran');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the long word wraps inside its card');
    await page.check('hostile content on a phone');
  });
}, { xtask: ['hostile'], copy: 'e2e-hostile-site' });

// Print emulation is Chromium's (print.test.mjs); the step's fit is checked there as well.
describe('hostile content in a presentation and a printout', () => {
  const env = browserAndSite({ xtask: ['hostile'], copy: 'e2e-hostile-site-print' });

  test('the long title and the long word fit a presentation step and a printout', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?q=langwoord&present=3`, { viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    await widgetReady(page);
    await page.getByRole('dialog').waitFor();
    // A word of 2,700 letters does not fit at any readable size: it wraps, and the step scrolls
    // rather than cutting it off (the letter's own steps all fit: present.test.mjs).
    const step = await page.evaluate((content) => {
      const text = document.querySelector(content);
      return { wide: text.scrollWidth <= text.clientWidth, fits: text.scrollHeight <= text.clientHeight, scrolls: getComputedStyle(text).overflowY === 'auto' };
    }, sel.StepContent);
    assert.ok(step.wide, 'the long word wraps');
    assert.ok(step.fits || step.scrolls, 'nothing is cut off');
    await check('presenting the long word');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'print view fits');
    await context.close();
  });
});
