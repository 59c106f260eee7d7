// Where the widget's start spends its time: a CPU profile (DevTools protocol, 100 µs sampling) of
// one load of the release build served by nginx, from navigation to the widget marking the page
// ready, as self time per function (the wasm's functions by index: the release build keeps no
// names; `target/wasm32-unknown-unknown/release/nap1325.wasm` has them before wasm-opt).
//
//   make build && node scripts/profile-start.mjs
import { DIST, launchBrowser, widgetReady } from '../tests/e2e/harness.mjs';
import { startNginx } from './nginx.mjs';

const nginx = await startNginx({ dir: DIST });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(nginx.url);
  await widgetReady(page);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const wasm = [...self].filter(([key]) => key.endsWith('.wasm')).reduce((sum, [, t]) => sum + t, 0);
  console.log('self time, from navigation to ready (the idle time and the browser\'s own work included):');
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${t.toFixed(1).padStart(7)} ms  ${key}`);
  console.log(`  the wasm's functions together: ${wasm.toFixed(1)} ms`);
} finally {
  await browser.close();
  await nginx.close();
}
