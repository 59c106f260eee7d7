// `make proof`: the proof sheet printed to PDF in Chromium carries every result (its id and both
// titles), every country and every footnote, so the content owner signs the whole content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { has, pdfText } from './pdf.mjs';
import { ROOT } from './paths.mjs';
import { countries, footnotes, results } from './report.mjs';

test('the proof sheet prints every result, country and footnote', async () => {
  execFileSync('cargo', ['run', '--offline', '--quiet', '-p', 'xtask', '--', 'proof'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('node', ['scripts/proof-pdf.mjs', 'target/proof/proefblad.html'], { cwd: ROOT, stdio: 'inherit' });
  const text = await pdfText(join(ROOT, 'target', 'proof', 'proefblad.pdf'));
  const missing = [
    ...results.flatMap((r) => [r.id, r.title.nl, r.title.en]),
    ...countries.flatMap((c) => [c.name.nl, c.name.en]),
    ...footnotes.flatMap((f) => [f.text.nl, f.text.en]),
  ].filter((part) => !has(text, part));
  assert.deepEqual(missing, [], 'on the sheet');
  assert.ok(has(text, 'Akkoord'), 'a block to sign');
});
