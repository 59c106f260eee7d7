// Writes, beside every compressible file of a built site, its Brotli (quality 11) and gzip (level 9)
// forms, `FILE.br` and `FILE.gz`: the web server sends them as they are (nginx's `brotli_static` and
// `gzip_static`, scripts/serve.mjs the same), so nothing is compressed per request and the bytes
// measured here are the bytes served. Run by the post-build hook, and again on any copy of the
// build a test rewrites.
//
//   node scripts/precompress.mjs DIR
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** What is worth compressing (images other than SVG already are). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.csv']);
/** The build's notes for the servers (xtask prerender): read by them, never served, so not compressed. */
export const SERVER_NOTES = new Set(['csp-hashes.json', 'nap1325-csp.conf']);

export const brotli = (bytes) => brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
});
export const gzip = (bytes) => gzipSync(bytes, { level: 9 });

/** Compresses every compressible file under `dir` (old `.br`/`.gz` files are made again). */
export async function precompress(dir) {
  const names = await readdir(dir, { recursive: true });
  for (const name of names) {
    if (name.endsWith('.br') || name.endsWith('.gz')) await rm(join(dir, name));
  }
  for (const name of names) {
    const path = join(dir, name);
    if (!COMPRESSIBLE.has(extname(name)) || SERVER_NOTES.has(name) || !(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    await writeFile(`${path}.br`, brotli(bytes));
    await writeFile(`${path}.gz`, gzip(bytes));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/precompress.mjs DIR');
    process.exit(2);
  }
  await precompress(dir);
}
