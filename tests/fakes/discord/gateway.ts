import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { API_VERSION, INTENTS } from './constants.js';
import { FrameEncoder } from './gateway-encoding.js';
import { GatewaySession } from './gateway-session.js';
import { guildCreatePayload, readyPayload } from './guild-payloads.js';
import { sessionId } from './ids.js';
import { Recorder } from './recorder.js';
import { onShard, parseShard } from './shards.js';
import type { World } from './world.js';

/** A payload the client sent on the gateway. */
export interface GatewayFrame {
  readonly op: number;
  readonly d: any;
  /** `performance.now()` when it arrived. */
  readonly at: number;
  readonly connection: number;
}

export interface GatewayOptions {
  readonly heartbeatIntervalMs: number;
  /** The URL clients connect to (also sent as `resume_gateway_url`). */
  readonly url: () => string;
}

interface Connection {
  readonly id: number;
  readonly socket: WebSocket;
  readonly encoder: FrameEncoder;
  session: GatewaySession | undefined;
}

const OP = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  reconnect: 7,
  requestMembers: 8,
  invalidSession: 9,
  hello: 10,
  ack: 11,
} as const;
const CLOSE = {
  unknownOpcode: 4001,
  decodeError: 4002,
  notAuthenticated: 4003,
  authFailed: 4004,
  alreadyAuthenticated: 4005,
  invalidShard: 4010,
  invalidVersion: 4012,
  invalidIntents: 4013,
} as const;

/** Discord's gateway on `/gateway`: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME, dispatches. */
export class Gateway {
  readonly frames = new Recorder<GatewayFrame>('gateway frame');
  private readonly server = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly sessions = new Map<string, GatewaySession>();
  private readonly connections = new Set<Connection>();
  private nextConnectionId = 1;
  private tokenRevoked = false;

