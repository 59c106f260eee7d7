// Sizes of the built files, raw and gzip (level 9, as a web server would send them), and of the map
// geometry the page loads. Run by Trunk after every build (Trunk.toml) and by the size tests.
//
//   node scripts/sizes.mjs [DIR]     (default: dist, or Trunk's staging directory when Trunk runs it)
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Every file under `dir` with its raw and gzip size. */
export async function measure(dir) {
  const files = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    files.push({ file: relative(dir, path), raw: bytes.length, gzip: gzipSize(bytes) });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The geometry the page loads: the scenery file world.svg, and the report countries' outlines,
 * which the page carries inline (their path data as it stands in core/src/map/shapes.rs).
 */
export async function geometry(dir) {
  const svg = await readFile(join(dir, 'world.svg'));
  const shapes = await readFile(join(ROOT, 'core', 'src', 'map', 'shapes.rs'), 'utf8');
  const paths = [...shapes.matchAll(/d: "([^"]*)"/g)].map((m) => m[1]).join('');
  return { svg: gzipSize(svg), shapes: gzipSize(Buffer.from(paths)), total: gzipSize(svg) + gzipSize(Buffer.from(paths)) };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  const files = await measure(dir);
  const width = Math.max(...files.map((f) => f.file.length));
  console.log(`sizes of ${dir} (raw / gzip):`);
  for (const f of files) console.log(`  ${f.file.padEnd(width)}  ${kB(f.raw).padStart(9)}  ${kB(f.gzip).padStart(9)}`);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`  ${'all files'.padEnd(width)}  ${''.padStart(9)}  ${kB(total).padStart(9)}`);
  const g = await geometry(dir);
  console.log(`geometry: world.svg ${kB(g.svg)} gzip + report countries' outlines in the page ${kB(g.shapes)} gzip = ${kB(g.total)} (budget 40 kB)`);
}
