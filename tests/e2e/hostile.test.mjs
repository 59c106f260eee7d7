// Hostile but valid content (`xtask hostile`: markup and script in titles, texts and footnotes, an
// unbroken word of 2,700 letters, a title of 400 characters), rendered into a copy of the build:
// every bit of it is shown as text, nothing runs, and the page still fits a phone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndSite, openPage, until, widgetReady } from './harness.mjs';

describe('hostile content', () => {
  const env = browserAndSite({ xtask: ['hostile'], copy: 'e2e-hostile-site' });

  test('markup and script in the data are shown as text and never run; a phone needs no sideways scroll', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url, { viewport: { width: 360, height: 740 } });
    await widgetReady(page);
    const title = page.getByRole('heading', { level: 3, name: 'Steun <script>window.__pwned = 1</script> & "citaat"' });
    await title.waitFor();
    await page.getByText('<img src=x onerror="window.__pwned = 2">', { exact: false }).first().waitFor();
    assert.equal(await page.locator('[data-report] script, [data-report] img, [data-report] b').count(), 0, 'no element made from data');
    // The footnote with markup opens in place, as text.
    await page.getByRole('button', { name: 'Voetnoot 1', exact: true }).first().click();
    await page.getByRole('note', { name: 'Voetnoot 1' }).getByText('<b onmouseover="window.__pwned = 4">hover</b>', { exact: false }).waitFor();
    // Search finds the text as a visitor reads it, marks included.
    await page.getByRole('searchbox').fill('onerror');
    const found = page.getByRole('article');
    await until(page, () => document.querySelector('[data-results-count]').textContent.trim().startsWith('1 van '));
    assert.equal(await found.count(), 1);
    await found.getByText('onerror', { exact: false }).first().scrollIntoViewIfNeeded();
    await found.locator('mark').first().waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing from the data ran');
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
    assert.ok(fits, 'the long word wraps inside its card');
    await check('hostile content on a phone');
    await context.close();
  });

  test('the long title and the long word fit a presentation step and a printout', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?q=langwoord&present=3`, { viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    await widgetReady(page);
    await page.getByRole('dialog').waitFor();
    // A word of 2,700 letters does not fit at any readable size: it wraps, and the step scrolls
    // rather than cutting it off (the letter's own steps all fit: present.test.mjs).
    const step = await page.evaluate(() => {
      const text = document.querySelector('[data-step-content]');
      return { wide: text.scrollWidth <= text.clientWidth, fits: text.scrollHeight <= text.clientHeight, scrolls: getComputedStyle(text).overflowY === 'auto' };
    });
    assert.ok(step.wide, 'the long word wraps');
    assert.ok(step.fits || step.scrolls, 'nothing is cut off');
    await check('presenting the long word');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'print view fits');
    await context.close();
  });
});
