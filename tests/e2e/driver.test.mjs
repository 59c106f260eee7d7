// Proves, in every engine, that each check of the driver can fail (fixture pages with exactly one
// defect each) and that its input is a person's: trusted clicks and keys.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { forEachEngine } from './engines.mjs';
import { startSite } from './driver/site.mjs';
import { ROOT } from './paths.mjs';

const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');

forEachEngine('the driver checks', (env) => {
  const open = async (site, file) => {
    const page = await env.browser.open(`${site.url}${file}`, { viewport: { width: 800, height: 600 } });
    env.pages.push(page);
    return page;
  };
  let strict, relaxed;
  before(async () => {
    strict = await startSite({ dir: FIXTURES });
    // The third-party fixture is served without the strict policy, so the request is really
    // attempted and the request check (not the policy) must catch it.
    relaxed = await startSite({ dir: FIXTURES, headers: { 'Content-Security-Policy': "default-src * 'unsafe-inline'" } });
  });
  after(async () => {
    await strict?.close();
    await relaxed?.close();
  });

  test('pass on a clean page', async () => {
    await (await open(strict, 'clean.html')).check('clean fixture');
  });

  test('fail on an accessibility violation', async () => {
    const page = await open(strict, 'axe-violation.html');
    await assert.rejects(page.check('axe fixture'), /axe image-alt/);
  });

  test('fail on a Content-Security-Policy violation', async () => {
    const page = await open(strict, 'csp-violation.html');
    await assert.rejects(page.check('csp fixture'), /CSP violation .*script-src/);
  });

  test('fail on a request to another origin, which is never sent', async () => {
    const page = await open(relaxed, 'third-party.html');
    await assert.rejects(page.check('third-party fixture'), /request to another origin.*tracker\.example\/pixel\.gif/);
  });

  test('fail on a console error', async () => {
    const page = await open(strict, 'console-error.html');
    await assert.rejects(page.check('console fixture'), /console error .*fixture error/);
  });

  test('click and type as a person does: trusted events', async () => {
    const page = await open(strict, 'input.html');
    const field = await page.find('textbox', 'Name');
    await field.click();
    await page.type('ab');
    await (await page.find('button', 'Go')).click();
    assert.deepEqual(await page.evaluate(() => window.__events), ['keydown a true', 'keydown b true', 'click true']);
    assert.equal(await field.evaluate((e) => e.value), 'ab');
    await page.check('input fixture');
  });
});
