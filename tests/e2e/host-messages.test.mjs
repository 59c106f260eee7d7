// The host script's parser of outside input: `embed-host.js` receives every message any frame or
// window posts to the host page. A property test runs the real file (in a sandbox with a stub page
// holding two widget iframes) against thousands of random messages and checks, for each, that it
// never throws, and resizes a frame only for a well-formed height message from that frame's own
// window and origin, and only to a whole number of pixels between the vocabulary's bounds
// (embed.MinHeight and embed.MaxHeight: 200 and 20,000).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import vm from 'node:vm';
import { ROOT } from './paths.mjs';
import { embed } from '../../scripts/vocabulary.mjs';

const SOURCE = await readFile(join(ROOT, 'embed-host.js'), 'utf8');
const HOST = 'https://www.rijksoverheid.nl';
const WIDGET = 'https://widget.example.nl';
const MESSAGE = embed.HeightMessage;
const MIN = Number(embed.MinHeight);
const MAX = Number(embed.MaxHeight);

/** The host script loaded into a sandbox page with two widget iframes and one other iframe. */
function hostPage() {
  const listeners = [];
  const frame = (src, marked) => ({ src, contentWindow: { name: src }, style: {}, marked });
  const frames = [frame(`${WIDGET}/?compact=1`, true), frame(`${WIDGET}/en.html`, true), frame('https://elsewhere.example/', false)];
  const window = {
    addEventListener: (type, listener) => type === 'message' && listeners.push(listener),
  };
  const document = {
    querySelectorAll: (selector) => {
      assert.equal(selector, `iframe[${embed.Frame}]`);
      return frames.filter((f) => f.marked);
    },
  };
  vm.runInNewContext(SOURCE, { window, document, location: { href: `${HOST}/onderwerpen/vrouwen` }, URL, isFinite, Math });
  assert.equal(listeners.length, 1, 'one message listener');
  return { frames, deliver: (event) => listeners[0](event) };
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arbitrary(next, depth = 0) {
  const pick = (items) => items[Math.floor(next() * items.length)];
  const numbers = [0, -0, 1, -1, MIN - 1, MIN, MIN + 1, 1234.5, MAX - 0.4, MAX, MAX + 1, 1e9, -1e9, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE];
  const strings = ['', MESSAGE, MESSAGE.toUpperCase(), `${MESSAGE} `, '1234', '<script>', '__proto__', 'constructor'];
  const kind = Math.floor(next() * (depth > 2 ? 6 : 9));
  switch (kind) {
    case 0: return null;
    case 1: return undefined;
    case 2: return next() < 0.5;
    case 3: return pick(numbers);
    case 4: return pick(strings);
    case 5: return BigInt(Math.floor(next() * 1e6));
    case 6: return Array.from({ length: Math.floor(next() * 4) }, () => arbitrary(next, depth + 1));
    case 7: {
      // Objects that look like the message, more or less.
      const message = {};
      if (next() < 0.8) message.type = next() < 0.6 ? MESSAGE : arbitrary(next, depth + 1);
      if (next() < 0.8) message.height = next() < 0.6 ? pick(numbers) : arbitrary(next, depth + 1);
      if (next() < 0.2) message.extra = arbitrary(next, depth + 1);
      return message;
    }
    default: return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(strings), arbitrary(next, depth + 1)]));
  }
}

test('random messages never break the host script, and only a well-formed one from the widget resizes it', () => {
  const seed = Number(process.env.SEED ?? 1325);
  const next = random(seed);
  const { frames, deliver } = hostPage();
  const origins = [WIDGET, HOST, 'https://evil.example', 'null', '', `${WIDGET}:8443`];
  let accepted = 0;
  for (let i = 0; i < 20_000; i++) {
    const data = arbitrary(next);
    // Mostly from a widget frame and its origin, so the accepting path is well exercised too.
    const source = next() < 0.6 ? frames[Math.floor(next() * 2)].contentWindow : [frames[2].contentWindow, { name: 'stranger' }, null][Math.floor(next() * 3)];
    const origin = next() < 0.6 ? WIDGET : origins[Math.floor(next() * origins.length)];
    const before = frames.map((f) => f.style.height);
    assert.doesNotThrow(() => deliver({ data, source, origin }), `seed ${seed}, message ${i}`);
    const after = frames.map((f) => f.style.height);
    const changed = after.map((h, n) => h !== before[n]);
    const wellFormed = data !== null && typeof data === 'object' && data.type === MESSAGE && typeof data.height === 'number' && Number.isFinite(data.height);
    const target = frames.findIndex((f) => f.marked && f.contentWindow === source);
    const allowed = wellFormed && target >= 0 && origin === WIDGET;
    if (allowed) accepted++;
    for (let n = 0; n < frames.length; n++) {
      if (n === target && allowed) {
        const px = Number(after[n].replace(/px$/, ''));
        assert.ok(Number.isInteger(px) && px >= MIN && px <= MAX, `seed ${seed}, message ${i}: ${after[n]}`);
        assert.equal(px, Math.min(MAX, Math.max(MIN, Math.round(data.height))));
      } else {
        assert.equal(changed[n], false, `seed ${seed}, message ${i}: frame ${n} resized by ${JSON.stringify({ data: String(data), origin })}`);
      }
    }
  }
  assert.ok(accepted > 100, `the property was exercised: ${accepted} legitimate messages`);
  console.log(`host script: 20,000 random messages (seed ${seed}), ${accepted} legitimate ones applied, no other effect`);
});
