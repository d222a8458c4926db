import { TextDecoder } from 'node:util';
import { ImportWarningCode, type ImportWarning } from '../../src/index.js';

/** Decoded text, or why the bytes are not text. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly ImportWarning[] }
  | { readonly ok: false; readonly reason: 'binary' | 'not-utf8' };

const SNIFF_BYTES = 8192;

/** The charset a page declares in its first kilobytes (`<meta charset>` or `http-equiv`). */
function declaredInPage(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * Turns bytes into text. A byte-order mark decides first (UTF-8, UTF-16); NUL bytes mean binary; then
 * the charset the server or the page declares; then strict UTF-8. Text that is none of these is refused
 * rather than turned into replacement characters, unless `legacyFallback` (web pages: browsers read
 * undeclared pages as windows-1252 too).
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: { readonly declared?: string | undefined; readonly legacyFallback?: boolean } = {},
): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), warnings: [] };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(label).decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary' };
  const declared = decoderFor(options.declared ?? declaredInPage(bytes));
  if (declared && declared.encoding !== 'utf-8')
    return { ok: true, text: declared.decode(bytes), warnings: [] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    if (!options.legacyFallback) return { ok: false, reason: 'not-utf8' };
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      warnings: [{ code: ImportWarningCode.DecodedAs, detail: 'windows-1252' }],
    };
  }
}
