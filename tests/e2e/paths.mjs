// Where things are, for the end-to-end tests.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The release build the tests run against (`make build`). */
export const DIST = join(ROOT, 'dist');
/** Screenshots for a person to look at. */
export const SCREENSHOTS = join(ROOT, 'target', 'screenshots');