  constructor(
    private readonly world: World,
    private readonly options: GatewayOptions,
  ) {}

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws, url.searchParams));
  }

  /**
   * Sends an event to every identified session, or, given `guildId`, to the sessions on that guild's
   * shard (null: a DM, which Discord sends on shard 0). `data` may be a function of the session's intents
   * that returns undefined to skip the session. Returns how many sessions got it.
   */
  dispatch(event: string, data: unknown, guildId?: string | null): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      if (guildId !== undefined && !onShard(session.shard, guildId)) continue;
      const payload =
        typeof data === 'function' ? (data as (intents: number) => unknown)(session.intents) : data;
      if (payload !== undefined) {
        session.dispatch(event, payload);
        delivered += 1;
      }
    }
    return delivered;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  get openConnections(): number {
    return this.connections.size;
  }

  /** Sends op 7 RECONNECT: discord.js closes with 4200 and RESUMEs on `resume_gateway_url`. */
  requestReconnect(): void {
    for (const connection of this.connections) connection.encoder.send({ op: OP.reconnect, d: null });
  }

  /**
   * Drops connections from the server side with `code` (4000 leaves sessions resumable): every one, or
   * only those of the sessions identified on shard `shardId`.
   */
  disconnect(code = 4000, reason = 'fake Discord disconnect', shardId?: number): void {
    for (const connection of this.connections) {
      if (shardId !== undefined && connection.session?.shard[0] !== shardId) continue;
      connection.socket.close(code, reason);
    }
  }

  /** The `[id, count]` of every identified session (connected or waiting for RESUME). */
  get shards(): (readonly [number, number])[] {
    return [...this.sessions.values()].map((session) => [session.shard[0], session.shard[1]] as const);
  }

  /** From now on IDENTIFY and RESUME are refused with 4004 (Authentication failed). */
  revokeToken(): void {
    this.tokenRevoked = true;
  }

  stop(): void {
    for (const connection of this.connections) {
      connection.encoder.close();
      connection.socket.terminate();
    }
    this.connections.clear();
    this.sessions.clear();
    this.server.close();
    this.frames.close();
  }

  private accept(socket: WebSocket, query: URLSearchParams): void {
    const compress = query.get('compress');
    const connection: Connection = {
      id: this.nextConnectionId++,
      socket,
      encoder: new FrameEncoder(socket, compress === 'zlib-stream'),
      session: undefined,
    };
    this.connections.add(connection);
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('message', (raw, isBinary) => this.onMessage(connection, raw, isBinary));
    socket.on('error', () => socket.terminate());
    if (query.get('v') !== String(API_VERSION)) {
      socket.close(CLOSE.invalidVersion, 'Invalid API version');
    } else if ((query.get('encoding') ?? 'json') !== 'json') {
      socket.close(CLOSE.decodeError, 'fake Discord speaks encoding=json only');
    } else {
      connection.encoder.send({ op: OP.hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    }
  }

  private onMessage(connection: Connection, raw: RawData, isBinary: boolean): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frames are not JSON');
      frame = JSON.parse(raw.toString());
    } catch {
      connection.socket.close(CLOSE.decodeError, 'Error while decoding payload.');
      return;
    }
    const op = typeof frame.op === 'number' ? frame.op : -1;
    this.frames.push({ op, d: frame.d, at: performance.now(), connection: connection.id });
    switch (op) {
      case OP.heartbeat:
        connection.encoder.send({ op: OP.ack });
        return;
      case OP.identify:
        this.identify(connection, frame.d);
        return;
      case OP.resume:
        this.resume(connection, frame.d);
        return;
      case OP.requestMembers:
        this.requestMembers(connection, frame.d);
        return;
      case 3:
      case 4:
        if (connection.session === undefined) {
          connection.socket.close(CLOSE.notAuthenticated, 'Not authenticated.');
        }
        return;
      default:
        connection.socket.close(CLOSE.unknownOpcode, 'Unknown opcode.');
    }
  }

  private identify(connection: Connection, d: any): void {
    if (connection.session !== undefined) {
      connection.socket.close(CLOSE.alreadyAuthenticated, 'Already authenticated.');
    } else if (d?.token !== this.world.botToken || this.tokenRevoked) {
      connection.socket.close(CLOSE.authFailed, 'Authentication failed.');
    } else if (typeof d?.intents !== 'number') {
      connection.socket.close(CLOSE.invalidIntents, 'Invalid intent(s).');
    } else if (parseShard(d.shard) === undefined) {
      connection.socket.close(CLOSE.invalidShard, 'Invalid shard.');
    } else {
      const shard = parseShard(d.shard)!;
      connection.encoder.identifyCompress = d.compress === true && connection.encoder.compression === 'none';
      const session = new GatewaySession(sessionId(), d.intents, connection.encoder, shard);
      connection.session = session;
      this.sessions.set(session.id, session);
      const guilds = this.world.guilds.filter((guild) => onShard(shard, guild.id));
      session.dispatch('READY', readyPayload(this.world, session.id, this.options.url(), shard, guilds));
      if (session.hasIntent(INTENTS.guilds)) {
        for (const guild of guilds) session.dispatch('GUILD_CREATE', guildCreatePayload(guild));
      }
    }
  }

  private resume(connection: Connection, d: any): void {
    const session = typeof d?.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (d?.token !== this.world.botToken || this.tokenRevoked) {
      connection.socket.close(CLOSE.authFailed, 'Authentication failed.');
    } else if (session === undefined || typeof d?.seq !== 'number' || session.connected) {
      connection.encoder.send({ op: OP.invalidSession, d: false });
    } else {
      connection.session = session;
      session.resume(connection.encoder, d.seq);
    }
  }

  private requestMembers(connection: Connection, d: any): void {
    const session = connection.session;
    if (session === undefined) {
      connection.socket.close(CLOSE.notAuthenticated, 'Not authenticated.');
      return;
    }
    const guild = this.world.guild(String(d?.guild_id));
    if (guild === undefined) return;
    const ids: readonly string[] | undefined = Array.isArray(d.user_ids)
      ? d.user_ids
      : typeof d.user_ids === 'string'
        ? [d.user_ids]
        : undefined;
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const members = guild.members.filter((member) =>
      ids === undefined ? member.user.username.toLowerCase().startsWith(query) : ids.includes(member.user.id),
    );
    session.dispatch('GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: d.limit > 0 ? members.slice(0, d.limit) : members,
      chunk_index: 0,
      chunk_count: 1,
      ...(ids === undefined
        ? {}
        : { not_found: ids.filter((id) => !members.some((member) => member.user.id === id)) }),
      ...(d.nonce === undefined ? {} : { nonce: d.nonce }),
    });
  }

  private onClose(connection: Connection, code: number): void {
    this.connections.delete(connection);
    connection.encoder.close();
    const session = connection.session;
    if (session === undefined || session.encoder !== connection.encoder) return;
    // A client close with 1000/1001 ends the session; anything else (4200 from discord.js) keeps it resumable.
    if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    else session.detach();
  }
}
