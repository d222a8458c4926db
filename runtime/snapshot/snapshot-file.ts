import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isAscii } from 'node:buffer';
import { crc32 } from 'node:zlib';
import type { Article, IndexSnapshot } from '../../src/index.js';
import { encodeArticles, type ArticleEntry } from './encode-articles.js';
import { blockCrcs, LazyLists, LIST_BLOCK_BYTES, type LazyList } from './lazy-lists.js';
import { removeAbandonedTemporaries, temporaryOf } from './snapshot-folders.js';
import { SnapshotText } from './snapshot-text.js';
import { StoredArticle, type ParagraphRows, type SentenceRows } from './stored-article.js';

/** The library snapshot in DATA_DIR: articles, index and the manifest of the content files, one file. */
export const SNAPSHOT_FILE = 'library-snapshot.bin';

/** Layout of the file; the build hash (see `build-inputs.ts`) covers the code that makes its contents. */
export const SNAPSHOT_FORMAT = 6;

const MAGIC = 'QBLS';
/** Magic, format, header length, header CRC-32, length of the whole file (a float64: it may pass 4 GB). */
const PREFIX_BYTES = 24;

/** One content file as the snapshot saw it. */
export interface ManifestEntry {
  /** Base name in the content folder. */
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  /**
   * SHA-256 of the bytes, compared when size or mtime differ (a touched but unchanged file is not parsed).
   */
  readonly hash: string;
  /** Why the file could not be loaded: reported at each load without parsing it again. */
  readonly problem?: string;
}

export interface LibrarySnapshot {
  readonly manifest: readonly ManifestEntry[];
  /** The articles of the manifest's files that loaded. */
  readonly articles: readonly Article[];
  readonly index: IndexSnapshot;
}

export type SnapshotRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'read'; readonly snapshot: LibrarySnapshot };

const INDEX_ARRAYS = ['termStems', 'postingOffsets', 'tokenOffsets', 'lengths'] as const;
/**
 * The posting and token lists, stored last before the text and outside the header's CRC: each block of them
 * has its own (section `listCrcs`), so that a load for one query may read only the blocks it needs (see
 * `LazyLists`).
 */
const LAZY_ARRAYS = ['postings', 'tokenTerms', 'tokenPositions'] as const;
/**
 * Index arrays of ids stored as 16-bit numbers when every id fits (passage numbers of a library of at most
 * 65,536 passages, term ids of a vocabulary of at most 65,536 terms): a load reads and checks less (a third
 * for the 233 State of the Union addresses). They are read as `Uint16Array`s, which the index takes as they
 * are.
 */
const NARROWABLE = { postings: 'passages', tokenTerms: 'terms' } as const;
type Narrowable = keyof typeof NARROWABLE;
const U16_IDS = 0x10000;

const SENTENCE_ARRAYS = ['start', 'end', 'byteStart', 'byteEnd', 'paragraph', 'duplicate', 'flags'] as const;
const PARAGRAPH_ARRAYS = ['start', 'end', 'byteStart', 'byteEnd', 'flags'] as const;

type Range = readonly [number, number];

