// One way to write an end-to-end test for every engine visitors use:
//
//   const browser = await launch('chromium' | 'firefox' | 'webkit');
//   const page = await browser.open(url, { viewport: { width: 390, height: 844 } });
//   const search = await page.find('searchbox', 'Zoeken');        // role and accessible name
//   await search.click();                                          // trusted input, as a person
//   await page.type('oekraine'); await page.press('Shift+Tab');
//   await page.until((result) => document.querySelectorAll(result).length < 38, sel.Result);
//   await page.check('searched');   // axe, console errors, policy violations, other origins
//
// What runs in the page takes the vocabulary's names (scripts/vocabulary.mjs: `sel.Result`) as its
// argument: it is sent as source, without the imports of the file it is written in.
//
// Chromium runs through playwright-core, Firefox through puppeteer-core over WebDriver BiDi, WebKit
// (WebKitGTK) through WebKitWebDriver over WebDriver classic; each adapter (engines/*.mjs) offers a
// dozen primitives and everything else is here, so it behaves the same in all three. Elements are
// found by role and accessible name as a person finds them: @testing-library/dom, injected through
// the protocol, answers in the page. Nothing a test runs in the page is compiled there (no eval, no
// new Function): the page's policy forbids it, and WebKit enforces that even for automation.
import { createRequire } from 'node:module';
import { mkdir, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from './engines/chromium.mjs';
import { launchFirefox } from './engines/firefox.mjs';
import { launchWebKit } from './engines/webkit.mjs';
import { problemsOf } from './checks.mjs';
import { SCREENSHOTS } from '../paths.mjs';

const require = createRequire(import.meta.url);
const TESTING_LIBRARY = readFileSync(require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8');
const LAUNCH = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };
export const ENGINES = Object.keys(LAUNCH);

export async function launch(engine) {
  const raw = await LAUNCH[engine]();
  return {
    engine,
    get version() { return raw.version; },
    /**
     * Opens `url` in a fresh context (a new browser process in WebKit). Requests to origins other
     * than the page's and `allowOrigins` are recorded and refused, never sent.
     */
    async open(url, { viewport = { width: 1280, height: 800 }, colorScheme = 'light', reducedMotion = 'no-preference', allowOrigins = [] } = {}) {
      const origins = [url, ...allowOrigins].map((u) => new URL(u).origin);
      const allowed = (target) => /^(data|blob|about):/.test(target) || origins.includes(new URL(target).origin);
      const page = new Page(engine, await raw.open({ viewport, colorScheme, reducedMotion, origins, allowed }), origins);
      await page.goto(url);
      return page;
    },
    close: () => raw.close(),
  };
}

// A RegExp cannot cross the protocol: it travels as { source, flags } and is made again in the page
// (`new RegExp` compiles no code, so the policy allows it).
const spec = (name) => (name instanceof RegExp ? { source: name.source, flags: name.flags } : name);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
/** What a wait was for, in its failure: the function, and the argument it was given (the names it
 * looked for, as the page's functions take them from the vocabulary through their argument). */
const waitedFor = (fn, arg) => `${fn}${arg == null ? '' : ` with ${JSON.stringify(arg)}`}`;

/**
 * Runs in the page: the elements with `role` and accessible `name` under `root`, the `index`th of
 * them (or all, for -1). Sent whole, so it must call nothing of this file.
 */
function byRole(root, [role, name, index]) {
  const wanted = name && typeof name === 'object' ? new RegExp(name.source, name.flags) : name;
  const found = window.TestingLibraryDom.queryAllByRole(root, role, wanted == null ? {} : { name: wanted });
  // Their names: from aria-labelledby or aria-label, else their text (enough for the report's
  // articles, regions and buttons).
  if (index === -2) {
    return found.map((e) => {
      const by = e.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent.trim() ?? '').join(' ');
      return e.getAttribute('aria-label') ?? e.textContent.trim();
    });
  }
  return index === -1 ? found.map((e) => e.textContent.trim()) : found[index] ?? null;
}

/** A document: the page, or the document in one of its iframes. */
class Document {
  constructor(engine, raw, origins) {
    this.engine = engine;
    this.raw = raw;
    this.origins = origins;
  }

  url() { return this.raw.url(); }

