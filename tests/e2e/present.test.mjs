// Presentation mode, in every engine: the report as a sequence of steps on a projector, entered by
// a link or the button, moved through by keys (a clicker's PageUp/PageDown), left with Esc to the
// same view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineScreenshot, forEachEngine, ready } from './engines.mjs';
import { report, result, results, resultsCount } from './report.mjs';
import { hook, mark, marked, sel, withValue } from '../../scripts/vocabulary.mjs';

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
const dialog = (page) => page.find('dialog', null);
const counter = (page) => page.evaluate((counter) => document.querySelector(counter).textContent, sel.StepCounter);
/** Waits until the step counter's text matches `pattern` (a RegExp travels as its source and flags). */
const counterMatches = (page, pattern) => page.until(([counter, source, flags]) => new RegExp(source, flags).test(document.querySelector(counter).textContent), [sel.StepCounter, pattern.source, pattern.flags]);
/** Waits until the step counter says `text`. */
const counterSays = (page, text) => page.until(([counter, text]) => document.querySelector(counter).textContent === text, [sel.StepCounter, text]);
const stepTitle = async (page) => (await (await dialog(page)).texts('heading'))[0];
const closed = (page) => page.until(() => !document.querySelector('[role=dialog]')?.checkVisibility());
/** Waits until the address matches `pattern`. */
const address = (page, pattern) => page.until((p) => new RegExp(p.source, p.flags).test(location.href), { source: pattern.source, flags: pattern.flags });
const title = (id) => result(id).title.nl;

