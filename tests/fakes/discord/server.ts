import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface HttpHandlers {
  readonly request: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  /** WebSocket upgrades to `/gateway` (any query). */
  readonly gatewayUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
}

/** The one HTTP server on 127.0.0.1 (ephemeral port) that carries both REST and the gateway WebSocket. */
export class FakeHttpServer {
  private readonly server: Server;

  constructor(handlers: HttpHandlers) {
    this.server = createServer((request, response) => {
      handlers.request(request, response).catch((error: unknown) => {
        console.error('fake Discord: request failed', error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
    this.server.keepAliveTimeout = 5_000;
    this.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0];
      if (path === '/gateway' || path === '/gateway/') handlers.gatewayUpgrade(request, socket, head);
      else socket.destroy();
    });
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  /** Closes the listener and every kept-alive connection, so nothing holds the process open. */
  async stop(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}
