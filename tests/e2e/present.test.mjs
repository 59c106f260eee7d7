// Presentation mode: the report as a sequence of steps on a projector, entered by a link or the
// button, moved through by keys (a clicker's PageUp/PageDown), left with Esc to the same view.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserAndSite, openPage, screenshot, until, widgetReady, untilAddress } from './harness.mjs';

const data = (name) => readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8').then(JSON.parse);
const { results } = await data('results.json');
const report = await data('report.json');

/** The steps the letter gives for the results that pass: the opening, then per section its heading and results. */
function stepsFor(passing) {
  const steps = ['opening'];
  for (const section of report.sections) {
    const shown = passing.filter((r) => r.section === section.id);
    if (shown.length) steps.push(`section:${section.id}`, ...shown.map((r) => r.id));
  }
  return steps;
}

const defensie = results.filter((r) => r.ministries.includes('Defensie'));
const dialog = (page) => page.getByRole('dialog');
const counter = (page) => dialog(page).locator('[data-step-counter]');
const stepTitle = (page) => dialog(page).getByRole('heading', { level: 2 });

describe('presentation mode', () => {
  const env = browserAndSite();

  test('a link opens step 5 of the filtered talk; PageDown, PageUp and Esc keep the filters', async () => {
    const steps = stepsFor(defensie);
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?ministry=Defensie&present=5`, {
      viewport: { width: 1920, height: 1080 },
    });
    await widgetReady(page);
    await dialog(page).waitFor();
    const title = (id) => results.find((r) => r.id === id).title.nl;

    assert.equal(await counter(page).textContent(), `5 / ${steps.length}`);
    assert.equal(await stepTitle(page).textContent(), title(steps[4]));
    // The dialog is named by the step's heading; the live region says where the presenter is.
    assert.equal(await dialog(page).getAttribute('aria-labelledby'), 'presentation-heading');
    await until(page, () => document.querySelector('[data-step-live]').textContent.startsWith('Stap 5 van'));
    await check('presenting step 5');
    await screenshot(page, 'present-1920-step-5');

    await page.keyboard.press('PageDown');
    assert.equal(await counter(page).textContent(), `6 / ${steps.length}`);
    assert.equal(await stepTitle(page).textContent(), title(steps[5]));
    await untilAddress(page, /[?&]present=6(&|$)/);
    await check('presenting step 6');
    await screenshot(page, 'present-1920-step-6');

    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    assert.equal(await counter(page).textContent(), `3 / ${steps.length}`);
    await untilAddress(page, /[?&]present=3(&|$)/);
    await check('presenting step 3');
    await screenshot(page, 'present-1920-step-3');

    // Home is the opening: the plan and the period.
    await page.keyboard.press('Home');
    assert.equal(await stepTitle(page).textContent(), report.title.nl);
    const opening = dialog(page).locator('[data-step-content]');
    await opening.getByText(/^Verslagperiode: 2022–2023 · /).waitFor();
    // The talk covers the filtered selection, and says so.
    await opening.getByText(`Actieve filters: Defensie · ${defensie.length} resultaten`).waitFor();
    await screenshot(page, 'present-1920-opening');
    await page.keyboard.press('End');
    assert.equal(await counter(page).textContent(), `${steps.length} / ${steps.length}`);

    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    await untilAddress(page, /\?ministry=Defensie$/);
    const shown = await page.getByRole('article').count();
    assert.equal(shown, defensie.length);
    assert.ok(await page.getByRole('checkbox', { name: /Defensie/ }).isChecked());
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), false);
    await check('back from the presentation');
    await context.close();
  });

  test('the button enters at the opening; Esc and the back button return to the view before', async () => {
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?q=colombia`);
    await widgetReady(page);
    // The talk covers what the search shows: its cards and their sections.
    const shownCards = await page.getByRole('article').count();
    const shownSections = new Set(await page.locator('[data-section]:not([hidden])').evaluateAll((s) => s.map((e) => e.dataset.section)));
    assert.ok(shownCards >= 2);
    const present = page.getByRole('button', { name: 'Presenteren' });
    await present.click();
    await dialog(page).waitFor();
    await untilAddress(page, /\?q=colombia&present=1$/);
    assert.equal(await counter(page).textContent(), `1 / ${1 + shownSections.size + shownCards}`);
    // Focus is in the dialog; the page behind cannot be reached.
    assert.equal(await page.evaluate(() => !!document.activeElement.closest('[role=dialog]')), true);
    assert.equal(await page.locator('main').evaluate((m) => m.closest('[inert]') !== null), true);
    await check('presenting from the button');

    // The dialog's own buttons move too.
    await dialog(page).getByRole('button', { name: 'Volgende' }).click();
    assert.match(await counter(page).textContent(), /^2 \//);
    await dialog(page).getByRole('button', { name: 'Vorige' }).click();
    assert.match(await counter(page).textContent(), /^1 \//);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await untilAddress(page, /present=3$/);

    // Esc goes back to the entry before: the same search, focus on the button that started it.
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    await until(page, () => location.search === '?q=colombia');
    await until(page, () => document.activeElement?.textContent === 'Presenteren');
    await check('left with Esc');

    // Entered again, the back button leaves as well.
    await present.click();
    await dialog(page).waitFor();
    // The address shows the presentation (it is written just after the paint; a person is slower).
    await untilAddress(page, /present=1$/);
    await page.goBack();
    await dialog(page).waitFor({ state: 'hidden' });
    await untilAddress(page, /\?q=colombia$/);
    // Forward returns to the talk.
    await page.goForward();
    await dialog(page).waitFor();
    await check('forward into the presentation');
    await context.close();
  });

  test('the map frames the countries of each step, at once when motion is reduced', async () => {
    const colombia = results.find((r) => r.countries.some((c) => c.code === 'COL'));
    const steps = stepsFor(results);
    const at = steps.indexOf(colombia.id) + 1;
    const { page, check, context } = await openPage(env.browser, `${env.site.url}?present=${at}`, {
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    await widgetReady(page);
    await dialog(page).waitFor();
    const map = page.locator('[data-step-map] svg');
    const marked = await map.locator('path.in-step').evaluateAll((paths) => paths.map((p) => p.dataset.stepPlace));
    assert.deepEqual(marked.sort(), colombia.countries.map((c) => c.code).filter((c) => marked.includes(c)).sort());
    assert.ok(marked.includes('COL'));
    // Every marked country lies inside the map's view, and the view is smaller than the world.
    const fits = await map.evaluate((svg) => {
      const [x, y, w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
      const inside = [...svg.querySelectorAll('path.in-step')].every((p) => {
        const b = p.getBBox();
        return b.x >= x && b.y >= y && b.x + b.width <= x + w && b.y + b.height <= y + h;
      });
      return { inside, width: w, world: Number(svg.closest('[data-world]').dataset.world.split(' ')[2]) };
    });
    assert.ok(fits.inside, 'the marked countries are in view');
    assert.ok(fits.width < fits.world, 'zoomed in');
    await check('a step with a country');

    // The opening shows the whole world, nothing marked.
    await page.keyboard.press('Home');
    assert.equal(await map.locator('path.in-step').count(), 0);
    assert.equal((await map.getAttribute('viewBox')).split(' ')[2], String(fits.world));
    await context.close();
  });

  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    test(`no scrollbar and nothing cut off on any step at ${viewport.width}×${viewport.height}`, async () => {
      const { page, check, context } = await openPage(env.browser, `${env.site.url}?present=1`, { viewport, reducedMotion: 'reduce' });
      await widgetReady(page);
      await dialog(page).waitFor();
      const count = stepsFor(results).length;
      assert.equal(await counter(page).textContent(), `1 / ${count}`);
      const problems = [];
      for (let step = 1; step <= count; step++) {
        const fit = await page.evaluate(() => {
          // The page behind cannot scroll; the dialog fills the window exactly and has nothing to scroll.
          const dialog = document.querySelector('[role=dialog]');
          const box = dialog.getBoundingClientRect();
          const text = document.querySelector('[data-step-content]');
          return {
            page: getComputedStyle(document.documentElement).overflow === 'hidden'
              && box.width === innerWidth && box.height === innerHeight
              && dialog.scrollHeight <= dialog.clientHeight && dialog.scrollWidth <= dialog.clientWidth,
            text: text.scrollHeight <= text.clientHeight && text.scrollWidth <= text.clientWidth,
            title: text.querySelector('h2')?.textContent,
          };
        });
        if (!fit.page) problems.push(`step ${step} (${fit.title}): the page scrolls`);
        if (!fit.text) problems.push(`step ${step} (${fit.title}): the text is cut off`);
        if (step === 2) await check(`a section step at ${viewport.width}×${viewport.height}`);
        await page.keyboard.press('PageDown');
      }
      assert.deepEqual(problems, []);
      assert.equal(await counter(page).textContent(), `${count} / ${count}`);
      await check(`the last step at ${viewport.width}×${viewport.height}`);
      await context.close();
    });
  }
});
