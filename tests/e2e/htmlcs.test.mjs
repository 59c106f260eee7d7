// A second checker beside axe: HTML_CodeSniffer (npm `html_codesniffer`, its WCAG2AA standard) in
// the key states, errors only (its warnings and notices ask for a person's judgement: see
// docs/accessibility.md). One finding is by design and accepted here, nowhere else: a "cited in"
// link in the footnote list to a result card that the current filters leave out of the document.
// The widget handles such a link (it shows the card: scale.test.mjs), and without JavaScript every
// card is in the page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { browserAndSite, openPage, widgetReady } from './harness.mjs';
import { results } from './report.mjs';

const require = createRequire(import.meta.url);
const HTMLCS = await readFile(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');
const resultIds = new Set(results.map((r) => `result-${r.id}`));

/** HTML_CodeSniffer's errors in the page (injected through the protocol, as axe is). */
async function sniff(page) {
  await page.evaluate(`${HTMLCS}\n;undefined`);
  return page.evaluate(() => new Promise((done) => {
    window.HTMLCS.process('WCAG2AA', document, () => {
      done(window.HTMLCS.getMessages().filter((m) => m.type === window.HTMLCS.ERROR).map((m) => ({
        code: m.code,
        href: m.element.getAttribute?.('href') ?? null,
        where: `${m.element.localName}${m.element.id ? `#${m.element.id}` : ''}`,
        msg: m.msg.slice(0, 120),
      })));
    });
  }));
}

const accepted = (error) => /NoSuchID$/.test(error.code) && error.href?.startsWith('#') && resultIds.has(error.href.slice(1));

describe('HTML_CodeSniffer (WCAG2AA)', () => {
  const env = browserAndSite();
  const states = [
    ['the page at rest', ''],
    ['a country chosen', '?place=COL'],
    ['a ministry chosen', '?ministry=Defensie'],
    ['a search', '?q=oekraine'],
    ['a footnote open', '?fn=intro:1'],
    ['a presentation step', '?present=3'],
    ['the English page', 'en.html?place=UKR'],
  ];
  for (const [name, path] of states) {
    test(`no error: ${name}`, async () => {
      const { page, check, context } = await openPage(env.browser, `${env.site.url}${path}`);
      await widgetReady(page);
      const errors = await sniff(page);
      assert.deepEqual(errors.filter((e) => !accepted(e)), []);
      await check(name);
      await context.close();
    });
  }
});
