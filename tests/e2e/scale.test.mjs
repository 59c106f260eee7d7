// A long report (a synthetic one, rendered into a copy of the build): the list shows one page of
// results at a time, and "show more" continues where the reader was.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndSite, openPage, until, widgetReady } from './harness.mjs';

describe('a report of 300 results', () => {
  const env = browserAndSite({ xtask: ['synthetic', '300', '40'], copy: 'e2e-scale-site' });

  test('shows a page of 60 at a time, counts all, and "show more" moves focus to the next card', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const shown = () => page.getByRole('article').filter({ visible: true }).count();
    assert.equal(await shown(), 60);
    await page.locator('#results').getByText('300 resultaten').waitFor();
    const more = page.getByRole('button', { name: 'Toon nog 60 van 240 resultaten' });
    await check('first page');
    await more.click();
    assert.equal(await shown(), 120);
    await until(page, () => document.activeElement?.tagName === 'ARTICLE');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby'));
    const sixtyFirst = await page.getByRole('article').filter({ visible: true }).nth(60).getAttribute('aria-labelledby');
    assert.equal(focused, sixtyFirst);
    await check('second page');
    // A filter that still leaves more than a page starts again at one page.
    const participation = page.getByRole('checkbox', { name: /^Participatie/ });
    assert.ok(Number((await participation.locator('xpath=..').textContent()).match(/\((\d+)\)/)[1]) > 60);
    await participation.check();
    assert.equal(await shown(), 60);
    await check('filtered');
    await context.close();
  });

  test('print writes out the whole selection, not only the page on screen', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?goal=participation`);
    await widgetReady(page);
    const shown = () => page.getByRole('article').filter({ visible: true }).count();
    assert.equal(await shown(), 60);
    const total = Number((await page.locator('[data-results-count]').textContent()).match(/\d+/)[0]);
    assert.ok(total > 60);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await shown(), total);
    await check('print view of a long selection');
    await context.close();
  });
});
