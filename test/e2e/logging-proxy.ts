// The last line of the network audit: the browser is told to send ALL traffic through this local
// proxy, which records each request and refuses it. Whatever the test router fulfils (fixture pages,
// extension files) never reaches here, so anything that does arrive was about to leave the device,
// including requests made before any test listener existed (a worker's start-up, onInstalled).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggingProxy {
  /** http://127.0.0.1:PORT, for the browser's proxy setting. */
  url: string;
  port: number;
  /** URLs seen: plain http as requested; https/wss tunnels as https://host[:port]/ (the path is encrypted). */
  seen: string[];
  close(): Promise<void>;
}

export async function startLoggingProxy(): Promise<LoggingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test network audit');
  });
  // Browsers reset refused tunnels; an unhandled socket error would throw inside the test runner.
  server.on('connection', (socket) => socket.on('error', () => {}));
  server.on('clientError', (_e, socket) => socket.destroy());
  server.on('connect', (req, socket) => {
    socket.on('error', () => {});
    const [host, port] = (req.url ?? '').split(':');
    seen.push(`https://${host}${port && port !== '443' ? `:${port}` : ''}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  // Plain-text WebSocket upgrades through a proxy arrive as 'upgrade'.
  server.on('upgrade', (req, socket) => {
    socket.on('error', () => {});
    seen.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
