// A long report (a synthetic one, rendered into a copy of the build): the list shows one page of
// results at a time, and "show more" continues where the reader was.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndSite, openPage, until, untilAddress, widgetReady } from './harness.mjs';
import { has, pdfText, printToPdf } from './pdf.mjs';

// The synthetic report repeats the real results in order, numbering their titles: "Title (i)".
const data = async (name) => JSON.parse(await readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const { results: real } = await data('results.json');
const { sections } = await data('report.json');

describe('a report of 300 results', () => {
  const env = browserAndSite({ xtask: ['synthetic', '300', '40'], copy: 'e2e-scale-site' });

  test('shows a page of 60 at a time, counts all, and "show more" moves focus to the next card', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await widgetReady(page);
    const shown = () => page.getByRole('article').count();
    assert.equal(await shown(), 60);
    await page.locator('#results').getByText('300 resultaten', { exact: true }).waitFor();
    const more = page.getByRole('button', { name: 'Toon nog 60 van 240 resultaten' });
    await check('first page');
    await more.click();
    assert.equal(await shown(), 120);
    await until(page, () => document.activeElement?.tagName === 'ARTICLE');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby'));
    const sixtyFirst = await page.getByRole('article').nth(60).getAttribute('aria-labelledby');
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

  test('a "cited in" link to a card filtered out and beyond the first page brings it into view', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?goal=participation`);
    await widgetReady(page);
    // A result the filter leaves out, from the third page of the whole list (in the letter's order:
    // by section, then as numbered).
    const synthetic = Array.from({ length: 300 }, (_, i) => ({ ...real[i % real.length], id: `${real[i % real.length].id}-${i}` }));
    const inOrder = sections.flatMap((section) => synthetic.filter((r) => r.section === section.id));
    const cited = await page.evaluate(() => [...document.querySelectorAll('.footnote-list a[href^="#result-"]')]
      .map((a) => a.getAttribute('href').slice('#result-'.length)));
    const target = cited.find((id) => inOrder.findIndex((r) => r.id === id) >= 120 && !inOrder.find((r) => r.id === id).goals.includes('participation'));
    assert.ok(target, 'a cited result on the third page that the filter leaves out');
    await page.locator(`.footnote-list a[href="#result-${target}"]`).first().click();
    await until(page, (id) => document.activeElement?.closest('li.card')?.id === `result-${id}`, target);
    await untilAddress(page, /\/$/);
    assert.equal(await page.getByRole('checkbox', { name: /^Participatie/ }).isChecked(), false);
    await check('cited card brought into view');
    await context.close();
  });

  test('print writes out the whole selection, not only the page on screen', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?goal=participation`);
    await widgetReady(page);
    const shown = () => page.getByRole('article').count();
    assert.equal(await shown(), 60);
    const total = Number((await page.locator('[data-results-count]').textContent()).match(/\d+/)[0]);
    assert.ok(total > 60);
    // The browser's print dialog (its print events): the PDF holds every passing result, and no other.
    const text = await pdfText(await printToPdf(page, 'long-selection'));
    const passing = Array.from({ length: 300 }, (_, i) => [i, real[i % real.length]])
      .filter(([, r]) => r.goals.includes('participation'))
      .map(([i, r]) => `${r.title.nl} (${i})`);
    assert.equal(passing.length, total);
    assert.deepEqual(passing.filter((title) => !has(text, title)), [], 'every passing result is printed');
    const others = Array.from({ length: 300 }, (_, i) => [i, real[i % real.length]])
      .filter(([, r]) => !r.goals.includes('participation'))
      .map(([i, r]) => `${r.title.nl} (${i})`);
    assert.deepEqual(others.filter((title) => has(text, title)), [], 'no other result is printed');
    assert.equal(await shown(), 60, 'after printing, the screen shows its page again');
    // A print preview that switches the medium (the developer tools, a test) gets the same.
    await page.emulateMedia({ media: 'print' });
    await until(page, (n) => document.querySelectorAll('article').length === n, total);
    await check('print view of a long selection');
    await page.emulateMedia({ media: 'screen' });
    await until(page, () => document.querySelectorAll('article').length === 60);
    await context.close();
  });
});