forEachEngine('presentation mode', (env) => {
  test('a link opens step 5 of the filtered talk; PageDown, PageUp and Esc keep the filters', async () => {
    const steps = stepsFor(defensie);
    const page = await env.open('?ministry=Defensie&present=5', { viewport: { width: 1920, height: 1080 } });
    await ready(page);
    const talk = await dialog(page);
    assert.equal(await counter(page), `5 / ${steps.length}`);
    assert.equal(await stepTitle(page), title(steps[4]));
    // The dialog is named by the step's heading; the live region says where the presenter is.
    await page.find('dialog', title(steps[4]));
    await page.until((live) => document.querySelector(live).textContent.startsWith('Stap 5 van'), sel.StepLive);
    await page.check('presenting step 5');
    await engineScreenshot(page, 'present-1920-step-5');

    await page.press('PageDown');
    await counterSays(page, `6 / ${steps.length}`);
    assert.equal(await stepTitle(page), title(steps[5]));
    await address(page, /[?&]present=6(&|$)/);
    await page.check('presenting step 6');

    for (let i = 0; i < 3; i++) await page.press('PageUp');
    await counterSays(page, `3 / ${steps.length}`);
    await address(page, /[?&]present=3(&|$)/);
    await page.check('presenting step 3');

    // Home is the opening: the plan and the period, and the selection the talk covers.
    await page.press('Home');
    await page.until((t) => document.querySelector('[role=dialog] h2')?.textContent === t, report.title.nl);
    const opening = await page.evaluate((content) => document.querySelector(content).textContent, sel.StepContent);
    // The report's figures (as the page gives them) and its period.
    assert.ok(opening.includes(`Verslagperiode ${report.reporting_period.from}–${report.reporting_period.to}`), opening);
    assert.ok(opening.includes(resultsCount(results.length)), opening);
    assert.ok(opening.includes(`Actieve filters: Defensie · ${resultsCount(defensie.length)}`), opening);
    await engineScreenshot(page, 'present-1920-opening');
    await page.press('End');
    await counterSays(page, `${steps.length} / ${steps.length}`);

    await page.press('Escape');
    await closed(page);
    await address(page, /\?ministry=Defensie$/);
    assert.equal(await page.count('article'), defensie.length);
    assert.equal(await (await page.find('checkbox', /^Defensie/)).evaluate((c) => c.checked), true);
    assert.equal(await page.evaluate((presenting) => document.documentElement.classList.contains(presenting), mark.Presenting), false);
    await page.check('back from the presentation');
  });

  test('the button enters at the opening; Esc and the back button return to the view before', async () => {
    const page = await env.open('?q=colombia');
    await ready(page);
    // The talk covers what the search shows: its cards and their sections.
    const shownCards = await page.count('article');
    const shownSections = await page.evaluate(([section, attribute]) => new Set([...document.querySelectorAll(`${section}:not([hidden])`)].map((s) => s.getAttribute(attribute))).size, [sel.Section, hook.Section]);
    assert.ok(shownCards >= 2);
    const present = await page.find('button', 'Presenteren');
    await present.click();
    await dialog(page);
    await address(page, /\?q=colombia&present=1$/);
    assert.equal(await counter(page), `1 / ${1 + shownSections + shownCards}`);
    // Focus is in the dialog; the page behind cannot be reached.
    await page.until(() => !!document.activeElement.closest('[role=dialog]'));
    assert.equal(await page.evaluate(() => document.querySelector('main').closest('[inert]') !== null), true);
    await page.check('presenting from the button');

    // The dialog's own buttons move too.
    await (await page.find('button', 'Volgende')).click();
    await counterMatches(page, /^2 \//);
    await (await page.find('button', 'Vorige')).click();
    await counterMatches(page, /^1 \//);
    await page.press('ArrowRight');
    await page.press('ArrowRight');
    await address(page, /present=3$/);

    // Esc goes back to the entry before: the same search, focus on the button that started it.
    await page.press('Escape');
    await closed(page);
    await page.until(() => location.search === '?q=colombia');
    await page.until(() => document.activeElement?.textContent === 'Presenteren');
    await page.check('left with Esc');

    // Entered again, the back button leaves as well, and forward returns to the talk.
    await present.click();
    await dialog(page);
    await address(page, /present=1$/);
    await page.back();
    await closed(page);
    await address(page, /\?q=colombia$/);
    await page.forward();
    await dialog(page);
    await page.check('forward into the presentation');
  });

  test('the map frames the countries of each step, at once when motion is reduced', async () => {
    const colombia = results.find((r) => r.countries.some((c) => c.code === 'COL'));
    const at = stepsFor(results).indexOf(colombia.id) + 1;
    const page = await env.open(`?present=${at}`, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await ready(page);
    await dialog(page);
    const inStep = marked('InStep');
    const places = await page.evaluate(([map, inStep, place]) => [...document.querySelectorAll(`${map} svg path${inStep}`)].map((p) => p.getAttribute(place)),
      [sel.StepMap, inStep, hook.StepPlace]);
    assert.ok(places.includes('COL'), `${places}`);
    const named = colombia.countries.map((c) => c.code);
    assert.deepEqual(places.filter((c) => !named.includes(c)), [], 'only the step\'s countries are marked');
    // Every marked country lies inside the map's view, and the view is smaller than the world.
    const fits = await page.evaluate(([map, inStep, world]) => {
      const svg = document.querySelector(`${map} svg`);
      const [x, y, w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
      const inside = [...svg.querySelectorAll(`path${inStep}`)].every((p) => {
        const b = p.getBBox();
        return b.x >= x && b.y >= y && b.x + b.width <= x + w && b.y + b.height <= y + h;
      });
      return { inside, width: w, world: Number(svg.closest(`[${world}]`).getAttribute(world).split(' ')[2]) };
    }, [sel.StepMap, inStep, hook.StepWorld]);
    assert.ok(fits.inside, 'the marked countries are in view');
    assert.ok(fits.width < fits.world, 'zoomed in');
    await page.check('a step with a country');

    // The opening shows the whole world, with every country of the talk marked.
    await page.press('Home');
    await page.until(([map, inStep, world, colombiaOnMap]) => {
      const svg = document.querySelector(`${map} svg`);
      const [x, y, w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
      const [wx, wy, ww, wh] = svg.closest(`[${world}]`).getAttribute(world).split(' ').map(Number);
      const whole = x <= wx && y <= wy && x + w >= wx + ww && y + h >= wy + wh;
      return whole && svg.querySelector(`path${inStep}${colombiaOnMap}`) !== null;
    }, [sel.StepMap, inStep, hook.StepWorld, withValue('StepPlace', 'COL')]);
  });

  // On a tall screen the map stands under the text. While it glides to the next step's countries
  // its box holds still and the drawing moves inside it, so nothing around it jumps with the glide.
  // (The box may change once, with the next step's text above it: that is the step, not the glide.)
  test('on a tall screen the map glides inside a box that holds still', async () => {
    const colombia = results.find((r) => r.countries.some((c) => c.code === 'COL'));
    const at = stepsFor(results).indexOf(colombia.id) + 1;
    const page = await env.open(`?present=${at - 1}`, { viewport: { width: 390, height: 844 } });
    await ready(page);
    await dialog(page);
    // The step's own glide, if any, is over; then every frame of the next one is measured.
    await page.until((map) => new Promise((settled) => {
      const view = () => document.querySelector(`${map} svg`)?.getAttribute('viewBox');
      const before = view();
      requestAnimationFrame(() => requestAnimationFrame(() => settled(!!before && view() === before)));
    }), sel.StepMap);
    await page.evaluate(([step, stepMap, counter]) => {
      const glide = { heights: [], views: new Set(), done: false };
      window.__glide = glide;
      const started = performance.now();
      const sample = () => {
        const map = document.querySelector(`${stepMap} svg`);
        if (document.querySelector(counter).textContent.startsWith(`${step} /`)) {
          glide.heights.push(Math.round(map.getBoundingClientRect().height));
          glide.views.add(map.getAttribute('viewBox'));
        }
        if (performance.now() - started < 1500) requestAnimationFrame(sample);
        else glide.done = true;
      };
      requestAnimationFrame(sample);
      return true;
    }, [at, sel.StepMap, sel.StepCounter]);
    await page.press('PageDown');
    const glide = await page.until(() => window.__glide.done && { heights: window.__glide.heights, views: window.__glide.views.size });
    assert.equal(await counter(page), `${at} / ${stepsFor(results).length}`);
    assert.ok(glide.views > 2, `the map glided through views on its way (${glide.views} views)`);
    assert.deepEqual([...new Set(glide.heights)].length, 1, `the map's box, frame by frame: ${[...new Set(glide.heights)].join(', ')} px high`);
    await engineScreenshot(page, 'present-390-after-glide');
    await page.check('a step on a tall screen after the glide');
  });

  test('the overview jumps to any step; the screen blacks out and any key brings it back', async () => {
    const page = await env.open('?present=3', { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await ready(page);
    await dialog(page);
    const steps = stepsFor(results);
    // "O" opens the overview at the step shown.
    await page.press('o');
    const overview = await page.find('navigation', 'Alle stappen');
    await page.until(() => document.activeElement?.getAttribute('aria-current') === 'step');
    assert.equal(await overview.count('button'), steps.length, 'every step is in it');
    await page.check('the overview');
    await engineScreenshot(page, 'present-overview');
    // A section chosen in it: the talk goes there and the overview closes.
    const section = report.sections[1];
    const at = steps.indexOf(`section:${section.id}`) + 1;
    await (await overview.find('button', new RegExp(`^${at}\\s+${section.heading.nl}$`))).click();
    await counterSays(page, `${at} / ${steps.length}`);
    await address(page, new RegExp(`[?&]present=${at}(&|$)`));
    assert.equal(await page.count('navigation', 'Alle stappen'), 0, 'the overview closed');
    // The button opens it too, and Esc closes it without leaving the talk.
    await (await page.find('button', 'Overzicht')).click();
    await page.find('navigation', 'Alle stappen');
    await page.press('Escape');
    await page.until((name) => !document.querySelector(name)?.checkVisibility(), sel.Overview);
    assert.equal(await counter(page), `${at} / ${steps.length}`);
    // "B" blacks the screen out; a key brings it back and does nothing else.
    const black = () => page.evaluate((blackout) => document.querySelector(blackout).checkVisibility(), sel.Blackout);
    await page.press('b');
    await page.until((blackout) => document.querySelector(blackout).checkVisibility(), sel.Blackout);
    await page.check('a black screen');
    await engineScreenshot(page, 'present-black');
    await page.press('PageDown');
    assert.equal(await black(), false);
    assert.equal(await counter(page), `${at} / ${steps.length}`, 'the key only brought the slide back');
    // "." does the same (a clicker's black-screen button), and a click brings it back too.
    await page.press('.');
    await page.until((blackout) => document.querySelector(blackout).checkVisibility(), sel.Blackout);
    await (await page.css(sel.Blackout)).click();
    assert.equal(await black(), false);
    await page.press('PageDown');
    await counterSays(page, `${at + 1} / ${steps.length}`);
  });

  test('the speaker\'s view opens in a window of its own, keeps in step, and ends with the talk', async () => {
    const page = await env.open('?present=3', { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await ready(page);
    await dialog(page);
    const steps = stepsFor(results);
    await (await page.find('button', 'Sprekersweergave')).click();
    const speaker = await page.popup();
    await speaker.until(([report, ready]) => !!document.querySelector(`${report}${ready}`), [sel.Report, sel.Ready], { timeout: 20_000 });
    assert.match(await speaker.url(), /[?&]present=3&speaker=1$/);
    // The step, the letter's words as notes, the next step, the time.
    const third = result(steps[2]);
    const notes = await speaker.find('region', 'Notities');
    assert.ok((await notes.text()).includes(third.text.nl.replace(/\[\^\d+\]/g, '').slice(0, 60)), 'the notes give the letter\'s words');
    const next = await speaker.find('region', 'Volgende stap');
    assert.ok((await next.text()).includes(title(steps[3])), 'the next step');
    await speaker.until((clock) => /^\d+:\d\d$/.test(document.querySelector(clock).textContent), sel.SpeakerClock);
    await speaker.check('the speaker\'s view');
    await engineScreenshot(speaker, 'present-speaker-view');
    // Either window moves both.
    await speaker.press('ArrowRight');
    await counterSays(page, `4 / ${steps.length}`);
    await counterSays(speaker, `4 / ${steps.length}`);
    await page.press('PageDown');
    await counterSays(speaker, `5 / ${steps.length}`);
    // Closing the talk closes both.
    await page.press('Escape');
    await closed(page);
    const deadline = Date.now() + 10_000;
    while ((await page.openedWindows()).length > 0) {
      assert.ok(Date.now() < deadline, 'the speaker\'s window closed');
      await new Promise((ok) => setTimeout(ok, 100));
    }
    await page.check('after the talk');
  });

  // Every step fits a projector; Chromium checks three sizes, the other engines the common one.
  const sizes = env.engine === 'chromium'
    ? [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { width: 1024, height: 768 }]
    : [{ width: 1280, height: 720 }];
  for (const viewport of sizes) {
    test(`no scrollbar and nothing cut off on any step at ${viewport.width}×${viewport.height}`, async () => {
      const page = await env.open('?present=1', { viewport, reducedMotion: 'reduce' });
      await ready(page);
      await dialog(page);
      const count = stepsFor(results).length;
      assert.equal(await counter(page), `1 / ${count}`);
      const problems = [];
      const shares = [];
      for (let step = 1; step <= count; step++) {
        await page.until(([counter, s]) => document.querySelector(counter).textContent.startsWith(`${s} /`), [sel.StepCounter, step]);
        const fit = await page.evaluate(([content, map]) => {
          // The page behind cannot scroll; the dialog fills the window exactly and has nothing to scroll.
          const dialog = document.querySelector('[role=dialog]');
          const box = dialog.getBoundingClientRect();
          const text = document.querySelector(content);
          // What the step covers: the blocks of its text (each heading, paragraph, list item and
          // fact, as wide as it is set), and the map where it is drawn (its frame has the box's
          // shape: the whole box), as shares of the window.
          const area = (r) => Math.max(0, r.width) * Math.max(0, r.height);
          const window = innerWidth * innerHeight;
          const blocks = [...text.querySelectorAll('h2, p, li, dl > div')]
            .filter((b) => !b.querySelector('p, li, dl > div') && b.textContent.trim());
          const ink = blocks.reduce((sum, b) => sum + area(b.getBoundingClientRect()), 0);
          const svg = document.querySelector(`${map} svg`);
          const drawn = svg && svg.checkVisibility() ? area(svg.getBoundingClientRect()) : 0;
          // The size of the step's running text (a result's text, a section's titles, the opening's lines).
          const body = text.querySelector('.marked-text') ?? text.querySelector('.presentation-titles li') ?? text.querySelector('.presentation-lead') ?? text;
          return {
            page: getComputedStyle(document.documentElement).overflow === 'hidden'
              && Math.round(box.width) === innerWidth && Math.round(box.height) === innerHeight
              && dialog.scrollHeight <= dialog.clientHeight && dialog.scrollWidth <= dialog.clientWidth,
            text: text.scrollHeight <= text.clientHeight && text.scrollWidth <= text.clientWidth,
            title: text.querySelector('h2')?.textContent,
            covered: (ink + drawn) / window,
            map: drawn / window,
            size: parseFloat(getComputedStyle(body).fontSize),
          };
        }, [sel.StepContent, sel.StepMap]);
        if (!fit.page) problems.push(`step ${step} (${fit.title}): the page scrolls`);
        if (!fit.text) problems.push(`step ${step} (${fit.title}): the text is cut off`);
        // The step uses the stage: text and map cover half of it, the map (where it has one) a
        // third; at 1280×720 the running text is 24 px or more, for the back of the room.
        if (fit.covered < 0.5) problems.push(`step ${step} (${fit.title}): covers ${(fit.covered * 100).toFixed(0)} % of the slide`);
        if (fit.map > 0 && fit.map < 1 / 3) problems.push(`step ${step} (${fit.title}): its map covers ${(fit.map * 100).toFixed(0)} %`);
        if (viewport.height === 720 && fit.size < 24) problems.push(`step ${step} (${fit.title}): its text is ${fit.size} px`);
        shares.push(fit.covered);
        if (step === 2) await page.check(`a section step at ${viewport.width}×${viewport.height}`);
        // The opening, a section, a result, the last step: for a person to look at.
        if ([1, 2, 3, count].includes(step)) await engineScreenshot(page, `present-${viewport.width}x${viewport.height}-step-${step}`);
        await page.press('PageDown');
      }
      assert.deepEqual(problems, []);
      shares.sort((a, b) => a - b);
      console.log(`${env.engine} ${viewport.width}×${viewport.height}: steps cover ${(shares[0] * 100).toFixed(0)}–${(shares.at(-1) * 100).toFixed(0)} % (median ${(shares[shares.length >> 1] * 100).toFixed(0)} %)`);
      assert.equal(await counter(page), `${count} / ${count}`);
      await page.check(`the last step at ${viewport.width}×${viewport.height}`);
    });
  }
});

// An iPhone lets only video go full screen (`document.fullscreenEnabled` is false) and other
// browsers may refuse: the presentation then fills the window, and works the same.
forEachEngine('presentation without full screen', (env) => {
  test('the presentation fills the window, moves by keys and leaves with Esc', async () => {
    const viewport = { width: 390, height: 844 };
    // Without the glide, so that the screenshots show each step as it settles.
    const page = await env.open('', { viewport, reducedMotion: 'reduce' });
    await ready(page);
    // What Safari on an iPhone reports to a page; set after the start, before the button is used.
    await page.evaluate(() => {
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { configurable: true, get: () => false });
      return true;
    });
    await (await page.find('button', 'Presenteren')).click();
    await dialog(page);
    await page.until(() => !!document.activeElement.closest('[role=dialog]'));
    const filled = await page.evaluate(() => {
      const box = document.querySelector('[role=dialog]').getBoundingClientRect();
      return document.fullscreenElement === null && Math.round(box.top) === 0 && Math.round(box.left) === 0
        && Math.round(box.width) === innerWidth && Math.round(box.height) === innerHeight;
    });
    assert.equal(filled, true, 'the dialog fills the window, not the screen');
    assert.equal(await counter(page), `1 / ${stepsFor(results).length}`);
    await page.check('presenting without full screen');
    await page.press('PageDown');
    await counterMatches(page, /^2 \//);
    await engineScreenshot(page, 'present-390-no-fullscreen');
    // A result's step: its text, then its map right under it.
    await page.press('PageDown');
    await counterMatches(page, /^3 \//);
    await engineScreenshot(page, 'present-390-no-fullscreen-step-3');
    await page.press('Escape');
    await closed(page);
    await page.until(() => document.activeElement?.textContent === 'Presenteren');
    await page.check('left a presentation without full screen');
  });
});
