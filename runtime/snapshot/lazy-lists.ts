import { crc32 } from 'node:zlib';
import type { ListLoader } from '../../src/index.js';
import type { SnapshotText } from './snapshot-text.js';

/**
 * Bytes of a list read (and checked) at a time. A query reads a few posting lists and scores a few hundred
 * passages spread over the library: blocks of two pages read a few percent of the lists, in few reads.
 */
export const LIST_BLOCK_BYTES = 8192;

/** A list of the index (postings, token terms or positions) in the snapshot, filled block by block. */
export interface LazyList {
  /** Its name, in the line that reports damage. */
  readonly name: string;
  /** The list's memory (zeros until read). */
  readonly bytes: Uint8Array;
  /** Bytes per entry. */
  readonly width: number;
  /** Where the list starts in the file. */
  readonly position: number;
  /** CRC-32 of each block of `LIST_BLOCK_BYTES` (the last one shorter). */
  readonly crcs: Uint32Array;
}

/**
 * Lists of a snapshot loaded for one query (the CLI), entries of the same numbering (the postings; or the
 * token terms and positions): they stay in the file until entries are asked for, then the blocks that hold
 * them are read into the arrays and checked. Damage found then removes the snapshot (see `SnapshotText`)
 * and fails the query.
 */
export class LazyLists implements ListLoader {
  private readonly read: Uint8Array[];

  constructor(
    private readonly source: SnapshotText,
    private readonly lists: readonly LazyList[],
  ) {
    this.read = lists.map((list) => new Uint8Array(list.crcs.length));
  }

  load(from: number, to: number): void {
    if (to <= from) return;
    for (let l = 0; l < this.lists.length; l++) {
      const list = this.lists[l]!;
      const read = this.read[l]!;
      const last = Math.floor((to * list.width - 1) / LIST_BLOCK_BYTES);
      for (let block = Math.floor((from * list.width) / LIST_BLOCK_BYTES); block <= last; block++) {
        if (read[block] === 1) continue;
        const start = block * LIST_BLOCK_BYTES;
        const bytes = list.bytes.subarray(start, Math.min(start + LIST_BLOCK_BYTES, list.bytes.length));
        this.source.checkedInto(
          list.position + start,
          bytes,
          list.crcs[block]!,
          `block ${block} of ${list.name}`,
        );
        read[block] = 1;
      }
    }
  }
}

/** CRC-32 of each block of `bytes`, as `LazyList.crcs` holds them. */
export function blockCrcs(bytes: Uint8Array): number[] {
  const crcs: number[] = [];
  for (let start = 0; start < bytes.length; start += LIST_BLOCK_BYTES)
    crcs.push(crc32(bytes.subarray(start, start + LIST_BLOCK_BYTES)));
  return crcs;
}
