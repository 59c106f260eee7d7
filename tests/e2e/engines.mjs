// Journeys in every engine: `forEachEngine('the map', (env) => { test(…) })` makes one `describe`
// per engine (Chromium, Firefox, WebKit), each with its browser launched and the release build
// served before its tests and closed after them. `E2E_ENGINES=firefox,webkit` narrows the set (for
// working on one engine); `make test` runs all three, one after the other.
import { after, afterEach, before, describe } from 'node:test';
import { rewrittenCopy } from './copies.mjs';
import { ENGINES, launch } from './driver/index.mjs';
import { startSite } from './driver/site.mjs';
import { DIST } from './paths.mjs';
import { hook, sel } from '../../scripts/vocabulary.mjs';

export function engines() {
  const wanted = process.env.E2E_ENGINES?.split(',').map((e) => e.trim()).filter(Boolean);
  return wanted?.length ? ENGINES.filter((e) => wanted.includes(e)) : ENGINES;
}

/**
 * For each engine, a `describe(name)` whose tests get `env` = { engine, browser, site, open }:
 * `open(path, options)` opens a page of the served site (closed after the test).
 * With `xtask`, the site is a copy of the build under target/`copy`, rewritten by
 * `cargo run -p xtask -- <xtask…> DIR` (the synthetic or the hostile report) once for all engines.
 * `site` options (`noScript`, `frameAncestors`, `backend`) go to the test server; a function
 * returning them is called when the site starts (after the file's own `before` hooks).
 * `only` narrows the engines to those a journey can be driven in (printing: not WebKit's driver).
 */
export function forEachEngine(name, body, { xtask, copy, site = {}, only = ENGINES } = {}) {
  let dir = DIST;
  if (xtask) {
    before(async () => {
      dir = await rewrittenCopy(xtask, copy);
    });
  }
  for (const engine of engines().filter((e) => only.includes(e))) {
    describe(`${name} (${engine})`, () => {
      const env = { engine, pages: [] };
      env.open = async (path = '', options = {}) => {
        const page = await env.browser.open(new URL(path, env.site.url).href, options);
        env.pages.push(page);
        return page;
      };
      env.closePages = async () => {
        await Promise.all(env.pages.splice(0).map((p) => p.close().catch(() => {})));
      };
      before(async () => {
        env.browser = await launch(engine);
        env.site = await startSite({ dir, ...(typeof site === 'function' ? site() : site) });
      });
      // Each test's pages are closed after it, whatever happened (a WebKit page holds a browser).
      afterEach(() => env.closePages());
      after(async () => {
        await env.browser?.close();
        await env.site?.close();
      });
      body(env);
    });
  }
}

/** Saves a screenshot as target/screenshots/engines/`engine`-`name`.png. */
export function engineScreenshot(page, name) {
  return page.screenshot(`engines/${page.engine}-${name}`);
}

/** Waits until the widget has started on the prerendered report (it marks the report ready). */
export function ready(page) {
  return page.until(([report, ready]) => document.querySelector(report)?.hasAttribute(ready) === true, [sel.Report, hook.Ready]);
}
