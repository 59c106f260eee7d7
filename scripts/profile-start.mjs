// Where the widget's start spends its time, in one load of the release build served by nginx, from
// navigation to the widget marking the page ready:
// - a CPU profile (DevTools protocol, 100 µs sampling) as self time per function (the wasm's
//   functions by index: the release build keeps no names;
//   `target/wasm32-unknown-unknown/release/nap1325.wasm` has them before wasm-opt);
// - a timeline trace of a second load with the CPU slowed down 4x (as Lighthouse simulates a
//   phone): each task over 50 ms (what total blocking time counts) with the browser's events that
//   took most of it (layout, style, the wasm's lazy compilation, an SVG document parsed …).
//
//   make build && node scripts/profile-start.mjs
//   RATE=1 OVER=5 node scripts/profile-start.mjs   (the trace at full speed, every task over 5 ms)
import { launchBrowser, widgetReady } from '../tests/e2e/harness.mjs';
import { DIST } from '../tests/e2e/paths.mjs';
import { startNginx } from './nginx.mjs';

/** Events that only wrap a task's work. */
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'Receive mojo message']);
/** The trace's CPU slowdown, and the tasks it lists: those longer than this (ms). */
const RATE = Number(process.env.RATE ?? 4);
const OVER = Number(process.env.OVER ?? 50);

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
  await context.close();
  await longTasks(browser, nginx.url);
} finally {
  await browser.close();
  await nginx.close();
}

/**
 * The tasks over OVER ms (50) of one load at RATE x CPU (4), from navigation to ready, each with its
 * largest events.
 * One of them is the test driver's own script (an `EvaluateScript` of 100 ms or more, as it waits
 * for ready), not the page's.
 */
async function longTasks(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.wasm'] });
  await page.goto(url);
  await widgetReady(page);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid);
  const navigation = traceEvents.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? events[0].ts;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > OVER * 1000).sort((a, b) => a.ts - b.ts);
  console.log(`tasks over ${OVER} ms, ${RATE}x CPU, navigation to ready (first contentful paint at ${fcp.toFixed(0)} ms):`);
  for (const task of tasks) {
    const inside = new Map();
    for (const e of events) {
      if (e !== task && !WRAPPERS.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur) {
        inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur);
      }
    }
    const largest = [...inside].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.EVENTS ?? 5)).map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`);
    console.log(`  at ${((task.ts - navigation) / 1000).toFixed(0).padStart(5)} ms: ${(task.dur / 1000).toFixed(1).padStart(6)} ms  (${largest.join(', ')})`);
  }
}