interface Header {
  readonly build: string;
  /**
   * CRC-32 of everything after the header up to the posting and token lists (each block of these, and each
   * article's text, has its own).
   */
  readonly crc: number;
  readonly manifest: readonly ManifestEntry[];
  readonly articles: readonly ArticleEntry[];
  readonly index: { readonly version: number; readonly passageCount: number; readonly passageCheck: number };
  /** The `NARROWABLE` arrays stored as 16-bit ids. */
  readonly narrow: readonly Narrowable[];
  /** Byte ranges of the sections, from the end of the header. */
  readonly sections: Readonly<Record<string, Range>>;
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;
const bytesOf = (array: ArrayBufferView): Buffer =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** The file's bytes in order: buffers, and stored articles' text read from their snapshot when written. */
type Part = Buffer | (() => Buffer);

/** The snapshot as the parts of its file, in order. */
function encodeSnapshot(build: string, snapshot: LibrarySnapshot): Part[] {
  const { articles, text, sentences, paragraphs } = encodeArticles(snapshot.articles);
  const { index } = snapshot;
  const parts: Buffer[] = [];
  const sections: Record<string, Range> = {};
  let offset = 0;
  let crc = 0;
  const push = (bytes: Buffer): void => {
    // Node 20's crc32 of an empty view over an empty ArrayBuffer is 0, not the running value: skip it.
    if (bytes.length === 0) return;
    parts.push(bytes);
    crc = crc32(bytes, crc);
    offset += bytes.length;
  };
  /** A section of one or more parts, written one after the other, starting at a multiple of 8. */
  const add = (name: string, ...bytes: Buffer[]): void => {
    const start = align(offset);
    if (start > offset) push(Buffer.alloc(start - offset));
    for (const part of bytes) push(part);
    sections[name] = [start, offset];
  };
  add('terms', Buffer.from(index.terms.join('\n'), 'utf8'));
  add('stems', Buffer.from(index.stems.join('\n'), 'utf8'));
  const idCount = { passages: index.passageCount, terms: index.terms.length };
  const narrow = (Object.keys(NARROWABLE) as Narrowable[]).filter(
    (name) => idCount[NARROWABLE[name]] <= U16_IDS,
  );
  const stored = (name: (typeof INDEX_ARRAYS)[number] | (typeof LAZY_ARRAYS)[number]): Buffer => {
    const array = index[name];
    return bytesOf(
      narrow.includes(name as Narrowable) && !(array instanceof Uint16Array) ? new Uint16Array(array) : array,
    );
  };
  for (const name of INDEX_ARRAYS) add(name, stored(name));
  for (const name of SENTENCE_ARRAYS) add(`sentence.${name}`, bytesOf(sentences[name]));
  for (const name of PARAGRAPH_ARRAYS) add(`paragraph.${name}`, bytesOf(paragraphs[name]));
  const lazy = LAZY_ARRAYS.map(stored);
  add('listCrcs', bytesOf(Uint32Array.from(lazy.flatMap((bytes) => blockCrcs(bytes)))));
  // The head's CRC covers every byte before the first list, its alignment included.
  const listsStart = align(offset);
  if (listsStart > offset) push(Buffer.alloc(listsStart - offset));
  const headCrc = crc;
  LAZY_ARRAYS.forEach((name, at) => add(name, lazy[at]!));
  // The text comes last and is not in `crc`: a load reads everything before it, and each article's text
  // only when asked for, checked against the article's own CRC.
  const textStart = align(offset);
  if (textStart > offset) push(Buffer.alloc(textStart - offset));
  const textBytes = articles.reduce((sum, article) => sum + article.bytes, 0);
  sections.text = [textStart, textStart + textBytes];
  const header = Buffer.from(
    JSON.stringify({
      build,
      crc: headCrc,
      manifest: snapshot.manifest,
      articles,
      index: { version: index.version, passageCount: index.passageCount, passageCheck: index.passageCheck },
      narrow,
      sections,
    } satisfies Header),
    'utf8',
  );
  const base = align(PREFIX_BYTES + header.length);
  const prefix = Buffer.alloc(base);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(SNAPSHOT_FORMAT, 4);
  prefix.writeUInt32LE(header.length, 8);
  prefix.writeUInt32LE(crc32(header), 12);
  prefix.writeDoubleLE(base + textStart + textBytes, 16);
  header.copy(prefix, PREFIX_BYTES);
  return [prefix, ...parts, ...text];
}

const bytesOfPart = (part: Part): Buffer => (typeof part === 'function' ? part() : part);

/**
 * Writes the snapshot to a temporary file and renames it over the old one, so that a reader (or a second
 * process writing at the same time) only ever sees a whole file; then removes the temporary files that
 * processes which ended mid-write left there (see `removeAbandonedTemporaries`). Returns the file's path.
 */
export function writeSnapshot(dataDir: string, build: string, snapshot: LibrarySnapshot): string {
  const parts = encodeSnapshot(build, snapshot);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SNAPSHOT_FILE);
  const temporary = temporaryOf(file);
  const fd = openSync(temporary, 'w');
  try {
    for (const part of parts) writeSync(fd, bytesOfPart(part));
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, file);
  removeAbandonedTemporaries(file);
  return file;
}

/** Bytes written between two turns of the event loop by `writeSnapshotInTurns`. */
const TURN_BYTES = 4 << 20;

/**
 * `writeSnapshot` for a running bot: the file is written a few megabytes at a time, asynchronously, so that
 * requests are answered meanwhile. When `superseded()` says so before the rename (a newer save started), the
 * file is dropped instead. Abandoned temporary files are removed as `writeSnapshot` removes them. Returns
 * whether the snapshot was replaced.
 */
export async function writeSnapshotInTurns(
  dataDir: string,
  build: string,
  snapshot: LibrarySnapshot,
  superseded: () => boolean,
): Promise<boolean> {
  const parts = encodeSnapshot(build, snapshot);
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, SNAPSHOT_FILE);
  const temporary = temporaryOf(file);
  const handle = await open(temporary, 'w');
  try {
    let batch: Buffer[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      if (size > 0) await handle.write(batch.length === 1 ? batch[0]! : Buffer.concat(batch, size));
      batch = [];
      size = 0;
    };
    for (const part of parts) {
      const bytes = bytesOfPart(part);
      batch.push(bytes);
      size += bytes.length;
      if (size >= TURN_BYTES) await flush();
      if (superseded()) break;
    }
    await flush();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  if (superseded()) {
    await rm(temporary, { force: true });
    return false;
  }
  await rename(temporary, file);
  removeAbandonedTemporaries(file);
  return true;
}

