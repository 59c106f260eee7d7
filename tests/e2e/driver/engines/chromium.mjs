// Chromium through playwright-core (DevTools protocol). Each open() is a fresh browser context.
// Implements the primitives of ../index.mjs; nothing else of Playwright reaches the tests.
import { CHROMIUM_PATH, launchChromium as start } from './chromium-launch.mjs';
import { sharedPrimitives } from './shared.mjs';

export async function launchChromium({ executablePath = CHROMIUM_PATH } = {}) {
  const browser = await start(executablePath);
  return {
    version: `Chromium ${browser.version()}`,
    async open({ viewport, colorScheme, reducedMotion, allowed }) {
      const context = await browser.newContext({ viewport, colorScheme, reducedMotion, serviceWorkers: 'block' });
      const blocked = [];
      // Nothing leaves the machine: other origins are recorded and refused before they are sent.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (allowed(url)) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      const opened = [];
      context.on('page', (p) => opened.push(p));
      return adapter(page, context, blocked, opened, page);
    },
    close: () => browser.close(),
  };
}

function adapter(page, context, blocked, opened, frame) {
  return {
    ...sharedPrimitives(page, frame),
    blocked,
    goto: (url) => page.goto(url).then(() => {}),
    back: () => page.goBack().then(() => {}),
    forward: () => page.goForward().then(() => {}),
    setViewport: (size) => page.setViewportSize(size),
    // The document in an iframe (its element's handle), with the same primitives.
    frame: async (iframe) => adapter(page, context, blocked, opened, await iframe.contentFrame()),
    // The addresses of the windows this page opened (window.open) that are still open.
    openedWindows: async () => opened.filter((p) => !p.isClosed()).map((p) => p.url()),
    // The last window this page opened, with the same primitives (null until there is one).
    popup: async () => {
      const last = opened.filter((p) => !p.isClosed()).at(-1);
      if (!last) return null;
      await last.waitForLoadState('load');
      return adapter(last, context, blocked, opened, last);
    },
    close: () => context.close(),
  };
}
