// `make proof`: prints the proof sheet (target/proof/proefblad.html, written by `xtask proof`) to
// PDF beside it with headless Chromium, and says how many pages it has.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../tests/e2e/driver/engines/chromium-launch.mjs';

const [html = 'target/proof/proefblad.html', pdf = html.replace(/\.html$/, '.pdf')] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(resolve(html)).href);
  const bytes = await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pages = bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  console.log(`proof: ${pdf} (${pages} pages)`);
} finally {
  await browser.close();
}
