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
