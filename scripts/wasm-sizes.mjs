// Where the wasm's bytes go, after optimisation: the release build's wasm taken through the same
// steps as Trunk (wasm-bindgen, then wasm-opt -Oz) but keeping the function names, then its code
// counted by crate and by function, and its data and imports by section. `make sizes` runs it;
// docs/wasm-size.md keeps the figures with the decisions taken from them.
//
//   node scripts/wasm-sizes.mjs [--top N] [--json FILE] [--apart]
//
// --apart: the optimiser inlines every function that has one caller (so the widget's start is one
// function of 35 kB); with --apart it does not, and the report names the parts. The total is then
// a little larger than what ships.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli } from './precompress.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const BUILT = join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'nap1325.wasm');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

function string(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count'];

/** The module's sections, its functions' bodies (by function index) and their names. */
export function parse(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const sections = [];
  const bodies = [];
  const names = new Map();
  let imported = 0;
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    let name = SECTION_NAMES[id] ?? `section ${id}`;
    if (id === 0) {
      const [custom, payload] = string(bytes, start);
      name = `custom "${custom}"`;
      if (custom === 'name') readNames(bytes, payload, end, names);
    } else if (id === 2) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        [, p] = string(bytes, p);
        [, p] = string(bytes, p);
        const kind = bytes[p++];
        if (kind === 0) {
          [, p] = leb(bytes, p);
          imported++;
        } else if (kind === 1) {
          p += 1; // the table's element type
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 2) {
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else {
          throw new Error(`unknown import kind ${kind}`);
        }
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        const [length, body] = leb(bytes, p);
        bodies.push({ index: imported + i, bytes: bytes.subarray(body, body + length) });
        p = body + length;
      }
    }
    sections.push({ name, bytes: bytes.subarray(start, end) });
    at = end;
  }
  return { sections, functions: bodies.map((f) => ({ ...f, name: names.get(f.index) ?? `function ${f.index}` })) };
}

function readNames(bytes, at, end, names) {
  while (at < end) {
    const kind = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    if (kind === 1) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        let index;
        let name;
        [index, p] = leb(bytes, p);
        [name, p] = string(bytes, p);
        names.set(index, name);
      }
    }
    at = start + size;
  }
}

/** The crate a function's code belongs to, from its demangled name: the first path's first segment. */
export function crateOf(name) {
  const path = name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/^[<&*\s]*(?:mut |const |dyn )*/, '');
  const head = path.match(/^[A-Za-z_][A-Za-z0-9_]*/)?.[0];
  if (!head || !path.startsWith(`${head}::`)) {
    if (/^__wbg|^__wbindgen|^__externref|wasm_bindgen/.test(name)) return 'wasm_bindgen';
    if (/^(__rust|__rdl|__rg|rust_)/.test(name)) return 'alloc';
    if (/^(memcpy|memset|memmove|memcmp|__mul|__div|__ashl|__lshr)/.test(name)) return 'compiler_builtins';
    return '(other)';
  }
  return head === 'std' ? 'std' : head;
}

/** Trims a function's hash and long generic arguments, so a line of the report stays readable. */
const shortName = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '').replace(/^(.{110}).+$/, '$1…');

/** The optimised module with names, made as Trunk makes the shipped one. */
export function optimisedWithNames(built = BUILT, { apart = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wasm-sizes-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', dir, '--out-name', 'widget', built], { stdio: 'inherit' });
    const bound = join(dir, readdirSync(dir).find((f) => f.endsWith('_bg.wasm')));
    const optimised = join(dir, 'optimised.wasm');
    // -g keeps the name section through the optimiser; the code is the code Trunk ships.
    const keepApart = apart ? ['--one-caller-inline-max-function-size', '0'] : [];
    execFileSync('wasm-opt', ['-Oz', '-g', ...keepApart, '--enable-bulk-memory', '--enable-nontrapping-float-to-int', bound, '-o', optimised], { stdio: 'inherit' });
    return readFileSync(optimised);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);

export function report(bytes, top = 40) {
  const { sections, functions } = parse(bytes);
  const shipped = sections.filter((s) => !s.name.startsWith('custom'));
  const all = Buffer.concat(shipped.map((s) => s.bytes));
  const lines = [];
  lines.push(`the wasm as shipped (names removed): ${kB(all.length)} raw, ${kB(brotli(all).length)} Brotli`);
  lines.push('', 'by section (raw, Brotli of the section alone):');
  for (const s of shipped.sort((a, b) => b.bytes.length - a.bytes.length)) {
    lines.push(`  ${s.name.padEnd(12)} ${kB(s.bytes.length)} ${kB(brotli(s.bytes).length)}`);
  }
  const crates = new Map();
  for (const f of functions) {
    const crate = crateOf(f.name);
    const entry = crates.get(crate) ?? { crate, raw: 0, count: 0, parts: [] };
    entry.raw += f.bytes.length;
    entry.count += 1;
    entry.parts.push(f.bytes);
    crates.set(crate, entry);
  }
  const code = functions.reduce((sum, f) => sum + f.bytes.length, 0);
  lines.push('', `code by crate (${functions.length} functions, ${kB(code)} raw; Brotli of the crate's functions alone):`);
  const byCrate = [...crates.values()].sort((a, b) => b.raw - a.raw);
  for (const c of byCrate) {
    c.brotli = brotli(Buffer.concat(c.parts)).length;
    lines.push(`  ${c.crate.padEnd(22)} ${kB(c.raw)} ${kB(c.brotli)}  ${String(c.count).padStart(4)} functions  ${((100 * c.raw) / code).toFixed(1).padStart(5)} %`);
  }
  lines.push('', `the ${top} largest functions (raw):`);
  const largest = [...functions].sort((a, b) => b.bytes.length - a.bytes.length).slice(0, top);
  for (const f of largest) lines.push(`  ${kB(f.bytes.length)}  ${shortName(f.name)}`);
  return {
    text: lines.join('\n'),
    figures: {
      raw: all.length,
      brotli: brotli(all).length,
      crates: byCrate.map(({ crate, raw, brotli: br, count }) => ({ crate, raw, brotli: br, count })),
      largest: largest.map((f) => ({ name: shortName(f.name), raw: f.bytes.length })),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (flag) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const apart = process.argv.includes('--apart');
  const { text, figures } = report(optimisedWithNames(BUILT, { apart }), Number(arg('--top') ?? 40));
  if (apart) console.log('(single-caller functions kept apart: the sizes name the parts; the shipped wasm is a little smaller)');
  console.log(text);
  if (arg('--json')) writeFileSync(arg('--json'), `${JSON.stringify(figures, null, 2)}\n`);
}
