import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import type { IdFactory } from './ids.js';
import { Recorder } from './recorder.js';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface EnvelopeOptions {
  /** Reject the injector's promise when no ack arrives in time; defaults to 5000 ms. */
  readonly ackTimeoutMs?: number;
  /** Events only: Slack's redelivery counter and reason (`timeout`, `http_error`…); default 0 and ''. */
  readonly retryAttempt?: number;
  readonly retryReason?: string;
  /** Defaults to Slack's choice: true for slash commands, false otherwise. */
  readonly acceptsResponsePayload?: boolean;
}

/** A client's `{ envelope_id, payload }` acknowledgement as the fake received it. */
export interface SocketAck<Sent = unknown> {
  readonly envelopeId: string;
  readonly type: EnvelopeType;
  /** The ack's payload when it carries a response (`ack({ text })`); undefined for a bare `ack()`. */
  readonly payload: Readonly<Record<string, unknown>> | undefined;
  readonly latencyMs: number;
  /** Slack's 3-second deadline was missed. The fake only records it: Slack would show an error or redeliver. */
  readonly late: boolean;
  /** The envelope's payload as sent. */
  readonly sent: Sent;
}

interface PendingAck {
  readonly type: EnvelopeType;
  readonly sent: unknown;
  readonly sentAt: number;
  readonly resolve: (ack: SocketAck) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export interface SocketModeOptions {
  readonly appId: string;
  readonly ids: IdFactory;
  /** Slack pings about every 5–10 s; the client drops the link after 30 s without one. */
  readonly pingIntervalMs?: number;
  /** Keep acks in `acks`; default true. */
  readonly record?: boolean;
}

const LATE_AFTER_MS = 3000;

function closeGracefully(ws: WebSocket, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) {
      resolve();
      return;
    }
    const timer = setTimeout(() => ws.terminate(), timeoutMs);
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    if (ws.readyState === ws.OPEN) ws.close(1001, 'fake Slack stopping');
  });
}
const DEBUG_HOST = 'applink-fake-1';

/** The Socket Mode WebSocket at `/link/?ticket=…`: hello, pings, envelopes and their acks. */
export class FakeSocketMode {
  readonly acks: Recorder<SocketAck>;
  private readonly server = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    clientTracking: false,
  });
  private readonly sockets = new Set<WebSocket>();
  /** Connections gone half-open: open to both ends' kernels, but nothing is read, sent or answered. */
  private readonly silent = new Set<WebSocket>();
  private readonly tickets = new Set<string>();
  private readonly pending = new Map<string, PendingAck>();
  private readonly pingIntervalMs: number;

  constructor(private readonly options: SocketModeOptions) {
    this.pingIntervalMs = options.pingIntervalMs ?? 5000;
    this.acks = new Recorder<SocketAck>('Socket Mode ack', options.record ?? true);
  }

  /** The URL `apps.connections.open` returns; each ticket opens one connection. */
  issueUrl(wsBaseUrl: string): string {
    const ticket = this.options.ids.uuid();
    this.tickets.add(ticket);
    return `${wsBaseUrl}/link/?ticket=${ticket}&app_id=${this.options.appId}`;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, ticket: string | null): void {
    if (ticket === null || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  connected(): boolean {
    return this.newest() !== undefined;
  }

  get connectionCount(): number {
    return this.sockets.size;
  }

  /** Sends an envelope to the newest connection and resolves with the client's ack. */
  send<Sent>(type: EnvelopeType, payload: Sent, options: EnvelopeOptions = {}): Promise<SocketAck<Sent>> {
    const ws = this.newest();
    if (ws === undefined) return Promise.reject(new Error('fake Slack: no open Socket Mode connection'));
    const envelopeId = this.options.ids.uuid();
    const envelope = {
      envelope_id: envelopeId,
      payload,
      type,
      accepts_response_payload: options.acceptsResponsePayload ?? type === 'slash_commands',
      ...(type === 'events_api'
        ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? '' }
        : {}),
    };
    const timeoutMs = options.ackTimeoutMs ?? 5000;
    return new Promise<SocketAck<Sent>>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`fake Slack: no ack for ${type} envelope ${envelopeId} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const settle = (ack: SocketAck) => resolve(ack as SocketAck<Sent>);
      this.pending.set(envelopeId, {
        type,
        sent: payload,
        sentAt: performance.now(),
        resolve: settle,
        reject,
        timer,
      });
      ws.send(JSON.stringify(envelope));
    });
  }

  /** Slack's `disconnect` message (`refresh_requested`, `warning`, `link_disabled`); the client closes and reconnects. */
  disconnect(reason = 'refresh_requested'): void {
    this.newest()?.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: DEBUG_HOST } }));
  }

  /**
   * The newest connection stops answering without closing, like a link whose peer vanished (a half-open
   * TCP connection): no more pings, no pongs to the client's pings, its frames (acks, close) are never
   * read, and envelopes go to a newer connection or nowhere. Only the client's ping timeout can notice.
   */
  halfOpen(): void {
    const ws = this.newest();
    if (ws === undefined) return;
    this.silent.add(ws);
    ws.pause();
  }

  /** Drops every connection without a close handshake, like a network failure. */
  drop(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Connections that still answer (not half-open). */
  get liveCount(): number {
    return [...this.sockets].filter((ws) => ws.readyState === ws.OPEN && !this.silent.has(ws)).length;
  }

  /** Closes every connection with a close handshake (a peer that does not answer is cut after 500 ms). */
  async stop(): Promise<void> {
    for (const ws of this.silent) ws.terminate();
    await Promise.all([...this.sockets].map((ws) => closeGracefully(ws, 500)));
    this.server.close();
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`fake Slack stopped before envelope ${id} was acked`));
    }
    this.pending.clear();
    this.acks.close();
  }

  private newest(): WebSocket | undefined {
    let newest: WebSocket | undefined;
    for (const ws of this.sockets) if (ws.readyState === ws.OPEN && !this.silent.has(ws)) newest = ws;
    return newest;
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    const ping = setInterval(() => {
      if (!this.silent.has(ws)) ws.ping();
    }, this.pingIntervalMs).unref();
    ws.on('close', () => {
      clearInterval(ping);
      this.sockets.delete(ws);
      this.silent.delete(ws);
    });
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      if (!isBinary) this.receive(data);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: DEBUG_HOST, build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.options.appId },
      }),
    );
  }

  private receive(data: RawData): void {
    let message: { envelope_id?: unknown; payload?: unknown };
    try {
      message = JSON.parse(data.toString()) as typeof message;
    } catch {
      return;
    }
    const envelopeId = typeof message.envelope_id === 'string' ? message.envelope_id : undefined;
    const pending = envelopeId === undefined ? undefined : this.pending.get(envelopeId);
    if (envelopeId === undefined || pending === undefined) return;
    this.pending.delete(envelopeId);
    clearTimeout(pending.timer);
    const latencyMs = performance.now() - pending.sentAt;
    const payload = message.payload;
    const hasResponse = typeof payload === 'object' && payload !== null && Object.keys(payload).length > 0;
    const ack: SocketAck = {
      envelopeId,
      type: pending.type,
      payload: hasResponse ? (payload as Record<string, unknown>) : undefined,
      latencyMs,
      late: latencyMs > LATE_AFTER_MS,
      sent: pending.sent,
    };
    this.acks.push(ack);
    pending.resolve(ack);
  }
}
