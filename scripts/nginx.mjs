// Starts Debian's nginx on a loopback port with the project's configuration (deploy/nginx/) and a
// built folder as its root, unprivileged, everything it writes in a temporary directory. Used by
// the nginx test (tests/e2e/nginx.test.mjs) and `make bench`.
//
//   node scripts/nginx.mjs [--dir dist] [--port 8081]      (serves until Ctrl-C)
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAME_ANCESTORS } from './serve.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const freePort = () => new Promise((ok, fail) => {
  const probe = createServer();
  probe.on('error', fail);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => ok(port));
  });
});

/**
 * Serves `dir` with deploy/nginx/nap1325.conf on 127.0.0.1:`port` (0: a free one), allowing
 * `frameAncestors` to embed it besides the configured sites. Resolves to { url, close }.
 */
export async function startNginx({ dir, port = 0, frameAncestors = [] }) {
  const prefix = await mkdtemp(join(tmpdir(), 'nap1325-nginx-'));
  await cp(join(ROOT, 'deploy', 'nginx'), join(prefix, 'nap1325'), { recursive: true });
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(prefix, temp));
  const listen = port || (await freePort());
  const ancestors = [...FRAME_ANCESTORS, ...frameAncestors].join(' ');
  await writeFile(join(prefix, 'nginx.conf'), `
load_module ${BROTLI_MODULE};
daemon off;
master_process off;
error_log stderr warn;
pid ${prefix}/nginx.pid;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${listen};
    root ${resolve(dir)};
    set $nap1325_frame_ancestors "${ancestors}";
    include ${resolve(dir)}/nap1325-csp.conf;
    include nap1325/nap1325.conf;
  }
}
`);
  const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let errors = '';
  nginx.stderr.on('data', (chunk) => { errors += chunk; process.stderr.write(chunk); });
  const url = `http://127.0.0.1:${listen}/`;
  // Ready when it answers; a configuration error ends it first.
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped (exit ${nginx.exitCode}): ${errors}`);
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (i > 100) throw new Error(`nginx does not answer at ${url}: ${errors}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return {
    url,
    async close() {
      if (nginx.exitCode === null) {
        const ended = new Promise((ok) => nginx.once('exit', ok));
        nginx.kill('SIGQUIT');
        await ended;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startNginx({ dir: option('dir', 'dist'), port: Number(option('port', 8081)) });
  console.log(`nginx serves the widget at ${url} (Ctrl-C stops)`);
}
