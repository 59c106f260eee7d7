// A host page on another origin with the widget in an iframe, as a government page embeds it (the
// snippet of the editors' page, with embed-host.js and its integrity). The host page has a strict
// policy of its own, allowing the widget's origin only where needed.
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite } from './driver/site.mjs';
import { ready } from './engines.mjs';
import { report } from './report.mjs';
import { embed } from '../../scripts/vocabulary.mjs';

/** The widget's iframes on a host page: those marked with the attribute embed-host.js looks for. */
export const WIDGET_FRAME = `iframe[${embed.Frame}]`;

/**
 * Starts the host and, through `startWidget(frameAncestors)` (resolving to { url, close }), the
 * widget's server that lets the host frame it. Resolves to { host, widget, close }.
 */
export async function startHost(startWidget) {
  const dir = await mkdtemp(join(tmpdir(), 'nap1325-host-'));
  // The host's origin first (the widget must allow it), then the page that names the widget's.
  let host = await startSite({ dir, headers: {} });
  const widget = await startWidget([new URL(host.url).origin]);
  const hostScript = await (await fetch(`${widget.url}embed-host.js`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer();
  const integrity = `sha384-${createHash('sha384').update(Buffer.from(hostScript)).digest('base64')}`;
  const widgetOrigin = new URL(widget.url).origin;
  await writeFile(join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host page</title><link rel="icon" href="data:,"></head>
<body><main><h1>A host page</h1>
<p><a href="#before" id="before">A link before the widget</a></p>
<iframe ${embed.Frame} title="${report.title.nl} – interactief overzicht" src="${widget.url}?compact=1" height="700" referrerpolicy="no-referrer"></iframe>
<p><a href="#after" id="after">A link after the widget</a></p>
<script src="${widget.url}embed-host.js" integrity="${integrity}" crossorigin="anonymous" defer></script>
</main></body></html>`);
  const port = new URL(host.url).port;
  await host.close();
  host = await startSite({
    dir,
    port,
    headers: {
      'Content-Security-Policy': `default-src 'none'; script-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin}; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'`,
    },
  });
  return {
    host,
    widget,
    async close() {
      await widget.close();
      await host.close();
    },
  };
}

/** The host page with the widget started in its iframe: { page, iframe, frame, height }. */
export async function openHosted(env, { host, widget }, viewport) {
  const page = await env.browser.open(host.url, { viewport, allowOrigins: [widget.url] });
  env.pages.push(page);
  const iframe = await page.css(WIDGET_FRAME);
  const frame = await page.frame(iframe);
  await ready(frame);
  // embed-host.js sets the iframe's height from the widget's messages.
  await page.until((widget) => document.querySelector(widget).style.height !== '', WIDGET_FRAME);
  const height = async () => (await iframe.box()).height;
  return { page, iframe, frame, height };
}
