// What a screen reader hears, kept under review: the accessibility tree of the key states (ARIA
// snapshots, playwright-core) compared with the files in tests/e2e/aria/. A change in what is
// announced fails here and shows in review as a change of those files. After an intended change:
//   UPDATE_ARIA=1 node --test tests/e2e/aria.test.mjs      (then read the diff before committing)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browserAndSite, openPage, until, widgetReady } from './harness.mjs';
import { ROOT } from './paths.mjs';
import { sel } from '../../scripts/vocabulary.mjs';

const EXPECTED = join(ROOT, 'tests', 'e2e', 'aria');

/** Compares the snapshot of `locator` with tests/e2e/aria/`name`.aria.yml (writes it when asked). */
async function matches(locator, name) {
  const actual = `${(await locator.ariaSnapshot()).trim()}\n`;
  const file = join(EXPECTED, `${name}.aria.yml`);
  if (process.env.UPDATE_ARIA === '1') {
    await mkdir(EXPECTED, { recursive: true });
    await writeFile(file, actual);
    return;
  }
  const expected = await readFile(file, 'utf8').catch(() => null);
  assert.ok(expected !== null, `${file} is missing: run with UPDATE_ARIA=1 and review it`);
  assert.equal(actual, expected, `what a screen reader hears in "${name}" changed (UPDATE_ARIA=1 to accept)`);
}

describe('what a screen reader hears', () => {
  const env = browserAndSite();

  test('a card with an open footnote', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const marker = page.getByRole('button', { name: 'Voetnoot 3', exact: true }).first();
    await marker.click();
    const card = page.getByRole('article').filter({ has: page.getByRole('note', { name: 'Voetnoot 3' }) });
    await matches(card, 'card-open-footnote');
    await check('card with an open footnote');
    await context.close();
  });

  test('the map with a chosen country', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?place=COL`);
    await widgetReady(page);
    const panel = page.getByRole('region', { name: 'Gekozen land of gebied' });
    await panel.getByText(/Colombia/).first().waitFor();
    await matches(page.getByRole('figure'), 'map-figure-colombia');
    await matches(panel, 'place-panel-colombia');
    await check('Colombia chosen');
    await context.close();
  });

  test('the filter panel with a choice', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?ministry=Defensie`);
    await widgetReady(page);
    await matches(page.getByRole('region', { name: 'Resultaten filteren' }), 'filters-defensie');
    await check('Defensie chosen');
    await context.close();
  });

  test('a presentation step', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?present=3`, { reducedMotion: 'reduce' });
    await widgetReady(page);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await until(page, (counter) => /^3 \//.test(document.querySelector(counter)?.textContent), sel.StepCounter);
    await matches(dialog, 'presentation-step-3');
    await check('presentation step 3');
    await context.close();
  });
});