  /** Runs `fn(arg)` in the document. */
  evaluate(fn, arg = null) { return this.raw.call(fn, arg); }

  /** Waits until `fn(arg)`, run in the document, is truthy; resolves to its value. Let `fn` return
   * plain values: an element does not come back the same through every protocol. */
  async until(fn, arg = null, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.raw.call(fn, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${this.engine}: timed out waiting for ${waitedFor(fn, arg)}`);
      await sleep(50);
    }
  }

  async tools() {
    if (!(await this.raw.call(() => typeof window.TestingLibraryDom === 'object'))) await this.raw.inject(TESTING_LIBRARY);
  }

  /**
   * The `index`th element with ARIA `role` and accessible `name` (the exact string, or a RegExp),
   * among those not hidden from assistive technology, under `within` (an Element); waits for it.
   */
  async find(role, name, { within, index = 0, timeout = 5_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.tools();
      const root = within?.handle ?? (await this.body());
      const handle = await this.raw.callOnForElement(root, byRole, [role, spec(name), index]);
      if (handle) return new Element(this, handle, `${role} "${name}"`);
      if (Date.now() > deadline) throw new Error(`${this.engine}: no ${role} named ${name}${within ? ` in ${within.description}` : ''}`);
      await sleep(100);
    }
  }

  /** The text of every element with `role` and `name` under `within`, in document order. */
  async texts(role, name = null, { within } = {}) {
    await this.tools();
    const root = within?.handle ?? (await this.body());
    return this.raw.callOn(root, byRole, [role, spec(name), -1]);
  }

  /** The document's body, to search in. */
  body() {
    return this.raw.callForElement(() => document.body);
  }

  /** The accessible name of every element with `role` (and `name`) under `within`. */
  async names(role, name = null, { within } = {}) {
    await this.tools();
    const root = within?.handle ?? (await this.body());
    return this.raw.callOn(root, byRole, [role, spec(name), -2]);
  }

  /** How many elements have `role` and `name` under `within`. */
  async count(role, name = null, { within } = {}) {
    return (await this.texts(role, name, { within })).length;
  }

  /** The element matching a CSS `selector` (for what has no role, such as an iframe's element). */
  async css(selector, { timeout = 5_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const handle = await this.raw.callForElement((selector) => document.querySelector(selector), selector);
      if (handle) return new Element(this, handle, selector);
      if (Date.now() > deadline) throw new Error(`${this.engine}: nothing matches ${selector}`);
      await sleep(100);
    }
  }

  /** What has the focus: its tag, id, role, accessible name and text. */
  focused() {
    return this.raw.call(() => {
      const e = document.activeElement;
      return e && { tag: e.tagName.toLowerCase(), id: e.id, role: e.getAttribute('role'), label: e.getAttribute('aria-label'), text: e.textContent.trim().slice(0, 80) };
    });
  }

  /** Every problem of this document (see checks.mjs); throws with the list when there is one. */
  async check(label, { frames = [] } = {}) {
    const problems = await problemsOf(this, this.origins);
    for (const frame of frames) problems.push(...(await problemsOf(frame, this.origins)));
    if (problems.length > 0) {
      const error = new Error(`${this.engine}: page state "${label}" at ${await this.url()} has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
      error.problems = problems;
      throw error;
    }
  }
}

export class Page extends Document {
  goto(url) { return this.raw.goto(url); }
  back() { return this.raw.back(); }
  forward() { return this.raw.forward(); }
  setViewport(size) { return this.raw.setViewport(size); }
  close() { return this.raw.close(); }
  /** The addresses of windows this page opened (and that are still open). */
  openedWindows() { return this.raw.openedWindows(); }
  /** The last window this page opened, as a Page (waits for it to open and load). */
  async popup({ timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const raw = await this.raw.popup();
      if (raw) {
        const page = new Page(this.engine, raw, this.origins);
        await page.until(() => document.readyState === 'complete', null, { timeout });
        return page;
      }
      if (Date.now() > deadline) throw new Error(`${this.engine}: no window opened`);
      await sleep(100);
    }
  }
  /** Presses a key, with modifiers: 'Tab', 'Shift+Tab', 'ArrowRight', 'PageDown'. */
  press(combo) {
    const parts = combo === '+' ? ['+'] : combo.split('+');
    return this.raw.press(parts.pop(), parts);
  }
  /** Types text as key events into the element that has the focus. */
  type(text, { delay = 20 } = {}) { return this.raw.type(text, delay); }

