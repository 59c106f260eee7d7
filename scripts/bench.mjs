// Benchmarks, printing their figures (none of them is a pass/fail test: timings vary by machine).
//
//   node scripts/bench.mjs            (make bench: after a release build)
//
// - filter latency: from a visitor's input (a facet option, a search word) to the updated page
//   (the widget's effects done and the layout recomputed), median and 95th percentile, with the real
//   report and with a synthetic one of 2,000 results over 200 countries.
import { cp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser, openPage, startSite, widgetReady, DIST } from '../tests/e2e/harness.mjs';

const ROOT = join(DIST, '..');
const SYNTHETIC = join(ROOT, 'target', 'bench-site');

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (v) => `${v.toFixed(2)} ms`;

/** Times each input in the page, from dispatch to updated layout. */
async function filterLatency(page) {
  return page.evaluate(async () => {
    const settle = () => new Promise((ok) => setTimeout(ok, 0));
    const times = [];
    const measure = async (act) => {
      const t0 = performance.now();
      act();
      await settle();
      void document.body.offsetHeight; // the layout the next frame paints
      times.push(performance.now() - t0);
    };
    const boxes = [...document.querySelectorAll('input[data-option]')].filter((b) => !b.disabled).slice(0, 30);
    for (const box of boxes) {
      await measure(() => box.click());
      await measure(() => box.click());
    }
    const search = document.querySelector('[data-search-input]');
    for (const word of ['o', 'oe', 'oek', 'oekr', 'oekraine', 'oekraine r', 'oekraine rode', 'gender', 'vrouwen', '']) {
      await measure(() => {
        search.value = word;
        search.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    return times;
  });
}

async function benchSite(browser, label, dir) {
  const site = await startSite({ dir });
  const { page, context } = await openPage(browser, site.url);
  await widgetReady(page);
  const cards = await page.locator('li.card').count();
  const times = await filterLatency(page);
  console.log(`filter latency, ${label} (${cards} results, ${times.length} inputs): median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`);
  await context.close();
  await site.close();
}

await rm(SYNTHETIC, { recursive: true, force: true });
await cp(DIST, SYNTHETIC, { recursive: true });
execFileSync('cargo', ['run', '--offline', '--quiet', '-p', 'xtask', '--', 'synthetic', SYNTHETIC, '2000', '200'], { cwd: ROOT, stdio: 'inherit' });

const browser = await launchBrowser();
try {
  console.log(`benchmarks on ${process.platform}/${process.arch}, Chromium ${browser.version()}, ${new Date().toISOString()}`);
  await benchSite(browser, 'real report', DIST);
  await benchSite(browser, 'synthetic report', SYNTHETIC);
} finally {
  await browser.close();
}
