// Starts the widget without an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
// Trunk puts <link rel="modulepreload"> (the wasm-bindgen glue) and <link rel="preload" as="fetch">
// (the wasm) in <head>, each with an integrity hash; the files are loaded through those links so the
// browser checks the hashes.
const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const wasm = document.querySelector('link[rel="preload"][as="fetch"][href$=".wasm"]');

function showFailure(error) {
  console.error('nap1325 widget could not start:', error);
  const root = document.getElementById('app');
  if (!root) return;
  const message = document.createElement('p');
  message.className = 'app-status app-status-error';
  message.setAttribute('role', 'alert');
  message.textContent =
    'Het rapport kon niet worden geladen. Herlaad de pagina. / The report could not be loaded. Please reload the page.';
  root.replaceChildren(message);
}

try {
  const bindings = await import(glue.href);
  const response = fetch(wasm.href, { integrity: wasm.integrity, credentials: 'same-origin' });
  await bindings.default({ module_or_path: response });
} catch (error) {
  showFailure(error);
}
