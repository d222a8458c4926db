import type { FrameEncoder } from './gateway-encoding.js';
import type { ShardTuple } from './shards.js';

const REPLAY_LIMIT = 1000;

/**
 * One identified gateway session: its own sequence numbers, and the recent dispatches kept for RESUME. While
 * its connection is gone (between a drop and the client's RESUME) dispatches are only buffered, as on
 * Discord, and replayed after the RESUME.
 */
export class GatewaySession {
  private seq = 0;
  private readonly recent: { readonly seq: number; readonly text: string }[] = [];
  encoder: FrameEncoder | undefined;

  constructor(
    readonly id: string,
    readonly intents: number,
    encoder: FrameEncoder,
    /** The `[id, count]` the client identified with: it gets only the events of its shard's guilds. */
    readonly shard: ShardTuple,
  ) {
    this.encoder = encoder;
  }

  get sequence(): number {
    return this.seq;
  }

  get connected(): boolean {
    return this.encoder !== undefined;
  }

  hasIntent(bit: number): boolean {
    return (this.intents & bit) === bit;
  }

  dispatch(event: string, data: unknown): number {
    this.seq += 1;
    const text = JSON.stringify({ op: 0, t: event, s: this.seq, d: data });
    this.recent.push({ seq: this.seq, text });
    if (this.recent.length > REPLAY_LIMIT) this.recent.shift();
    this.encoder?.sendText(text);
    return this.seq;
  }

  /** Re-attaches a connection after RESUME and replays what the client missed, then RESUMED. */
  resume(encoder: FrameEncoder, lastSeq: number): number {
    this.encoder = encoder;
    const missed = this.recent.filter((entry) => entry.seq > lastSeq);
    for (const entry of missed) encoder.sendText(entry.text);
    this.dispatch('RESUMED', {});
    return missed.length;
  }

  detach(): void {
    this.encoder = undefined;
  }
}
