import { crc32 } from 'node:zlib';
import type { TokenLoader } from '../../src/index.js';
import type { SnapshotText } from './snapshot-text.js';

/**
 * Bytes of a token list read (and checked) at a time. A query scores a few hundred passages spread over the
 * library: blocks of a page or two read a few percent of the lists, in few reads.
 */
export const TOKEN_BLOCK_BYTES = 8192;

/** A token list of the snapshot, filled block by block from the file. */
export interface LazyTokenList {
  /** The list's memory (zeros until read). */
  readonly bytes: Uint8Array;
  /** Bytes per token. */
  readonly width: number;
  /** Where the list starts in the file. */
  readonly position: number;
  /** CRC-32 of each block of `TOKEN_BLOCK_BYTES` (the last one shorter). */
  readonly crcs: Uint32Array;
}

/**
 * The token lists (`tokenTerms`, `tokenPositions`) of a snapshot loaded for one query (the CLI): they stay in
 * the file until a passage's tokens are asked for, then the blocks that hold them are read into the arrays
 * and checked. Damage found then removes the snapshot (see `SnapshotText`) and fails the query.
 */
export class LazyTokens implements TokenLoader {
  private readonly read: Uint8Array[];

  constructor(
    private readonly source: SnapshotText,
    private readonly lists: readonly LazyTokenList[],
  ) {
    this.read = lists.map((list) => new Uint8Array(list.crcs.length));
  }

  load(from: number, to: number): void {
    if (to <= from) return;
    for (let l = 0; l < this.lists.length; l++) {
      const list = this.lists[l]!;
      const read = this.read[l]!;
      const last = Math.floor((to * list.width - 1) / TOKEN_BLOCK_BYTES);
      for (let block = Math.floor((from * list.width) / TOKEN_BLOCK_BYTES); block <= last; block++) {
        if (read[block] === 1) continue;
        const start = block * TOKEN_BLOCK_BYTES;
        const bytes = list.bytes.subarray(start, Math.min(start + TOKEN_BLOCK_BYTES, list.bytes.length));
        this.source.checkedInto(
          list.position + start,
          bytes,
          list.crcs[block]!,
          `block ${block} of the tokens`,
        );
        read[block] = 1;
      }
    }
  }
}

/** CRC-32 of each block of `bytes`, as `LazyTokenList.crcs` holds them. */
export function blockCrcs(bytes: Uint8Array): number[] {
  const crcs: number[] = [];
  for (let start = 0; start < bytes.length; start += TOKEN_BLOCK_BYTES)
    crcs.push(crc32(bytes.subarray(start, start + TOKEN_BLOCK_BYTES)));
  return crcs;
}
