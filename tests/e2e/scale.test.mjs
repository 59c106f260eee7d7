// A long report (a synthetic one, rendered into a copy of the build): the list shows one page of
// results at a time, and "show more" continues where the reader was.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndSite, openPage, until, untilAddress, widgetReady } from './harness.mjs';
import { has, pdfText, printToPdf } from './pdf.mjs';
import { PAGE, report, resultsCount, results as real } from './report.mjs';
import { sel } from '../../scripts/vocabulary.mjs';

// The synthetic report (`xtask synthetic SIZE COUNTRIES`) repeats the real results in order,
// numbering their titles: "Title (i)".
const SIZE = 300;
const { sections } = report;
/** The results of the synthetic report, with their numbered ids and titles. */
const synthetic = Array.from({ length: SIZE }, (_, i) => ({
  ...real[i % real.length],
  id: `${real[i % real.length].id}-${i}`,
  numbered: `${real[i % real.length].title.nl} (${i})`,
}));

describe(`a report of ${SIZE} results`, () => {
  const env = browserAndSite({ xtask: ['synthetic', String(SIZE), '40'], copy: 'e2e-scale-site' });

  test(`shows a page of ${PAGE} at a time, counts all, and "show more" moves focus to the next card`, async () => {
    assert.ok(SIZE > 2 * PAGE, 'the synthetic report is longer than two pages');
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const shown = () => page.getByRole('article').count();
    assert.equal(await shown(), PAGE);
    await page.locator(sel.Results).getByText(resultsCount(SIZE), { exact: true }).waitFor();
    const rest = SIZE - PAGE;
    const more = page.getByRole('button', { name: `Toon nog ${Math.min(PAGE, rest)} van ${resultsCount(rest)}` });
    await check('first page');
    await more.click();
    assert.equal(await shown(), 2 * PAGE);
    await until(page, () => document.activeElement?.tagName === 'ARTICLE');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby'));
    const firstOfNextPage = await page.getByRole('article').nth(PAGE).getAttribute('aria-labelledby');
    assert.equal(focused, firstOfNextPage);
    await check('second page');
    // A filter that still leaves more than a page starts again at one page.
    const participation = page.getByRole('checkbox', { name: /^Participatie/ });
    assert.ok(Number((await participation.locator('xpath=..').textContent()).match(/\((\d+)\)/)[1]) > PAGE);
    await participation.check();
    assert.equal(await shown(), PAGE);
    await check('filtered');
    await context.close();
  });

  // The options out of view are not laid out at a filter change (content-visibility): one far down
  // the list must still promise, once reached, what checking it gives.
  test('an option far down the country list, reached by keyboard after a filter change, counts what it gives', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url, { viewport: { width: 1280, height: 720 } });
    await widgetReady(page);
    await page.getByRole('checkbox', { name: /^Participatie/ }).check();
    const places = page.getByRole('group', { name: 'Land of gebied' }).getByRole('checkbox', { disabled: false });
    assert.ok(await places.count() >= 30, 'a list of countries longer than the screen');
    const last = places.last();
    assert.ok(await last.evaluate((box) => box.getBoundingClientRect().top > innerHeight), 'the last country starts out of view');
    await last.focus();
    const promised = Number((await last.locator('xpath=..').innerText()).match(/\((\d+)\)/)[1]);
    assert.ok(promised > 0, 'an option that can be checked promises results');
    await page.keyboard.press('Space');
    assert.equal(await last.isChecked(), true);
    await page.locator(sel.ResultsCount).getByText(`${promised} van ${resultsCount(SIZE)}`, { exact: true }).waitFor();
    await check('a country far down the list checked');
    await context.close();
  });

  test('a "cited in" link to a card filtered out and beyond the first page brings it into view', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?goal=participation`);
    await widgetReady(page);
    // A result the filter leaves out, from the third page of the whole list (in the letter's order:
    // by section, then as numbered).
    const inOrder = sections.flatMap((section) => synthetic.filter((r) => r.section === section.id));
    const cited = await page.evaluate(() => [...document.querySelectorAll('.footnote-list a[href^="#result-"]')]
      .map((a) => a.getAttribute('href').slice('#result-'.length)));
    const target = cited.find((id) => inOrder.findIndex((r) => r.id === id) >= 2 * PAGE && !inOrder.find((r) => r.id === id).goals.includes('participation'));
    assert.ok(target, 'a cited result on the third page that the filter leaves out');
    await page.locator(`.footnote-list a[href="#result-${target}"]`).first().click();
    await until(page, ([card, id]) => document.activeElement?.closest(card)?.id === `result-${id}`, [sel.Result, target]);
    await untilAddress(page, /\/$/);
    assert.equal(await page.getByRole('checkbox', { name: /^Participatie/ }).isChecked(), false);
    await check('cited card brought into view');
    await context.close();
  });

  test('print writes out the whole selection, not only the page on screen', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?goal=participation`);
    await widgetReady(page);
    const shown = () => page.getByRole('article').count();
    assert.equal(await shown(), PAGE);
    const total = Number((await page.locator(sel.ResultsCount).textContent()).match(/\d+/)[0]);
    assert.ok(total > PAGE);
    // The browser's print dialog (its print events): the PDF holds every passing result, and no other.
    const text = await pdfText(await printToPdf(page, 'long-selection'));
    const passing = synthetic.filter((r) => r.goals.includes('participation')).map((r) => r.numbered);
    assert.equal(passing.length, total);
    assert.deepEqual(passing.filter((title) => !has(text, title)), [], 'every passing result is printed');
    const others = synthetic.filter((r) => !r.goals.includes('participation')).map((r) => r.numbered);
    assert.deepEqual(others.filter((title) => has(text, title)), [], 'no other result is printed');
    assert.equal(await shown(), PAGE, 'after printing, the screen shows its page again');
    // A print preview that switches the medium (the developer tools, a test) gets the same.
    await page.emulateMedia({ media: 'print' });
    await until(page, (n) => document.querySelectorAll('article').length === n, total);
    await check('print view of a long selection');
    await page.emulateMedia({ media: 'screen' });
    await until(page, (n) => document.querySelectorAll('article').length === n, PAGE);
    await context.close();
  });
});
