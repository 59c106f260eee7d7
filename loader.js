// Starts the widget. The build (xtask prerender) puts this module inline in each page (one request
// less before the page is complete), allowed by its hash in the Content-Security-Policy, and moves
// what Trunk linked in <head> — the wasm-bindgen glue and the wasm, each with its integrity hash —
// onto this script's tag as data attributes. The tag is `async`: it runs as soon as the head is
// parsed, so the widget's files are fetched and compiled (off the main thread) while the rest of
// the page is parsed and painted; the widget starts once the page is parsed and painted. The
// browser checks both files against their hashes: the glue through a <link rel="modulepreload"
// integrity>, the wasm through fetch(..., { integrity }). The map's scenery (world-….svg) is
// fetched once the widget is ready.
const tag = document.querySelector('script[data-wasm][data-glue]');

function showFailure(error) {
  console.error('nap1325 widget could not start:', error);
  // The page's failure alert carries the message in its language (src: page/src/app.rs,
  // FailureAlert); one message: the widget's own panic hook may have put one there already.
  const alert = document.querySelector('[data-failure]');
  if (alert && !alert.textContent) alert.textContent = alert.getAttribute('data-failure-start');
}

/**
 * Resolves once the report is on screen: at once if the browser has reported the first contentful
 * paint, else when it does (or after two frames where it cannot say; at the latest after two
 * seconds, as in a background tab).
 */
function afterPaint() {
  return new Promise((done) => {
    const painted = () => performance.getEntriesByName?.('first-contentful-paint').length > 0;
    let started = false;
    const start = () => {
      if (!started) setTimeout(done, 0);
      started = true;
    };
    if (painted()) return start();
    setTimeout(start, 2000);
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => requestAnimationFrame(start));
      return;
    }
    const observer = new PerformanceObserver(() => {
      if (painted()) {
        observer.disconnect();
        start();
      }
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * The map's scenery (the page names it in data-scenery; see page/src/map.rs): drawn once the
 * widget is ready or has failed, so that parsing the drawing does not hold up the start.
 */
function drawScenery() {
  for (const use of document.querySelectorAll('use[data-scenery]')) use.setAttribute('href', use.getAttribute('data-scenery'));
}

/** Resolves once the widget marks the report ready, or has said in the page's alert that it cannot start. */
function startedOrFailed() {
  return new Promise((done) => {
    const report = document.querySelector('[data-report]');
    const over = () => !report || report.hasAttribute('data-ready') || document.querySelector('[data-failure]')?.textContent;
    if (over()) return done();
    const observer = new MutationObserver(() => {
      if (over()) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(report, { attributes: true, attributeFilter: ['data-ready'], childList: true, characterData: true, subtree: true });
  });
}

/**
 * Loads a module through a preload link, so its integrity is checked before it runs. Browsers
 * without modulepreload (Safari before 17) import it directly: the policy still allows only this
 * site's scripts.
 */
function preloadModule(href, integrity) {
  const link = document.createElement('link');
  if (!link.relList?.supports?.('modulepreload')) return Promise.resolve(new URL(href, document.baseURI).href);
  return new Promise((done, fail) => {
    setTimeout(() => fail(new Error(`${href} did not load in time`)), 30_000);
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = integrity;
    link.href = href;
    link.onload = () => done(link.href);
    link.onerror = () => fail(new Error(`${href} did not load or failed its integrity check`));
    document.head.append(link);
  });
}

/** Resolves once the whole page is parsed. */
const parsed = () => new Promise((done) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => done(), { once: true });
  else done();
});

try {
  if (!tag) throw new Error('the page names no widget files (data-glue, data-wasm)');
  const glue = tag.getAttribute('data-glue');
  const glueIntegrity = tag.getAttribute('data-glue-integrity');
  const wasm = tag.getAttribute('data-wasm');
  const wasmIntegrity = tag.getAttribute('data-wasm-integrity');
  const response = fetch(wasm, { integrity: wasmIntegrity, credentials: 'same-origin' });
  const bindings = await import(await preloadModule(glue, glueIntegrity));
  const compiled = bindings.default({ module_or_path: response });
  // A failure is reported below, when the start comes to it; not as an unhandled rejection first.
  compiled.catch(() => {});
  await parsed();
  await afterPaint();
  await compiled;
  // The widget starts in a task of its own: compiling the module was a long one already.
  await new Promise((next) => setTimeout(next, 0));
  bindings.start();
  await startedOrFailed();
  drawScenery();
} catch (error) {
  showFailure(error);
  drawScenery();
}
