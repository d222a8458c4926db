import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { setImmediate as afterPoll, setTimeout as delay } from 'node:timers/promises';

/** What the drain knows of one connection: requests under way, and since when it has been idle. */
interface Connection {
  requests: number;
  idleSince: number;
  /** `socket.bytesRead` when it went idle: more bytes since then are a request on its way in. */
  bytesWhenIdle: number;
}

/** How often a drain looks for connections that may be closed. */
const SWEEP_MS = 25;

/**
 * Graceful shutdown of an HTTP server whose clients keep connections alive (Slack, load balancers, our
 * tests). Closing a kept-alive connection races with a client that is sending a request on it: the client
 * sees ECONNRESET. So a drain
 * - stops listening (a new connection is refused, which a client knows it may retry elsewhere);
 * - answers every request on an open connection with `Connection: close`, so that the client stops using
 *   that connection once it has its answer, and Node closes it after the response is flushed;
 * - closes an idle connection only when nothing has arrived on it (its bytes read have not changed since
 *   the drain began or since its last answer, checked after the event loop has read its sockets) and it
 *   has been idle that long for `idleMs`.
 *   A request that arrived while the process was busy is therefore answered, not reset, however late the
 *   process gets to it.
 * It ends when the last connection has closed, or closes them all at `graceMs`.
 */
export class ConnectionDrain {
  private readonly connections = new Map<Socket, Connection>();
  private draining = false;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { requests: 0, idleSince: 0, bytesWhenIdle: 0 });
      socket.once('close', () => this.connections.delete(socket));
    });
  }

  /**
   * Call for every request the server takes. Until a drain begins it only reads a flag: a drain counts the
   * requests under way when it begins and every request after that.
   */
  track(req: IncomingMessage, res: ServerResponse): void {
    if (!this.draining) return;
    res.setHeader('connection', 'close');
    this.count(req.socket, res);
  }

  private count(socket: Socket, res: ServerResponse): void {
    const connection = this.connections.get(socket);
    if (connection === undefined) return;
    connection.requests += 1;
    res.once('close', () => {
      connection.requests -= 1;
      connection.idleSince = performance.now();
      connection.bytesWhenIdle = socket.bytesRead;
    });
  }

  /**
   * Drains as described above. `underWay` are the responses not finished yet (those whose headers are not
   * sent get `Connection: close` too); every other connection counts as idle from now.
   */
  async drain(underWay: Iterable<ServerResponse>, idleMs: number, graceMs: number): Promise<void> {
    this.draining = true;
    const now = performance.now();
    for (const [socket, connection] of this.connections) {
      connection.idleSince = now;
      connection.bytesWhenIdle = socket.bytesRead;
    }
    for (const res of underWay) {
      if (res.writableFinished || res.socket === null) continue;
      if (!res.headersSent) res.setHeader('connection', 'close');
      this.count(res.socket as Socket, res);
    }
    let closed = false;
    // net.Server's close stops listening without http.Server's closing of idle connections, and calls
    // back once the last connection has closed.
    const allClosed = new Promise<void>((resolve) =>
      NetServer.prototype.close.call(this.server, () => resolve()),
    ).then(() => (closed = true));
    const deadline = performance.now() + graceMs;
    while (!closed && performance.now() < deadline) {
      await Promise.race([allClosed, delay(SWEEP_MS)]);
      // The check phase follows the poll phase: whatever had arrived on a socket has been read by now.
      await afterPoll();
      this.closeIdle(idleMs);
    }
    if (!closed) this.server.closeAllConnections();
    await allClosed;
  }

  private closeIdle(idleMs: number): void {
    const now = performance.now();
    for (const [socket, connection] of this.connections) {
      const quiet = connection.requests === 0 && socket.bytesRead === connection.bytesWhenIdle;
      if (quiet && now - connection.idleSince >= idleMs) socket.destroy();
    }
  }
}
