// Minifies the wasm-bindgen glue script that Trunk wrote (Trunk minifies the page's own scripts,
// not this one): esbuild, pinned in package.json. Run by Trunk's post-build hook before the
// prerender, which then hashes the glue as it ships (its integrity in the page).
// The minified file is named after its own content, as Trunk names the files it ships: a browser
// keeps a file of a hashed name for a year, so new bytes (another esbuild, the same source) must
// never come under a name it may hold already (the page's integrity hash would refuse the old ones).
//
//   node scripts/minify-glue.mjs DIR
import { createHash } from 'node:crypto';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/minify-glue.mjs DIR');
  process.exit(2);
}
// The glue is the script named like the wasm it binds: nap1325-<hash>.js beside nap1325-<hash>_bg.wasm.
const files = await readdir(dir);
const glue = files
  .filter((f) => f.endsWith('_bg.wasm'))
  .map((f) => f.replace(/_bg\.wasm$/, '.js'))
  .filter((f) => files.includes(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one glue script beside one wasm in ${dir}, found ${glue.length}`);
  process.exit(1);
}
const path = join(dir, glue[0]);
const source = await readFile(path, 'utf8');
const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });
// Trunk's hash (up to 16 hex digits), replaced by 16 of the minified file's.
const hashed = /-[0-9a-f]{8,16}\.js$/;
if (!hashed.test(glue[0])) {
  console.error(`minify-glue: ${glue[0]} is not named by a hash as Trunk names it`);
  process.exit(1);
}
const renamed = glue[0].replace(hashed, `-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`);
// The page Trunk wrote names the glue (its preload link): it names the new file.
const page = join(dir, 'index.html');
const html = await readFile(page, 'utf8');
if (!html.includes(glue[0])) {
  console.error(`minify-glue: ${page} does not name ${glue[0]}`);
  process.exit(1);
}
await writeFile(join(dir, renamed), code);
if (renamed !== glue[0]) await unlink(path);
await writeFile(page, html.replaceAll(glue[0], renamed));
console.log(`minify-glue: ${glue[0]} ${(source.length / 1000).toFixed(1)} kB → ${renamed} ${(code.length / 1000).toFixed(1)} kB`);
