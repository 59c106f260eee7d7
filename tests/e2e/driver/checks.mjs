// What every visited page state is checked for, the same in every engine:
//   - axe-core (injected through the automation protocol, which the page's policy does not govern)
//     with the WCAG 2.0, 2.1 and 2.2 A and AA tags;
//   - console errors, uncaught exceptions, unhandled rejections and failed loads (the probe);
//   - Content-Security-Policy violations (the probe: `securitypolicyviolation`);
//   - requests to other origins (the probe's Resource Timing entries, and what the engine's
//     interception or WebKit's proxy refused before it was sent).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
/** axe-core, to inject into a page (through the automation protocol, which its policy does not govern). */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe-core violations in the document `target` (a page or a frame of the driver). */
export async function runAxe(target) {
  if (!(await target.raw.call(() => typeof window.axe === 'object'))) await target.raw.inject(AXE_SOURCE);
  return target.raw.call(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
}

/** What the probe recorded in the document `target`. */
export function readProbe(target, allowOrigins) {
  return target.raw.call((allowOrigins) => {
    const out = { missing: false, errors: [], csp: [], foreign: [] };
    const log = window.__e2e;
    if (!log) return { ...out, missing: true };
    const allowed = new Set([location.origin, ...allowOrigins]);
    out.errors = [...log.errors];
    out.csp = [...log.csp];
    for (const url of log.resources) {
      if (!/^(data|blob):/.test(url) && !allowed.has(new URL(url).origin)) out.foreign.push(url);
    }
    return out;
  }, allowOrigins);
}

/** Every problem of the document `target`, as lines. */
export async function problemsOf(target, allowOrigins = []) {
  const found = [];
  for (const v of await runAxe(target)) found.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`);
  const probe = await readProbe(target, allowOrigins);
  const where = await target.url();
  if (probe.missing) found.push(`no probe in ${where}: nothing was recorded there`);
  for (const c of probe.csp) found.push(`CSP violation in ${where}: ${c}`);
  for (const r of probe.foreign) found.push(`request to another origin from ${where}: ${r}`);
  for (const e of probe.errors) found.push(`console error in ${where}: ${e}`);
  return found;
}
