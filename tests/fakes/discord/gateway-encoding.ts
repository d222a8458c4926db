import { constants, createDeflate, deflateSync } from 'node:zlib';
import type { Deflate } from 'node:zlib';
import type { WebSocket } from 'ws';

const SYNC_FLUSH_SUFFIX = Buffer.from([0x00, 0x00, 0xff, 0xff]);

/**
 * Writes gateway payloads to one connection the way Discord does for what the client asked:
 * - plain JSON text frames (discord.js without zlib-sync, the common case);
 * - `compress=zlib-stream` in the URL: one zlib context for the whole connection, every payload ends with a
 *   Z_SYNC_FLUSH (`00 00 ff ff`) in a binary frame;
 * - `compress: true` in IDENTIFY (`identifyCompress`): each payload after it is a whole zlib message.
 */
export class FrameEncoder {
  private readonly deflate: Deflate | undefined;
  private pending: Buffer[] = [];
  identifyCompress = false;

  constructor(
    private readonly socket: WebSocket,
    zlibStream: boolean,
  ) {
    if (!zlibStream) return;
    this.deflate = createDeflate({ flush: constants.Z_SYNC_FLUSH });
    this.deflate.on('data', (chunk: Buffer) => this.collect(chunk));
    this.deflate.on('error', () => socket.terminate());
  }

  get compression(): 'zlib-stream' | 'identify' | 'none' {
    if (this.deflate !== undefined) return 'zlib-stream';
    return this.identifyCompress ? 'identify' : 'none';
  }

  send(payload: object): void {
    this.sendText(JSON.stringify(payload));
  }

  /** Sends an already serialised payload (replays and broadcasts serialise once). */
  sendText(text: string): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.deflate !== undefined) this.deflate.write(text);
    else if (this.identifyCompress) this.socket.send(deflateSync(text), { binary: true });
    else this.socket.send(text);
  }

  close(): void {
    this.deflate?.destroy();
  }

  private collect(chunk: Buffer): void {
    this.pending.push(chunk);
    if (chunk.length < 4 || !chunk.subarray(chunk.length - 4).equals(SYNC_FLUSH_SUFFIX)) return;
    const frame = this.pending.length === 1 ? chunk : Buffer.concat(this.pending);
    this.pending = [];
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(frame, { binary: true });
  }
}
