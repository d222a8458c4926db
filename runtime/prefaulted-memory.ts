import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { IndexMemory, IndexSnapshot } from '../src/index.js';

/** Bytes touched between two turns of the event loop: a few milliseconds, so that requests are answered. */
const TOUCH_BYTES = 4 << 20;
/** Room for the edit's own tokens and postings: a share of each array, and at least this many bytes. */
const SLACK_SHARE = 0.02;
const SLACK_BYTES = 1 << 20;

/**
 * Memory for the next index update, written once in advance while the bot waits for a burst of file
 * changes to settle. On a virtual machine the first write to each fresh page is a fault that costs more
 * than the update's copying itself (about 4 ms per MB measured here, against 0.1 ms per MB once written),
 * so the reload after that wait only copies. Each buffer is handed out once, zero-filled, and never
 * reused: an old library keeps its own arrays. What the update does not take is dropped by `release`.
 */
export class PrefaultedMemory implements IndexMemory {
  private spare: ArrayBuffer[] = [];
  private round = 0;

  /** Starts allocating and touching, a few MB per turn, buffers for an update of an index like `index`. */
  prepare(index: IndexSnapshot): void {
    const round = ++this.round;
    const arrays = [
      index.tokenOffsets,
      index.tokenTerms,
      index.tokenPositions,
      index.lengths,
      index.postingOffsets,
      index.postings,
    ];
    const sizes = arrays.map(
      (array) => Math.ceil((array.byteLength * (1 + SLACK_SHARE) + SLACK_BYTES) / 8) * 8,
    );
    void this.touch(sizes, round);
  }

  /** Drops the buffers not handed out, and stops touching. */
  release(): void {
    this.round += 1;
    this.spare = [];
  }

  uint32(length: number): Uint32Array {
    const buffer = this.take(length * 4);
    return buffer ? new Uint32Array(buffer, 0, length) : new Uint32Array(length);
  }

  uint16(length: number): Uint16Array {
    const buffer = this.take(length * 2);
    return buffer ? new Uint16Array(buffer, 0, length) : new Uint16Array(length);
  }

  /** The smallest spare buffer that holds `bytes` (taken out of the pool), if any. */
  private take(bytes: number): ArrayBuffer | undefined {
    let best = -1;
    for (let i = 0; i < this.spare.length; i++) {
      const size = this.spare[i]!.byteLength;
      if (size >= bytes && (best < 0 || size < this.spare[best]!.byteLength)) best = i;
    }
    return best < 0 ? undefined : this.spare.splice(best, 1)[0];
  }

  private async touch(sizes: readonly number[], round: number): Promise<void> {
    for (const size of sizes) {
      const buffer = new ArrayBuffer(size);
      this.spare.push(buffer);
      const bytes = new Uint8Array(buffer);
      for (let at = 0; at < size; at += TOUCH_BYTES) {
        await yieldToEvents();
        // Released, or handed out meanwhile: its new owner's data must not be overwritten.
        if (round !== this.round || !this.spare.includes(buffer)) return;
        // Zero over zero: the page is written (faulted in) and the buffer stays zero-filled.
        bytes.fill(0, at, Math.min(size, at + TOUCH_BYTES));
      }
    }
  }
}