  /** The document in `iframe` (an Element). */
  async frame(iframe) {
    const document = new Document(this.engine, await this.raw.frame(iframe.handle), this.origins);
    // A person scrolls the page around the iframe too, to see what they click in it.
    document.iframe = iframe;
    return document;
  }

  /** Prints the page to `path` (a PDF) as the browser prints it: the print events fire. */
  pdf(path) { return this.raw.pdf(path); }

  /** Saves a screenshot of the viewport as target/screenshots/`name`.png. */
  async screenshot(name) {
    const path = join(SCREENSHOTS, `${name}.png`);
    await new Promise((ok, fail) => mkdir(dirname(path), { recursive: true }, (e) => (e ? fail(e) : ok())));
    await this.raw.screenshot(path);
    return path;
  }
}

export class Element {
  constructor(document, handle, description) {
    this.document = document;
    this.handle = handle;
    this.description = description;
  }

  /** Runs `fn(element, arg)` in the page. */
  evaluate(fn, arg = null) { return this.document.raw.callOn(this.handle, fn, arg); }

  attribute(name) { return this.evaluate((e, name) => e.getAttribute(name), name); }
  text() { return this.evaluate((e) => e.textContent.trim()); }
  box() { return this.evaluate((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }); }
  focus() { return this.evaluate((e) => e.focus()); }
  find(role, name, options = {}) { return this.document.find(role, name, { ...options, within: this }); }
  texts(role, name = null) { return this.document.texts(role, name, { within: this }); }
  names(role, name = null) { return this.document.names(role, name, { within: this }); }
  count(role, name = null) { return this.document.count(role, name, { within: this }); }

  /** Waits until `fn(element, arg)` is truthy. */
  async until(fn, arg = null, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${this.document.engine}: timed out waiting on ${this.description} for ${waitedFor(fn, arg)}`);
      await sleep(50);
    }
  }

  /**
   * A real click through the protocol's pointer input (trusted events). First, the same in every
   * engine: the element is scrolled into view and must stay put for two frames and be what is hit
   * at its centre (a layout that settles just after a scroll would otherwise take the click).
   */
  async click({ timeout = 5_000 } = {}) {
    await this.settle(timeout);
    return this.document.raw.click(this.handle);
  }

  async hover({ timeout = 5_000 } = {}) {
    await this.settle(timeout);
    return this.document.raw.hover(this.handle);
  }

  /**
   * In an iframe: scrolls the page around it so the element is on screen there too (an iframe as
   * tall as its content never scrolls itself, and a click off the page's screen is lost in WebKit).
   */
  async showInPage() {
    const { iframe } = this.document;
    if (!iframe) return;
    const { y, height } = await this.box();
    await iframe.evaluate((f, middle) => {
      const at = f.getBoundingClientRect().top + middle;
      if (at < 0 || at > innerHeight) window.scrollBy({ top: at - innerHeight / 2, behavior: 'instant' });
    }, y + height / 2);
  }

  async settle(timeout) {
    const deadline = Date.now() + timeout;
    let last = null;
    for (;;) {
      const state = await this.evaluate((e) => new Promise((ok) => {
        const r0 = e.getBoundingClientRect();
        if (r0.top < 0 || r0.bottom > innerHeight || r0.left < 0 || r0.right > innerWidth) {
          e.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        }
        requestAnimationFrame(() => requestAnimationFrame(() => {
          const r = e.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          ok({
            rect: [r.left, r.top, r.width, r.height].map(Math.round).join(','),
            hit: !!hit && (hit === e || e.contains(hit)),
            by: hit ? `${hit.localName}${hit.id ? `#${hit.id}` : ''}` : 'nothing',
          });
        }));
      }));
      if (state.hit && state.rect === last) return this.showInPage();
      if (Date.now() > deadline) {
        throw new Error(`${this.document.engine}: ${this.description} is ${state.hit ? 'still moving' : `covered by ${state.by}`}`);
      }
      last = state.rect;
    }
  }
}