/** A section as a typed array, copied only when its bytes do not start at a multiple of the element size. */
function view<T>(
  file: Buffer,
  [start, end]: Range,
  width: number,
  make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
): T {
  if ((file.byteOffset + start) % width === 0)
    return make(file.buffer, file.byteOffset + start, (end - start) / width);
  const copy = Buffer.from(file.subarray(start, end));
  return make(copy.buffer, copy.byteOffset, (end - start) / width);
}

const u32 = (file: Buffer, range: Range): Uint32Array =>
  view(file, range, 4, (buffer, offset, length) => new Uint32Array(buffer, offset, length));
const i32 = (file: Buffer, range: Range): Int32Array =>
  view(file, range, 4, (buffer, offset, length) => new Int32Array(buffer, offset, length));
const u8 = (file: Buffer, [start, end]: Range): Uint8Array => file.subarray(start, end);
const u16 = (file: Buffer, range: Range): Uint16Array =>
  view(file, range, 2, (buffer, offset, length) => new Uint16Array(buffer, offset, length));

const asU16 = (bytes: Uint8Array): Uint16Array =>
  new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
const asU32 = (bytes: Uint8Array): Uint32Array =>
  new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);

/** Reads `length` bytes at `position` into a new buffer (its own memory, so typed arrays over it align). */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.from(new ArrayBuffer(length));
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done === length ? bytes : bytes.subarray(0, done);
}

export interface SnapshotReadOptions {
  /**
   * Leave the posting and token lists in the file and read each block when its entries are first asked for
   * (`LazyLists`): for a process that answers one query. Damage in them is then found, and the snapshot
   * removed, when that block is read. Default: read and check them now.
   */
  readonly lazyLists?: boolean;
}

/**
 * Reads the snapshot. 'rejected' (with the reason) when it was written by another version of quotebot, was
 * cut off while written or does not match its checksum: the caller then rebuilds it from the content. What
 * a load needs (header, index, offsets) is read and checked now; each article's text stays in the file and
 * is checked when first read (see `SnapshotText`), which reports damage found then to `log`.
 */
export function readSnapshot(
  dataDir: string,
  build: string,
  log: (line: string) => void = () => undefined,
  options: SnapshotReadOptions = {},
): SnapshotRead {
  const path = join(dataDir, SNAPSHOT_FILE);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    // ENOTDIR: DATA_DIR (or a folder on its path) is a file, so it holds no snapshot; saving one says why.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'rejected', reason: `it cannot be read (${(error as Error).message})` };
  }
  let kept = false;
  try {
    const read = readOpen(fd, path, build, log, options.lazyLists === true);
    kept = read.kind === 'read';
    return read;
  } catch (error) {
    return { kind: 'rejected', reason: `it cannot be read (${(error as Error).message})` };
  } finally {
    if (!kept) closeSync(fd);
  }
}

