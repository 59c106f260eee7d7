// Minifies the wasm-bindgen glue script that Trunk wrote (Trunk minifies the page's own scripts,
// not this one): esbuild, pinned in package.json. Run by Trunk's post-build hook before the
// prerender, which then hashes the glue as it ships (its integrity in the page).
//
//   node scripts/minify-glue.mjs DIR
import { readdir, readFile, writeFile } from 'node:fs/promises';
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
await writeFile(path, code);
console.log(`minify-glue: ${glue[0]} ${(source.length / 1000).toFixed(1)} kB → ${(code.length / 1000).toFixed(1)} kB`);
