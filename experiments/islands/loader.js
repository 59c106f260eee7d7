// Hydrates the islands as Leptos's own island script does (leptos/src/hydration/island_script.js:
// walk the document, call the wasm function of each <leptos-island>), but as a file, so the
// strict policy allows it; marks the page hydrated when every island is. Like the product's
// loader, it starts once the report has been painted, so both are timed the same way.
await new Promise((done) => {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      setTimeout(done, 0);
    }
  });
  observer.observe({ type: 'paint', buffered: true });
});
const { default: init, ...mod } = await import('./pkg/islands_spike.js');

const children = [];
async function traverse(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const tag = node.tagName.toLowerCase();
  if (tag === 'leptos-island') {
    const callback = children[children.length - 1];
    if (callback) callback();
    const island = mod[node.dataset.component];
    if (island) {
      const result = island(node);
      if (result && result.then) await result;
    } else {
      console.error(`no wasm function for the island ${node.dataset.component}`);
    }
    for (const child of node.children) await traverse(child);
  } else if (tag === 'leptos-children') {
    children.push(node.$$on_hydrate);
    for (const child of node.children) await traverse(child);
    children.pop();
  } else {
    for (const child of node.children) await traverse(child);
  }
}

await init({ module_or_path: './pkg/islands_spike_bg.wasm' });
mod.hydrate();
await traverse(document.body);
document.documentElement.setAttribute('data-hydrated', '');
