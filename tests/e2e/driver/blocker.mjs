// A proxy that sends nothing on: it records each request it is asked to forward (absolute-URI
// requests and CONNECT tunnels) and refuses it. The WebKit shell routes every host but the
// site's through it (E2E_PROXY), so requests to other origins are recorded and never leave.
import { createServer } from 'node:http';

export async function startBlocker() {
  const blocked = [];
  const server = createServer((req, res) => {
    blocked.push(req.url); // absolute URI: http://host/path
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    res.end('blocked by the test proxy\n');
  });
  server.on('connect', (req, socket) => {
    blocked.push(`https://${req.url}/`); // CONNECT host:port
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    blocked,
    close: () => { server.closeAllConnections?.(); return new Promise((ok) => server.close(ok)); },
  };
}
