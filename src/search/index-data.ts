import type { Passage } from '../content/article.js';

/** Version of `IndexSnapshot`'s layout and stems: a snapshot of another version is rebuilt, never read. */
export const INDEX_FORMAT_VERSION = 6;

/**
 * Ids (passage numbers, term ids) in a typed array: 32-bit as an index is built, 16-bit where a library
 * snapshot stores them so because every id fits (see `runtime/snapshot/snapshot-file.ts`).
 */
export type IdArray = Uint32Array | Uint16Array;

/**
 * Lists of the index read on demand (a library snapshot's, see `runtime/snapshot/lazy-lists.ts`):
 * `load(from, to)` makes entries `from` … `to - 1` readable (of `tokenTerms` and `tokenPositions`, or of
 * `postings`). A one-shot query then reads the posting lists of its terms and the tokens of the passages it
 * scores, not the whole index. Without a loader, every entry is in memory.
 */
export interface ListLoader {
  load(from: number, to: number): void;
}

/**
 * The search index as plain data (strings and typed arrays, no objects per sentence), in the shape
 * `Library.exportIndex()` returns and `Library.fromIndex()` takes. Passages are numbered 0…n-1 in the
 * library's order; terms and stems by first appearance. CSR layout: the entries of item i are
 * `values[offsets[i]] … values[offsets[i + 1] - 1]`.
 */
export interface IndexSnapshot {
  readonly version: number;
  readonly passageCount: number;
  /** Fingerprint of the passages the index was built from (ids and text lengths). */
  readonly passageCheck: number;
  /** Term of each term id (folded words, compounds and number aliases). */
  readonly terms: readonly string[];
  /** Stem of each stem id. */
  readonly stems: readonly string[];
  /** Stem id of each term id. */
  readonly termStems: Uint32Array;
  /** Term id → sorted passage numbers (CSR). */
  readonly postingOffsets: Uint32Array;
  readonly postings: IdArray;
  /** Passage number → its tokens in text order (CSR): term id and word position of each. */
  readonly tokenOffsets: Uint32Array;
  readonly tokenTerms: IdArray;
  readonly tokenPositions: Uint16Array;
  /** Words of each passage (aliases not counted), for length normalisation. */
  readonly lengths: Uint16Array;
  /** When the token lists are read on demand: what reads them (see `SentenceIndex.loadTokens`). */
  readonly tokenLoader?: ListLoader | undefined;
  /** When the posting lists are read on demand: what reads them (see `SentenceIndex.postings`). */
  readonly postingLoader?: ListLoader | undefined;
}

/** Makes every list of `data` readable: for code that reads or copies them whole. */
export function loadAllLists(data: IndexSnapshot): void {
  data.tokenLoader?.load(0, data.tokenTerms.length);
  data.postingLoader?.load(0, data.postings.length);
}

/**
 * FNV-1a over passage ids (slug once per run of its passages, then each index) and text lengths (`end -
 * start`): a snapshot only fits the passages it was built from. Reads no text and builds no string, so
 * that passages whose text is read lazily stay unread.
 */
export function passageCheckOf(passages: readonly Passage[]): number {
  let hash = 0x811c9dc5;
  const mix = (code: number): void => {
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  };
  let slug: string | undefined;
  for (const passage of passages) {
    if (passage.slug !== slug) {
      slug = passage.slug;
      for (let i = 0; i < slug.length; i++) mix(slug.charCodeAt(i));
    }
    mix(passage.index);
    const length = passage.end - passage.start;
    mix(length & 0xffff);
    mix(length >>> 16);
  }
  return hash >>> 0;
}
