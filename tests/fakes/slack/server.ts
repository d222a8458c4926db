import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** What the one HTTP server of the fake dispatches to. */
export interface FakeSlackRoutes {
  api(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    raw: string,
    query: URLSearchParams,
  ): Promise<void>;
  response(req: IncomingMessage, res: ServerResponse, id: string, raw: string): void;
  /** A file's bytes, POSTed to the `upload_url` of `files.getUploadURLExternal`. */
  upload(req: IncomingMessage, res: ServerResponse, id: string, raw: Buffer): Promise<void>;
  socket(req: IncomingMessage, socket: Duplex, head: Buffer, ticket: string | null): void;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * One HTTP server on 127.0.0.1 and an ephemeral port: `/api/<method>`, `/response/<id>`, `/upload/<file id>`,
 * and upgrades at `/link/`.
 */
export class FakeSlackServer {
  private readonly server: Server;

  constructor(private readonly routes: FakeSlackRoutes) {
    this.server = createServer((req, res) => {
      this.dispatch(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/link/' || url.pathname === '/link') {
        this.routes.socket(req, socket, head, url.searchParams.get('ticket'));
      } else {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
    });
  }

  start(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  /** Closes the listener and every connection, kept-alive ones included. */
  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      await this.routes.api(req, res, decodeURIComponent(path.slice('/api/'.length)), raw, url.searchParams);
    } else if (path.startsWith('/response/') && req.method === 'POST') {
      this.routes.response(req, res, decodeURIComponent(path.slice('/response/'.length)), raw);
    } else if (path.startsWith('/upload/') && req.method === 'POST') {
      await this.routes.upload(req, res, decodeURIComponent(path.slice('/upload/'.length)), bytes);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('fake Slack: no such endpoint');
    }
  }
}
