import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OPS_PATHS, opsHandlers, type OpsSources } from './ops-routes.js';

/** A running operations server. */
export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves `/metrics`, `/livez` and `/readyz` on `HTTP_PORT` (node:http; nothing else is served). Every
 * other path is 404, every other method 405.
 */
export async function startOpsServer(
  sources: OpsSources,
  listen: { port: number; host?: string | undefined },
): Promise<OpsServer> {
  const handlers = opsHandlers(sources);
  const byPath = new Map<string, (typeof handlers)[keyof typeof handlers]>(
    (Object.keys(OPS_PATHS) as (keyof typeof OPS_PATHS)[]).map((name) => [OPS_PATHS[name], handlers[name]]),
  );
  const server: Server = createServer((req, res) => {
    const handler = byPath.get(new URL(req.url ?? '/', 'http://ops.invalid').pathname);
    if (handler === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
    } else {
      handler(req, res);
    }
  });
  // A scraper's kept-alive socket must not hold the process open at shutdown.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
