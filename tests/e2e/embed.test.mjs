// Embedding: the editors' page, and the widget in an iframe on a host page of another origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine } from './engines.mjs';
import { startSite } from './driver/site.mjs';
import { WIDGET_FRAME, openHosted, startHost } from './host.mjs';
import { DIST } from './paths.mjs';
import { report } from './report.mjs';
import { embed } from '../../scripts/vocabulary.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// The widget's server allows the host's origin to frame it; made once for all engines.
let sites;
before(async () => {
  sites = await startHost((frameAncestors) => startSite({ dir: DIST, frameAncestors }));
});
after(() => sites?.close());

forEachEngine('embedding', (env) => {
  test('the embed page gives the snippet, with the title in the chosen language', async () => {
    const page = await env.browser.open(`${sites.widget.url}embed.html`);
    env.pages.push(page);
    await page.find('heading', 'De NAP1325-IV-widget insluiten');
    const snippet = await page.find('textbox', 'HTML om in te voegen');
    await snippet.until((s) => s.value.includes('<iframe'));
    let html = await snippet.evaluate((s) => s.value);
    assert.match(html, new RegExp(`<iframe ${embed.Frame} title="${report.title.nl} – interactief overzicht" src="${sites.widget.url}" height="1800" allow="fullscreen" loading="lazy" referrerpolicy="no-referrer"></iframe>`));
    assert.match(html, /<script src="[^"]+embed-host\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>/);
    await page.check('embed page');
    await (await page.find('radio', 'English')).click();
    await (await page.find('checkbox', /Compact/)).click();
    await (await page.find('textbox', /Vooraf gekozen filters/)).click();
    // The snippet follows each key; the preview loads the new address when the typing pauses.
    await page.type('place=COL');
    html = await snippet.until((s) => s.value.includes('place=COL') && s.value);
    assert.match(html, new RegExp(`title="${report.title.en} – interactive overview" src="${sites.widget.url}en.html\\?place=COL&amp;compact=1"`));
    await page.until(() => document.querySelector('iframe[title]')?.getAttribute('src').includes('en.html?place=COL'));
    await page.check('embed page, English compact');
  });

  test('on a host page of another origin: resizes, ignores strangers, lets focus in and out', async () => {
    const { page, frame, height } = await openHosted(env, sites, { width: 1280, height: 800 });
    const full = await height();
    assert.ok(full > 1500, `the iframe grew to its content: ${full}`);
    // compact=1: no heading of its own, but the title stays for screen readers.
    const title = await frame.find('heading', report.title.nl);
    assert.ok((await title.box()).width <= 1, 'the title is there for screen readers only');
    assert.equal(await frame.evaluate((subtitle) => [...document.querySelectorAll('header *')]
      .some((e) => e.textContent.trim() === subtitle && e.checkVisibility()), report.subtitle.nl), false);
    await page.check('embedded', { frames: [frame] });

    await (await frame.find('searchbox', 'Zoeken')).click();
    await page.type('zzzqqq');
    await frame.until(() => document.body.textContent.includes('Geen resultaten voor deze keuze.'));
    await page.until(([widget, before]) => document.querySelector(widget).getBoundingClientRect().height < before - 200, [WIDGET_FRAME, full]);
    await page.check('embedded, filtered to nothing', { frames: [frame] });

    // A height message from anyone but the widget's iframe is ignored: the host sees it (the
    // listener below runs after embed-host.js's) and leaves the height as it was.
    const now = await height();
    await page.evaluate((type) => new Promise((done) => {
      window.addEventListener('message', () => requestAnimationFrame(() => done(true)), { once: true });
      window.postMessage({ type, height: 4321 }, '*');
    }), embed.HeightMessage);
    assert.equal(await height(), now);

    // Focus goes into the widget and out again: no trap.
    await (await page.find('link', 'A link after the widget')).focus();
    await page.press('Shift+Tab');
    await page.until(() => document.activeElement?.tagName === 'IFRAME');
    await page.press('Tab');
    await page.until(() => document.activeElement?.id === 'after');
    await (await page.find('link', 'A link before the widget')).focus();
    await page.press('Tab');
    await page.until(() => document.activeElement?.tagName === 'IFRAME');
    await page.check('focus moved through', { frames: [frame] });

    // This host did not allow full screen: presenting opens a window of its own instead of a
    // dialog as tall as the iframe.
    await (await frame.find('button', 'Alle filters wissen')).click();
    await (await frame.find('button', 'Presenteren')).click();
    let opened = [];
    for (let i = 0; i < 50 && opened.length === 0; i++) {
      opened = (await page.openedWindows()).filter((u) => u.includes('present='));
      if (opened.length === 0) await sleep(100);
    }
    assert.equal(opened.length, 1, 'one window opened');
    assert.match(opened[0], /[?&]present=1(&|$)/);
    assert.equal(await frame.count('dialog'), 0, 'nothing opened inside the iframe');
  });

  test('on a phone, the iframe follows the filter panel as it opens and closes', async () => {
    const { page, iframe, frame } = await openHosted(env, sites, { width: 390, height: 844 });
    const height = () => iframe.evaluate((f) => f.clientHeight);
    // Whether the iframe has the height of the widget's content now (the host caps a height
    // beyond reason, as the whole report on a phone is: this journey shortens it first).
    const fits = () => frame.evaluate(() => document.body.scrollHeight).then((content) =>
      page.until(([widget, content]) => Math.abs(document.querySelector(widget).clientHeight - content) <= 1, [WIDGET_FRAME, content]));
    const button = await frame.find('button', 'Filter');
    await button.click();
    assert.equal(await button.attribute('aria-expanded'), 'true');
    await (await frame.find('searchbox', 'Zoeken')).click();
    await page.type('zzzqqq');
    await frame.find('button', 'Toon 0 resultaten');
    await fits();
    const open = await height();
    await page.check('phone, filter panel open in the iframe', { frames: [frame] });
    // The panel closes: the iframe shrinks by its height.
    await (await frame.find('button', 'Toon 0 resultaten')).click();
    await frame.until(() => document.body.textContent.includes('Geen resultaten voor deze keuze.'));
    await fits();
    const closed = await height();
    assert.ok(closed < open - 200, `the iframe shrank with the panel: ${open} → ${closed}`);
    // And grows again when it opens.
    await button.click();
    await fits();
    assert.equal(await height(), open);
  });
});
