// Test-only probe. The test server (lib/site.mjs) serves it at /__e2e/probe.js and inserts
// <script src="/__e2e/probe.js"></script> as the first element of every HTML document's <head>,
// so it runs before any of the page's own scripts, in every engine, and `script-src 'self'`
// allows it. It records, from the very start of the document:
//   - console.error calls, uncaught exceptions, unhandled rejections, failed resource loads,
//   - Content-Security-Policy violations (`securitypolicyviolation`),
//   - the URL of every resource fetched (Resource Timing), to find requests to other origins.
// The driver reads window.__e2e through the automation protocol (lib/checks.mjs).
(function () {
  'use strict';
  if (window.__e2e) return;
  var log = { errors: [], csp: [], resources: [], version: 1 };
  Object.defineProperty(window, '__e2e', { value: log });

  function text(value) {
    if (value instanceof Error) return value.name + ': ' + value.message;
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch (e) { return String(value); }
  }

  var consoleError = console.error;
  console.error = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(text(arguments[i]));
    log.errors.push('console.error: ' + parts.join(' '));
    return consoleError.apply(this, arguments);
  };

  // Capture phase on window: also sees load errors of <img>, <script>, <link>, which do not bubble.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && target.nodeType === 1) {
      log.errors.push('failed to load: <' + target.localName + '> ' + (target.currentSrc || target.src || target.href || ''));
    } else {
      log.errors.push('uncaught: ' + (event.error ? text(event.error) : event.message) +
        ' (' + (event.filename || '') + ':' + (event.lineno || '') + ':' + (event.colno || '') + ')');
    }
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    log.errors.push('unhandled rejection: ' + text(event.reason));
  });

  document.addEventListener('securitypolicyviolation', function (event) {
    log.csp.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' (' + (event.sourceFile || '') + ':' + (event.lineNumber || '') + ')');
  }, true);

  try { performance.setResourceTimingBufferSize(100000); } catch (e) { /* older engines */ }
  try {
    new PerformanceObserver(function (list) {
      var entries = list.getEntries();
      for (var i = 0; i < entries.length; i++) log.resources.push(entries[i].name);
    }).observe({ type: 'resource', buffered: true });
  } catch (e) {
    log.errors.push('probe: no PerformanceObserver for resources: ' + text(e));
  }
})();
