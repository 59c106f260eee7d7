// Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver, no browser download).
// Each open() is a fresh BiDi user context. Puppeteer cannot emulate media features over BiDi
// ("CDP support is required"), so colour scheme and reduced motion are Firefox preferences: one
// Firefox per combination, the default one launched at once, any other on first use.
import puppeteer from 'puppeteer-core';
import { sharedPrimitives } from './shared.mjs';

const startFirefox = (executablePath, colorScheme, reducedMotion) =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // Nothing reaches the network on its own (updates, telemetry, captive portal …).
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      // Overlay scrollbars, as headless Chromium and WebKitGTK have: a classic 12 px scrollbar
      // would make the layout 378 px wide in a 390 px viewport.
      'ui.useOverlayScrollbars': 1,
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'ui.prefersReducedMotion': reducedMotion === 'reduce' ? 1 : 0,
      // A test may open a tab by script (the presentation from an iframe): allow it as a click would.
      'dom.disable_open_during_load': false,
    },
  });

export async function launchFirefox({ executablePath = process.env.FIREFOX ?? '/usr/bin/firefox-esr' } = {}) {
  const browsers = new Map([['light no-preference', startFirefox(executablePath, 'light', 'no-preference')]]);
  const version = await (await browsers.get('light no-preference')).version();
  return {
    version,
    async open({ viewport, colorScheme, reducedMotion, allowed }) {
      const key = `${colorScheme} ${reducedMotion}`;
      if (!browsers.has(key)) browsers.set(key, startFirefox(executablePath, colorScheme, reducedMotion));
      const context = await (await browsers.get(key)).createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const blocked = [];
      await page.setRequestInterception(true); // BiDi network.addIntercept
      page.on('request', (request) => {
        if (allowed(request.url())) return request.continue().catch(() => {});
        blocked.push(request.url());
        return request.abort('blockedbyclient').catch(() => {});
      });
      return adapter(page, context, blocked, page);
    },
    close: async () => {
      for (const b of browsers.values()) await (await b).close();
    },
  };
}

function adapter(page, context, blocked, frame) {
  return {
    ...sharedPrimitives(page, frame),
    blocked,
    goto: (url) => page.goto(url, { waitUntil: 'load' }).then(() => {}),
    // Puppeteer waits for a navigation event that a same-document entry (pushState) may not
    // give: the wait is bounded, and the tests wait for the state they expect.
    back: () => page.goBack({ timeout: 2_000 }).then(() => {}, () => {}),
    forward: () => page.goForward({ timeout: 2_000 }).then(() => {}, () => {}),
    setViewport: (size) => page.setViewport(size),
    frame: async (iframe) => adapter(page, context, blocked, await iframe.contentFrame()),
    openedWindows: async () => (await context.pages()).filter((p) => p !== page).map((p) => p.url()),
    // The last window this page opened, with the same primitives (null until there is one).
    popup: async () => {
      const last = (await context.pages()).filter((p) => p !== page).at(-1);
      return last ? adapter(last, context, blocked, last) : null;
    },
    close: () => context.close(),
  };
}
