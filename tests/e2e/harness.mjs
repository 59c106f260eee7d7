// The end-to-end harness. Every test opens pages through `openPage`, and calls `check(label)` in
// every page state it visits; `check` fails the test on any of:
//   - an axe-core violation of WCAG 2.0/2.1/2.2 A and AA,
//   - a request to any origin but the page's own (or an allowed second test origin),
//   - a console error or an uncaught page error,
//   - a Content-Security-Policy violation.
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { join } from 'node:path';
import { rewrittenCopy } from './copies.mjs';
import { launchChromium } from './driver/engines/chromium-launch.mjs';
import { AXE_SOURCE, AXE_TAGS } from './driver/checks.mjs';
import { withoutScripts } from './driver/site.mjs';
import { DIST, SCREENSHOTS } from './paths.mjs';
import { sel } from '../../scripts/vocabulary.mjs';
import { serve } from '../../scripts/serve.mjs';

export const launchBrowser = () => launchChromium();

/**
 * For a `describe` block: before its tests, launches the browser and serves the release build (or,
 * with `xtask`, a copy of it under target/ rewritten by `cargo run -p xtask -- <xtask...> DIR`, such
 * as the synthetic or the hostile report); after them, closes both. Returns `{ browser, site }`,
 * filled in by then.
 */
export function browserAndSite({ xtask, copy } = {}) {
  const env = {};
  before(async () => {
    const dir = xtask ? await rewrittenCopy(xtask, copy) : DIST;
    env.browser = await launchBrowser();
    env.site = await startSite({ dir });
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** Serves the release build (or `dir`) under the strict CSP. Resolves to { url, close }. */
export async function startSite(options = {}) {
  const { server, url } = await serve({ dir: DIST, ...options });
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Opens `url` in a new browser context and starts recording. With `noScript`, pages arrive as a
 * browser without JavaScript renders them: their scripts removed, their <noscript> parts in force
 * (Chromium's own no-JavaScript mode would also stop axe-core, which the checks need). Resolves to
 * { page, context, check, problems } where `check(label)` asserts that the current state is clean.
 * `allowOrigins` lists further origins a page may reach (the embed test's second origin).
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, allowOrigins = [], colorScheme = 'light', reducedMotion = 'no-preference', noScript = false, beforeGoto } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, serviceWorkers: 'block' });
  const allowed = new Set([new URL(url).origin, ...allowOrigins.map((o) => new URL(o).origin)]);
  const problems = { foreignRequests: [], consoleErrors: [], cspViolations: [] };

  // Nothing leaves the machine: requests to other origins are recorded and never sent.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    const origin = target.startsWith('data:') ? null : new URL(target).origin;
    if (origin && !allowed.has(origin)) {
      problems.foreignRequests.push(target);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || ''}:${event.lineNumber || ''})`);
    });
  });
  const page = await context.newPage();
  if (noScript) await servedWithoutScripts(page);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  if (beforeGoto) await beforeGoto(page, context);
  await page.goto(url);

  async function check(label) {
    const found = [];
    const axe = await runAxe(page);

    for (const violation of axe) {
      const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(' | ');
      found.push(`axe ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`);
    }
    for (const frame of page.frames()) {
      let violations;
      try {
        violations = await frame.evaluate(() => window.__cspViolations ?? []);
      } catch (error) {
        // A frame that went away since the list was taken has nothing left to read; any other
        // failure to read is a problem of its own, not a clean frame.
        if (frame.isDetached()) continue;
        found.push(`CSP violations of ${frame.url()} unreadable: ${error.message.split('\n')[0]}`);
        continue;
      }
      for (const v of violations) found.push(`CSP violation in ${frame.url()}: ${v}`);
    }
    for (const r of problems.foreignRequests) found.push(`request to another origin: ${r}`);
    for (const e of problems.consoleErrors) found.push(`console error: ${e}`);
    if (found.length > 0) {
      throw new Error(`page state "${label}" at ${page.url()} has ${found.length} problem(s):\n  ${found.join('\n  ')}`);
    }
  }

  return { page, context, check, problems };
}

/** Serves HTML documents as a browser without JavaScript renders them (driver/site.mjs). */
async function servedWithoutScripts(page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    return route.fulfill({ response, body: withoutScripts(await response.text()) });
  });
}

/** Runs axe-core in the page (injected through the debugging protocol, which CSP does not govern). */

export async function runAxe(page) {
  // axe audits iframes too, through the copy of axe in each frame.
  for (const frame of page.frames()) {
    const present = await frame.evaluate(() => typeof window.axe !== 'undefined').catch(() => true);
    if (!present) await frame.evaluate(`${AXE_SOURCE}\n;undefined`).catch(() => {});
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
}

/** Saves a screenshot under target/screenshots/ for a person to look at. */
export async function screenshot(page, name, options = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, ...options });
  return path;
}

/** Saves a screenshot of one element (scrolled into view) under target/screenshots/. */
export async function screenshotOf(locator, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await locator.screenshot({ path });
  return path;
}

/** Waits until the widget has started on the prerendered report (it marks the report ready). */
export async function widgetReady(page) {
  await page.locator(`${sel.Report}${sel.Ready}`).waitFor({ state: 'attached' });
}

/** Waits until the page's address matches `pattern` (the widget writes it just after it paints). */
export async function untilAddress(page, pattern) {
  await until(page, ([source, flags]) => new RegExp(source, flags).test(location.href), [pattern.source, pattern.flags]);
}

/**
 * Waits until `predicate` (run in the page) is true. Playwright's own waitForFunction compiles its
 * argument in the page, which the strict CSP refuses; evaluate does not.
 */
export async function until(page, predicate, arg, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate, arg)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate}${arg === undefined ? '' : ` with ${JSON.stringify(arg)}`}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
