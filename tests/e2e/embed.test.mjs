// Embedding: the editors' page, and the widget in an iframe on a host page of another origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchBrowser, openPage, startSite, until, widgetReady } from './harness.mjs';

const report = JSON.parse(await readFile(new URL('../../data/report.json', import.meta.url), 'utf8'));

describe('embedding', () => {
  let browser, widget, host;
  before(async () => {
    browser = await launchBrowser();
    // The host page's server; its origin is allowed to frame the widget.
    const hostDir = await mkdtemp(join(tmpdir(), 'nap1325-host-'));
    host = await startSite({ dir: hostDir, headers: {} });
    widget = await startSite({ frameAncestors: [new URL(host.url).origin] });
    const hostScript = await readFile(join(DIST, 'embed-host.js'));
    const integrity = `sha384-${createHash('sha384').update(hostScript).digest('base64')}`;
    const widgetOrigin = new URL(widget.url).origin;
    await writeFile(join(hostDir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title><link rel="icon" href="data:,"></head>
<body><main><h1>A host page</h1>
<p><a href="#before" id="before">A link before the widget</a></p>
<iframe data-nap1325 title="${report.title.nl} – interactief overzicht" src="${widget.url}?compact=1" width="100%" height="700" loading="lazy" referrerpolicy="no-referrer"></iframe>
<p><a href="#after" id="after">A link after the widget</a></p>
<script src="${widget.url}embed-host.js" integrity="${integrity}" crossorigin="anonymous" defer></script>
</main></body></html>`);
    // The host page has a strict policy of its own, allowing the widget's origin only where needed.
    await host.close();
    host = await startSite({
      dir: hostDir,
      headers: {
        'Content-Security-Policy': `default-src 'none'; script-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin}; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'`,
      },
      port: new URL(host.url).port,
    });
  });
  after(async () => {
    await browser?.close();
    await widget?.close();
    await host?.close();
  });

  test('the embed page gives the snippet, with the title in the chosen language', async () => {
    const { page, check, context } = await openPage(browser, `${widget.url}embed.html`);
    await page.getByRole('heading', { level: 1, name: 'De NAP1325-IV-widget insluiten' }).waitFor();
    const snippet = page.getByRole('textbox', { name: 'HTML om in te voegen' });
    await until(page, () => document.getElementById('embed-snippet').value.includes('<iframe'));
    let html = await snippet.inputValue();
    assert.match(html, new RegExp(`<iframe data-nap1325 title="${report.title.nl} – interactief overzicht" src="${widget.url}" width="100%" height="1800" allow="fullscreen" loading="lazy" referrerpolicy="no-referrer"></iframe>`));
    assert.match(html, /<script src="[^"]+embed-host\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>/);
    await page.getByRole('frame', { name: /interactief overzicht/ }).waitFor().catch(() => {});
    await check('embed page');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('checkbox', { name: /Compact/ }).check();
    await page.getByRole('textbox', { name: /Vooraf gekozen filters/ }).fill('place=COL');
    html = await snippet.inputValue();
    assert.match(html, new RegExp(`title="${report.title.en} – interactive overview" src="${widget.url}en.html\\?place=COL&amp;compact=1"`));
    await until(page, () => document.getElementById('embed-preview').getAttribute('src').includes('en.html'));
    await check('embed page, English compact');
    await context.close();
  });

  test('on a host page of another origin: resizes, ignores strangers, lets focus in and out', async () => {
    const widgetOrigin = new URL(widget.url).origin;
    const { page, check, context } = await openPage(browser, host.url, { allowOrigins: [widgetOrigin] });
    const iframe = page.locator('iframe[data-nap1325]');
    const frame = page.frameLocator('iframe[data-nap1325]');
    await frame.locator('[data-report][data-ready]').waitFor({ state: 'attached' });
    const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
    await until(page, () => document.querySelector('iframe[data-nap1325]').style.height !== '');
    const full = await height();
    assert.ok(full > 1500, `the iframe grew to its content: ${full}`);
    // compact=1: no heading of its own, but the title stays for screen readers.
    const title = frame.getByRole('heading', { level: 1 });
    assert.equal(await title.count(), 1);
    assert.ok((await title.boundingBox()).width <= 1, 'the title is there for screen readers only');
    assert.equal(await frame.getByRole('banner').getByText(report.subtitle.nl).isVisible(), false);
    await check('embedded');

    await frame.getByRole('searchbox').fill('zzzqqq');
    await frame.getByText('Geen resultaten voor deze keuze.').waitFor();
    await until(page, (before) => document.querySelector('iframe[data-nap1325]').getBoundingClientRect().height < before - 200, full);
    await check('embedded, filtered to nothing');

    // A height message from anyone but the widget's iframe is ignored.
    const now = await height();
    await page.evaluate(() => window.postMessage({ type: 'nap1325:height', height: 4321 }, '*'));
    await new Promise((ok) => setTimeout(ok, 300));
    assert.equal(await height(), now);

    // Focus goes into the widget and out again: no trap.
    await page.locator('#after').focus();
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME', 'focus entered the widget');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'after', 'focus left the widget');
    await page.locator('#before').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME');
    await check('focus moved through');

    // This host did not allow full screen: presenting opens a tab of its own instead of a dialog
    // as tall as the iframe.
    await frame.getByRole('button', { name: 'Alle filters wissen' }).first().click();
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.getByRole('button', { name: 'Presenteren' }).click()]);
    await tab.waitForLoadState();
    assert.match(tab.url(), /[?&]present=1(&|$)/);
    await tab.getByRole('dialog').waitFor();
    assert.equal(await tab.evaluate(() => window.opener), null, 'the tab cannot reach the host page');
    assert.equal(await frame.getByRole('dialog').count(), 0, 'nothing opened inside the iframe');
    await context.close();
  });
});
