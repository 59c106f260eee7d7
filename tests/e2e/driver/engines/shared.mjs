// What the Chromium (playwright-core) and Firefox (puppeteer-core) adapters do alike: both libraries
// name these calls of a page, its frames, their element handles and the keyboard the same way.
// WebKit speaks WebDriver classic and has its own (webkit.mjs).
import { writeFile } from 'node:fs/promises';

/** The element a handle holds, or null (a handle to anything else is let go). */
async function element(handle) {
  const found = handle.asElement();
  if (!found) await handle.dispose();
  return found;
}

/** The primitives of ../index.mjs that both libraries give alike, for the document in `frame` of `page`. */
export function sharedPrimitives(page, frame) {
  return {
    inject: (source) => frame.evaluate(`${source}\n;undefined`),
    call: (fn, arg) => frame.evaluate(fn, arg),
    callOn: (handle, fn, arg) => handle.evaluate(fn, arg),
    callForElement: async (fn, arg) => element(await frame.evaluateHandle(fn, arg)),
    callOnForElement: async (handle, fn, arg) => element(await handle.evaluateHandle(fn, arg)),
    click: (handle) => handle.click(),
    hover: (handle) => handle.hover(),
    press: async (key, modifiers) => {
      for (const m of modifiers) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
    },
    type: (text, delay) => page.keyboard.type(text, { delay }),
    url: async () => frame.url(),
    screenshot: async (path) => writeFile(path, await page.screenshot()),
    // The browser's own printing (print events fire), on the paper the page's `@page` rules ask for.
    pdf: (path) => page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true }),
  };
}
