// Valid HTML (EN 301 549 still lists WCAG 4.1.1 Parsing): the Nu HTML Checker (npm `vnu-jar`, run
// with Debian's Java) finds no error in the built pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST } from './paths.mjs';

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const PAGES = ['index.html', 'en.html', 'embed.html'];

test('the Nu HTML Checker finds no error in the built pages', async () => {
  // The pages as built, their inline stylesheet emptied: this checks the HTML. The stylesheet is
  // lightningcss's output (Trunk's minifier parses it), in syntax newer than the checker's CSS
  // parser knows (range media queries, `vector-effect`).
  const dir = await mkdtemp(join(tmpdir(), 'nap1325-vnu-'));
  const files = [];
  for (const page of PAGES) {
    const html = await readFile(join(DIST, page), 'utf8');
    files.push(join(dir, page));
    await writeFile(files.at(-1), html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2'));
  }
  // --exit-zero-always: the report below names every error; the checker's own status says less.
  const { stdout, stderr } = await promisify(execFile)('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 64 * 1024 * 1024 });
  const { messages } = JSON.parse(stderr || stdout);
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  const lines = errors.slice(0, 20).map((m) => `${m.url.split('/').pop()}:${m.lastLine}:${m.lastColumn} ${m.message} ${m.extract ? `«${m.extract.trim().slice(0, 80)}»` : ''}`);
  assert.deepEqual(lines, [], `${errors.length} error(s)`);
  console.log(`vnu: ${PAGES.join(', ')}: no error`);
});
