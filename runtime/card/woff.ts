import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/**
 * The plain TrueType/OpenType font inside a WOFF 1.0 file (W3C WOFF 1.0, sections 4–5: a header, a table
 * directory, then each table zlib-compressed unless that would not make it smaller). Anything else is
 * returned as it is.
 *
 * Why: both fontkit (our measuring) and satori's opentype.js (its drawing) read WOFF, but each inflates
 * every table it touches in JavaScript, and a new card worker spent about half of its font work there.
 * Node's own zlib does it once, in native code, in well under a millisecond for a script's subset.
 */
export function sfntFromWoff(data: Buffer): Buffer {
  if (data.length < WOFF_HEADER || data.readUInt32BE(0) !== WOFF_SIGNATURE) return data;
  const flavor = data.readUInt32BE(4);
  const count = data.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const at = WOFF_HEADER + index * WOFF_ENTRY;
    const offset = data.readUInt32BE(at + 4);
    const compressed = data.readUInt32BE(at + 8);
    const length = data.readUInt32BE(at + 12);
    const stored = data.subarray(offset, offset + compressed);
    const bytes = compressed < length ? inflateSync(stored) : stored;
    if (bytes.length !== length) throw new Error('a WOFF table does not have its stated length');
    return { tag: data.readUInt32BE(at), checksum: data.readUInt32BE(at + 16), bytes };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const start = SFNT_HEADER + SFNT_ENTRY * count;
  const out = Buffer.alloc(tables.reduce((size, table) => size + padded(table.bytes.length), start));
  // The search fields of the sfnt header: the largest power of two ≤ count, and its log2.
  const power = 2 ** Math.floor(Math.log2(Math.max(1, count)));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * SFNT_ENTRY, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE((count - power) * SFNT_ENTRY, 10);
  let offset = start;
  tables.forEach((table, index) => {
    const entry = SFNT_HEADER + index * SFNT_ENTRY;
    out.writeUInt32BE(table.tag, entry);
    out.writeUInt32BE(table.checksum, entry + 4);
    out.writeUInt32BE(offset, entry + 8);
    out.writeUInt32BE(table.bytes.length, entry + 12);
    table.bytes.copy(out, offset);
    offset += padded(table.bytes.length);
  });
  return out;
}
