// A copy of the release build rewritten by an xtask (the synthetic or the hostile report), for the
// tests that need a report other than the letter's: made under target/ and served compressed, as
// the build's own files are.
import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, ROOT } from './paths.mjs';
import { precompress } from '../../scripts/precompress.mjs';

/** Copies dist/ to target/`copy` and runs `cargo run -p xtask -- <command> DIR <args…>` on it; resolves to DIR. */
export async function rewrittenCopy([command, ...args], copy) {
  const dir = join(ROOT, 'target', copy);
  await rm(dir, { recursive: true, force: true });
  await cp(DIST, dir, { recursive: true });
  execFileSync('cargo', ['run', '--offline', '--quiet', '-p', 'xtask', '--', command, dir, ...args], { cwd: ROOT, stdio: 'inherit' });
  await precompress(dir);
  return dir;
}
