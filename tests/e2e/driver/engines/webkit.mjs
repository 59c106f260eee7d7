// WebKit (Safari's engine) as Debian ships it: WebKitGTK, driven through WebKitWebDriver over
// WebDriver classic (plain HTTP and JSON). The browser it starts is webkit-shell.py, a window
// holding only a web view of the same libwebkit2gtk as MiniBrowser (whose toolbar keeps its window
// at least 447 px wide), so the viewport is exactly the window. It needs an X display: one Xvfb
// for the whole test process, started on first use. WebKitWebDriver serves one session at a time,
// so each open() starts a driver and a browser of its own: as isolated as a browser context.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { startBlocker } from '../blocker.mjs';

const DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const SHELL = new URL('./webkit-shell.py', import.meta.url).pathname;
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Backspace: '\uE003', ' ': '\uE00D', Space: '\uE00D',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
};
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const freePort = () => new Promise((ok, fail) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => ok(port));
  });
  server.on('error', fail);
});

/** Starts Xvfb on a free display (it writes the number to fd 3). */
function startXvfb() {
  return new Promise((ok, fail) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        // It serves the whole test process but must not keep it alive: it ends when the process does.
        xvfb.stdio[3].destroy();
        xvfb.unref();
        ok({ display: `:${out.trim()}`, child: xvfb });
      }
    });
    xvfb.on('error', fail);
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
  });
}

function killAndWait(child, { group = false } = {}) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once('exit', ok);
    // A driver runs in a process group of its own, with the browser it started: end both.
    if (group) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { child.kill('SIGTERM'); }
    } else child.kill('SIGTERM');
  });
}

const COMMAND_DEADLINE = 120_000;

let xvfb = null; // one Xvfb for the whole process, started on first use
const drivers = new Set(); // running drivers, ended with the process at worst
process.once('exit', () => {
  for (const d of drivers) {
    try { process.kill(-d.pid, 'SIGTERM'); } catch { /* gone */ }
  }
  xvfb?.then((x) => x.child.kill()).catch(() => {});
});