function readOpen(
  fd: number,
  path: string,
  build: string,
  log: (line: string) => void,
  lazy: boolean,
): SnapshotRead {
  const reject = (reason: string): SnapshotRead => ({ kind: 'rejected', reason });
  const size = fstatSync(fd).size;
  const prefix = readAt(fd, 0, Math.min(size, PREFIX_BYTES));
  if (prefix.length < PREFIX_BYTES || prefix.toString('latin1', 0, 4) !== MAGIC)
    return reject('it is not a quotebot library snapshot');
  const format = prefix.readUInt32LE(4);
  if (format !== SNAPSHOT_FORMAT)
    return reject(`it has format ${format}, this version reads ${SNAPSHOT_FORMAT}`);
  const expected = prefix.readDoubleLE(16);
  if (size !== expected) return reject(`it is cut off (${size} of ${expected} bytes)`);
  const headerBytes = readAt(fd, PREFIX_BYTES, prefix.readUInt32LE(8));
  if (crc32(headerBytes) !== prefix.readUInt32LE(12)) return reject('its header is corrupt (checksum)');
  const header = JSON.parse(headerBytes.toString('utf8')) as Header;
  if (header.build !== build) return reject('it was built by another version of quotebot');
  const base = align(PREFIX_BYTES + headerBytes.length);
  const [textStart] = header.sections.text!;
  const [listsStart] = header.sections[LAZY_ARRAYS[0]]!;
  const body = readAt(fd, base, lazy ? listsStart : textStart);
  const corrupt = reject('it is corrupt (checksum)');
  if (body.length !== (lazy ? listsStart : textStart)) return corrupt;
  if (crc32(body.subarray(0, listsStart)) !== header.crc) return corrupt;
  const text = new SnapshotText(fd, base + textStart, path, log);
  const crcs = u32(body, header.sections.listCrcs!);
  let block = 0;
  const lists = LAZY_ARRAYS.map((name): LazyList => {
    const [start, end] = header.sections[name]!;
    const blocks = Math.ceil((end - start) / LIST_BLOCK_BYTES);
    block += blocks;
    return {
      name,
      // Zeros until read, when lazy: fresh pages that cost nothing until then.
      bytes: lazy ? new Uint8Array(end - start) : body.subarray(start, end),
      width: name === 'tokenPositions' || header.narrow.includes(name) ? 2 : 4,
      position: base + start,
      crcs: crcs.subarray(block - blocks, block),
    };
  });
  if (block !== crcs.length) return corrupt;
  if (!lazy) {
    for (const list of lists) {
      if (blockCrcs(list.bytes).some((crc, at) => crc !== list.crcs[at])) return corrupt;
    }
  }
  const [postings, tokenTerms, tokenPositions] = lists as [LazyList, LazyList, LazyList];
  const loaders = lazy
    ? {
        postingLoader: new LazyLists(text, [postings]),
        tokenLoader: new LazyLists(text, [tokenTerms, tokenPositions]),
      }
    : {};
  const index = { postings, tokenTerms, tokenPositions, loaders };
  return { kind: 'read', snapshot: decode(body, header, text, index) };
}

function decode(
  body: Buffer,
  header: Header,
  text: SnapshotText,
  /** The posting and token lists (zeros until read, when the loaders read them on demand). */
  lists: {
    readonly postings: LazyList;
    readonly tokenTerms: LazyList;
    readonly tokenPositions: LazyList;
    readonly loaders: { readonly postingLoader?: LazyLists; readonly tokenLoader?: LazyLists };
  },
): LibrarySnapshot {
  const section = (name: string): Range => header.sections[name]!;
  // Most vocabularies are ASCII: read as latin1 then, which skips UTF-8 decoding (same strings).
  const lines = ([start, end]: Range): string[] =>
    start === end
      ? []
      : body.toString(isAscii(body.subarray(start, end)) ? 'latin1' : 'utf8', start, end).split('\n');
  const ids = ({ bytes, width }: LazyList): Uint32Array | Uint16Array =>
    width === 2 ? asU16(bytes) : asU32(bytes);
  const rows = <K extends string>(prefix: string, names: readonly K[]): Record<K, Uint32Array> =>
    Object.fromEntries(names.map((name) => [name, u32(body, section(`${prefix}.${name}`))])) as Record<
      K,
      Uint32Array
    >;
  const sentences: SentenceRows = {
    ...rows('sentence', ['start', 'end', 'byteStart', 'byteEnd', 'paragraph'] as const),
    duplicate: i32(body, section('sentence.duplicate')),
    flags: u8(body, section('sentence.flags')),
  };
  const paragraphs: ParagraphRows = {
    ...rows('paragraph', ['start', 'end', 'byteStart', 'byteEnd'] as const),
    flags: u8(body, section('paragraph.flags')),
  };
  const articles: StoredArticle[] = [];
  let byte = 0;
  let sentence = 0;
  let paragraph = 0;
  for (const stored of header.articles) {
    articles.push(
      new StoredArticle(
        stored.slug,
        stored.meta,
        { source: text, offset: byte, bytes: stored.bytes, crc: stored.crc },
        sentences,
        sentence,
        stored.sentences,
        paragraphs,
        paragraph,
        stored.paragraphs,
        stored.code,
      ),
    );
    byte += stored.bytes;
    sentence += stored.sentences;
    paragraph += stored.paragraphs;
  }
  const index: IndexSnapshot = {
    ...header.index,
    terms: lines(section('terms')),
    stems: lines(section('stems')),
    termStems: u32(body, section('termStems')),
    postingOffsets: u32(body, section('postingOffsets')),
    postings: ids(lists.postings),
    tokenOffsets: u32(body, section('tokenOffsets')),
    tokenTerms: ids(lists.tokenTerms),
    tokenPositions: asU16(lists.tokenPositions.bytes),
    lengths: u16(body, section('lengths')),
    ...lists.loaders,
  };
  return { manifest: header.manifest, articles, index };
}
