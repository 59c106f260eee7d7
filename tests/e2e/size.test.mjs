// Sizes that are stable enough to assert: the built files, not timings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geometry } from '../../scripts/sizes.mjs';
import { DIST } from './harness.mjs';

test('the map geometry the page loads is under 40 kB gzip', async () => {
  const g = await geometry(DIST);
  console.log(`geometry: world.svg ${g.svg} B + report countries ${g.shapes} B = ${g.total} B gzip`);
  assert.ok(g.total < 40_000, `${g.total} bytes`);
});

test('the built pages carry no inline script, style or event handler', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const pages = (await readdir(DIST)).filter((f) => f.endsWith('.html'));
  assert.ok(pages.includes('index.html') && pages.includes('en.html') && pages.includes('embed.html'), `${pages}`);
  for (const file of pages) {
    const html = await readFile(`${DIST}/${file}`, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      assert.match(tag, /\bsrc=/, `${file}: inline script ${tag}`);
      assert.match(tag, /\bintegrity=/, `${file}: script without integrity ${tag}`);
    }
    assert.doesNotMatch(html, /<style\b/, `${file}: style element`);
    assert.doesNotMatch(html, /\sstyle=/, `${file}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+=/, `${file}: event handler attribute`);
  }
});