/** Starts a WebKitWebDriver on a free port; the environment reaches the browser it starts. */
async function startDriver(display, env) {
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  drivers.add(driver);
  driver.once('exit', () => drivers.delete(driver));
  let log = '';
  driver.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  async function wd(method, path, body) {
    // A deadline above the session's own timeouts (60 s): a driver that stops answering fails the
    // test with the command's name, not after the HTTP client's five minutes.
    const response = await fetch(base + path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(COMMAND_DEADLINE),
    }).catch((e) => {
      throw new Error(`WebKitWebDriver ${method} ${path}: no answer (${e.cause?.message ?? e.message})`);
    });
    const json = await response.json();
    if (!response.ok) {
      const { error, message } = json.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
    }
    return json.value;
  }
  for (let i = 0; ; i++) {
    try {
      await wd('GET', '/status');
      break;
    } catch (e) {
      if (i > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${e.message}\n${log}`);
      await sleep(50);
    }
  }
  return { wd, kill: () => killAndWait(driver, { group: true }) };
}

export async function launchWebKit() {
  xvfb ??= startXvfb();
  const { display } = await xvfb;
  let version = 'WebKitGTK';
  return {
    get version() { return version; },
    async open({ viewport, colorScheme, reducedMotion, origins }) {
      // Every host but the allowed origins' goes through a proxy that records and refuses.
      const blocker = await startBlocker();
      const env = {
        E2E_COLOR_SCHEME: colorScheme,
        E2E_REDUCED_MOTION: reducedMotion,
        E2E_PROXY: blocker.url,
        E2E_PROXY_IGNORE: origins.map((o) => new URL(o).hostname).join(','),
      };
      const { wd, kill } = await startDriver(display, env);
      const created = await wd('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            pageLoadStrategy: 'normal',
            'webkitgtk:browserOptions': { binary: SHELL, args: ['--automation'] },
          },
        },
      });
      const session = `/session/${created.sessionId}`;
      version = `WebKitGTK ${created.capabilities.browserVersion}`;
      await wd('POST', `${session}/timeouts`, { script: 60_000, pageLoad: 60_000, implicit: 0 });
      // WebDriver acts in one window of the session at a time: each adapter says which is its own,
      // and a call from another first switches to it.
      const windows = { current: await wd('GET', `${session}/window`) };
      const page = adapter({ wd, session, blocker, kill, frames: [], windows, handle: windows.current });
      await page.setViewport(viewport);
      return page;
    },
    close: async () => {},
  };
}

function adapter(context) {
  const { session, blocker, kill, frames, windows, handle: ownWindow } = context;
  // Every command goes to this adapter's own window.
  const wd = async (method, path, body) => {
    if (windows.current !== ownWindow && path !== `${session}/window` && path.startsWith(session)) {
      await context.wd('POST', `${session}/window`, { handle: ownWindow });
      windows.current = ownWindow;
    }
    return context.wd(method, path, body);
  };
  // The frame a call runs in: WebDriver keeps one current frame per session, so each call in an
  // iframe enters it from the top and leaves it again.
  const inFrame = async (work) => {
    if (frames.length === 0) return work();
    await wd('POST', `${session}/frame`, { id: null });
    for (const frame of frames) await wd('POST', `${session}/frame`, { id: frame });
    try {
      return await work();
    } finally {
      await wd('POST', `${session}/frame`, { id: null });
    }
  };
  // Runs `fn(...args)` in the page through execute/async, so a returned promise is awaited; the
  // result is wrapped so that a thrown error and `undefined` come back intact.
  const run = (fn, args) => inFrame(async () => {
    const script = `var done = arguments[arguments.length - 1];
var args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve().then(function () { return (${fn}).apply(null, args); }).then(
  function (v) { done({ ok: v === undefined ? null : v }); },
  function (e) { done({ error: String((e && e.stack) || e) }); });`;
    const result = await wd('POST', `${session}/execute/async`, { script, args });
    if (result && 'error' in result) throw new Error(`in page: ${result.error}`);
    return result.ok;
  });
  const asElement = (value) => (value && value[ELEMENT] ? value : null);
  const keys = (steps) => wd('POST', `${session}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions: steps }] });
  const code = (key) => KEYS[key] ?? key;
  return {
    blocked: blocker.blocked,
    goto: (url) => wd('POST', `${session}/url`, { url }).then(() => {}),
    inject: (source) => inFrame(() => wd('POST', `${session}/execute/sync`, { script: `${source}\n;return true;`, args: [] })),
    call: (fn, arg) => run(fn, [arg]),
    callOn: (handle, fn, arg) => run(fn, [handle, arg]),
    callForElement: async (fn, arg) => asElement(await run(fn, [arg])),
    callOnForElement: async (handle, fn, arg) => asElement(await run(fn, [handle, arg])),
    click: (handle) => inFrame(() => wd('POST', `${session}/element/${handle[ELEMENT]}/click`, {})),
    hover: (handle) => inFrame(() => wd('POST', `${session}/actions`, {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', duration: 0, origin: handle, x: 0, y: 0 },
      ] }],
    })),
    press: (key, modifiers) => keys([
      ...modifiers.map((m) => ({ type: 'keyDown', value: code(m) })),
      { type: 'keyDown', value: code(key) }, { type: 'keyUp', value: code(key) },
      ...[...modifiers].reverse().map((m) => ({ type: 'keyUp', value: code(m) })),
    ]),
    type: (text, delay) => keys([...text].flatMap((c) => [
      { type: 'keyDown', value: c }, { type: 'keyUp', value: c }, { type: 'pause', duration: delay },
    ])),
    back: () => wd('POST', `${session}/back`, {}).then(() => {}),
    forward: () => wd('POST', `${session}/forward`, {}).then(() => {}),
    url: () => (frames.length ? run(() => location.href, []) : wd('GET', `${session}/url`)),
    screenshot: async (path) => writeFile(path, Buffer.from(await wd('GET', `${session}/screenshot`), 'base64')),
    // WebKitWebDriver answers WebDriver's Print Page with "unknown command" (2.50).
    pdf: async () => {
      throw new Error('WebKitWebDriver cannot print to PDF (no Print Page command)');
    },
    // Sizes the window and measures the viewport: the shell has no chrome, so the first try fits.
    async setViewport({ width, height }) {
      let [w, h] = [width, height];
      for (let i = 0; i < 3; i++) {
        await wd('POST', `${session}/window/rect`, { width: w, height: h });
        const [iw, ih] = await run(() => [window.innerWidth, window.innerHeight], []);
        if (iw === width && ih === height) return;
        w += width - iw;
        h += height - ih;
      }
      throw new Error(`WebKit's viewport is not ${width}×${height}`);
    },
    frame: async (iframe) => adapter({ ...context, frames: [...frames, iframe] }),
    async openedWindows() {
      const urls = [];
      for (const handle of await wd('GET', `${session}/window/handles`)) {
        if (handle === ownWindow) continue;
        // A window may close between the list and the question (a talk ending closes the
        // speaker's): it is no longer open, and nothing else is wrong.
        try {
          await context.wd('POST', `${session}/window`, { handle });
          windows.current = handle;
          urls.push(await context.wd('GET', `${session}/url`));
        } catch (error) {
          if (!/no such window/.test(error.message)) throw error;
        }
      }
      return urls;
    },
    // The last window this page opened, with the same primitives (null until there is one).
    async popup() {
      const others = (await wd('GET', `${session}/window/handles`)).filter((h) => h !== ownWindow);
      if (others.length === 0) return null;
      return adapter({ ...context, frames: [], handle: others.at(-1) });
    },
    close: async () => {
      await context.wd('DELETE', session).catch(() => {});
      await kill();
      await blocker.close();
    },
  };
}
