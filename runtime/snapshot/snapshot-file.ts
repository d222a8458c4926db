import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { Article, IndexSnapshot } from '../../src/index.js';
import { encodeArticles, type ArticleEntry } from './encode-articles.js';
import { StoredArticle, type SentenceRows, type TextRows } from './stored-article.js';

/** The library snapshot in DATA_DIR: articles, index and the manifest of the content files, one file. */
export const SNAPSHOT_FILE = 'library-snapshot.bin';

/** Layout of the file; the build hash (see `build-inputs.ts`) covers the code that makes its contents. */
export const SNAPSHOT_FORMAT = 1;

const MAGIC = 'QBLS';
/** Magic, format, header length, header CRC-32, length of the whole file (a float64: it may pass 4 GB). */
const PREFIX_BYTES = 24;

/** One content file as the snapshot saw it. */
export interface ManifestEntry {
  /** Base name in the content folder. */
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the bytes, compared when size or mtime differ (a touched but unchanged file is not parsed). */
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

const INDEX_ARRAYS = [
  'termStems',
  'postingOffsets',
  'postings',
  'tokenOffsets',
  'tokenTerms',
  'tokenPositions',
  'lengths',
] as const;
const SENTENCE_ARRAYS = ['start', 'end', 'byteStart', 'byteEnd', 'paragraph', 'duplicate'] as const;
const PARAGRAPH_ARRAYS = ['start', 'end', 'byteStart', 'byteEnd'] as const;

type Range = readonly [number, number];

interface Header {
  readonly build: string;
  /** CRC-32 of everything after the header. */
  readonly crc: number;
  readonly manifest: readonly ManifestEntry[];
  readonly articles: readonly ArticleEntry[];
  readonly index: { readonly version: number; readonly passageCount: number; readonly passageCheck: number };
  /** Byte ranges of the sections, from the end of the header. */
  readonly sections: Readonly<Record<string, Range>>;
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;
const bytesOf = (array: ArrayBufferView): Buffer =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/**
 * Writes the snapshot to a temporary file and renames it over the old one, so that a reader (or a second
 * process writing at the same time) only ever sees a whole file. Returns the file's path.
 */
export function writeSnapshot(dataDir: string, build: string, snapshot: LibrarySnapshot): string {
  const { articles, text, sentences, paragraphs } = encodeArticles(snapshot.articles);
  const { index } = snapshot;
  const parts: Buffer[] = [];
  const sections: Record<string, Range> = {};
  let offset = 0;
  let crc = 0;
  const push = (bytes: Buffer): void => {
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
  for (const name of INDEX_ARRAYS) add(name, bytesOf(index[name]));
  for (const name of SENTENCE_ARRAYS) add(`sentence.${name}`, bytesOf(sentences[name]));
  for (const name of PARAGRAPH_ARRAYS) add(`paragraph.${name}`, bytesOf(paragraphs[name]));
  add('text', ...text);
  const header = Buffer.from(
    JSON.stringify({
      build,
      crc,
      manifest: snapshot.manifest,
      articles,
      index: { version: index.version, passageCount: index.passageCount, passageCheck: index.passageCheck },
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
  prefix.writeDoubleLE(base + offset, 16);
  header.copy(prefix, PREFIX_BYTES);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SNAPSHOT_FILE);
  const temporary = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    for (const part of [prefix, ...parts]) writeSync(fd, part);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, file);
  return file;
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
const u16 = (file: Buffer, range: Range): Uint16Array =>
  view(file, range, 2, (buffer, offset, length) => new Uint16Array(buffer, offset, length));

/**
 * Reads the snapshot. 'rejected' (with the reason) when it was written by another version of quotebot, was
 * cut off while written or does not match its checksum: the caller then rebuilds it from the content.
 */
export function readSnapshot(dataDir: string, build: string): SnapshotRead {
  let file: Buffer;
  try {
    file = readFileSync(join(dataDir, SNAPSHOT_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'rejected', reason: `it cannot be read (${(error as Error).message})` };
  }
  const reject = (reason: string): SnapshotRead => ({ kind: 'rejected', reason });
  if (file.length < PREFIX_BYTES || file.toString('latin1', 0, 4) !== MAGIC)
    return reject('it is not a quotebot library snapshot');
  const format = file.readUInt32LE(4);
  if (format !== SNAPSHOT_FORMAT)
    return reject(`it has format ${format}, this version reads ${SNAPSHOT_FORMAT}`);
  const expected = file.readDoubleLE(16);
  if (file.length !== expected) return reject(`it is cut off (${file.length} of ${expected} bytes)`);
  const headerBytes = file.subarray(PREFIX_BYTES, PREFIX_BYTES + file.readUInt32LE(8));
  if (crc32(headerBytes) !== file.readUInt32LE(12)) return reject('its header is corrupt (checksum)');
  const header = JSON.parse(headerBytes.toString('utf8')) as Header;
  if (header.build !== build) return reject('it was built by another version of quotebot');
  const body = file.subarray(align(PREFIX_BYTES + headerBytes.length));
  if (crc32(body) !== header.crc) return reject('it is corrupt (checksum)');
  return { kind: 'read', snapshot: decode(body, header) };
}

function decode(body: Buffer, header: Header): LibrarySnapshot {
  const section = (name: string): Range => header.sections[name]!;
  const lines = ([start, end]: Range): string[] =>
    start === end ? [] : body.toString('utf8', start, end).split('\n');
  const rows = <K extends string>(prefix: string, names: readonly K[]): Record<K, Uint32Array> =>
    Object.fromEntries(names.map((name) => [name, u32(body, section(`${prefix}.${name}`))])) as Record<
      K,
      Uint32Array
    >;
  const sentences: SentenceRows = {
    ...rows('sentence', ['start', 'end', 'byteStart', 'byteEnd', 'paragraph'] as const),
    duplicate: i32(body, section('sentence.duplicate')),
  };
  const paragraphs: TextRows = rows('paragraph', PARAGRAPH_ARRAYS);
  const [textStart] = section('text');
  const articles: StoredArticle[] = [];
  let byte = textStart;
  let sentence = 0;
  let paragraph = 0;
  for (const stored of header.articles) {
    const bytes = body.subarray(byte, byte + stored.bytes);
    articles.push(
      new StoredArticle(
        stored.slug,
        stored.meta,
        bytes,
        sentences,
        sentence,
        stored.sentences,
        paragraphs,
        paragraph,
        stored.paragraphs,
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
    postings: u32(body, section('postings')),
    tokenOffsets: u32(body, section('tokenOffsets')),
    tokenTerms: u32(body, section('tokenTerms')),
    tokenPositions: u16(body, section('tokenPositions')),
    lengths: u16(body, section('lengths')),
  };
  return { manifest: header.manifest, articles, index };
}
