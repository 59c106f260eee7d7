// Proves that each check of the harness can fail: fixture pages with exactly one defect each.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchBrowser, openPage, startSite } from './harness.mjs';
import { ROOT } from './paths.mjs';

const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');

describe('the harness checks', () => {
  let browser, strict, relaxed;
  before(async () => {
    browser = await launchBrowser();
    strict = await startSite({ dir: FIXTURES });
    // The third-party fixture is served without a CSP, so the request is really attempted and the
    // harness's own request check (not the policy) must catch it.
    relaxed = await startSite({ dir: FIXTURES, headers: { 'Content-Security-Policy': "default-src * 'unsafe-inline'" } });
  });
  after(async () => {
    await browser?.close();
    await strict?.close();
    await relaxed?.close();
  });

  test('pass on a clean page', async () => {
    const { check, context } = await openPage(browser, `${strict.url}clean.html`);
    await check('clean fixture');
    await context.close();
  });

  test('fail on an accessibility violation', async () => {
    const { check, context } = await openPage(browser, `${strict.url}axe-violation.html`);
    await assert.rejects(check('axe fixture'), /axe image-alt/);
    await context.close();
  });

  test('fail on a CSP violation', async () => {
    const { check, context } = await openPage(browser, `${strict.url}csp-violation.html`);
    await assert.rejects(check('csp fixture'), /CSP violation .*script-src/);
    await context.close();
  });

  test('fail on a request to another origin', async () => {
    const { check, context } = await openPage(browser, `${relaxed.url}third-party.html`);
    await assert.rejects(check('third-party fixture'), /request to another origin: https:\/\/tracker\.example\/pixel\.gif/);
    await context.close();
  });

  test('fail on a console error', async () => {
    const { check, context } = await openPage(browser, `${strict.url}console-error.html`);
    await assert.rejects(check('console fixture'), /console error: fixture error/);
    await context.close();
  });
});
