// Sizes of the built files, raw, gzip (level 9) and Brotli (quality 11) — the forms the build
// precompresses and the server sends (scripts/precompress.mjs) — and of the map
// geometry the page loads. Run by Trunk after every build (Trunk.toml) and by the size tests.
//
//   node scripts/sizes.mjs [DIR]     (default: dist, or Trunk's staging directory when Trunk runs it)
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NOTES, brotli, gzip } from './precompress.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

export const gzipSize = (bytes) => gzip(bytes).length;
export const brotliSize = (bytes) => brotli(bytes).length;

/** Every file under `dir` that is served, with its raw, gzip and Brotli size. */
export async function measure(dir) {
  const files = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    // The precompressed forms are the files' other encodings, not files of their own.
    if (/\.(br|gz)$/.test(name) || SERVER_NOTES.has(name) || !(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    files.push({ file: relative(dir, path), raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** The name of the map's scenery in a release build: named by its content (xtask prerender). */
export const SCENERY_FILE = /^world-[0-9a-f]{16}\.svg$/;

/** The map's scenery in a built site (`world.svg` in a build the prerender has not named). */
export const sceneryIn = async (dir) => (await readdir(dir)).find((f) => SCENERY_FILE.test(f) || f === 'world.svg');

/**
 * The geometry the page loads: the scenery file (world-….svg), and the report countries' outlines,
 * which the page carries inline (their path data as it stands in core/src/map/shapes.rs).
 */
export async function geometry(dir) {
  const svg = await readFile(join(dir, await sceneryIn(dir)));
  const shapes = await readFile(join(ROOT, 'core', 'src', 'map', 'shapes.rs'), 'utf8');
  const paths = [...shapes.matchAll(/d: "([^"]*)"/g)].map((m) => m[1]).join('');
  return { svg: gzipSize(svg), shapes: gzipSize(Buffer.from(paths)), total: gzipSize(svg) + gzipSize(Buffer.from(paths)) };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  const files = await measure(dir);
  const width = Math.max(...files.map((f) => f.file.length));
  console.log(`sizes of ${dir} (raw / gzip / brotli):`);
  for (const f of files) console.log(`  ${f.file.padEnd(width)}  ${kB(f.raw).padStart(9)}  ${kB(f.gzip).padStart(9)}  ${kB(f.brotli).padStart(9)}`);
  const total = (key) => kB(files.reduce((sum, f) => sum + f[key], 0)).padStart(9);
  console.log(`  ${'all files'.padEnd(width)}  ${''.padStart(9)}  ${total('gzip')}  ${total('brotli')}`);
  const g = await geometry(dir);
  console.log(`geometry: the scenery ${kB(g.svg)} gzip + report countries' outlines in the page ${kB(g.shapes)} gzip = ${kB(g.total)} (budget 40 kB)`);
}
