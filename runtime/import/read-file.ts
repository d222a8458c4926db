import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { failed, ImportProblemCode, succeeded, type ImportOutcome } from '../../src/index.js';
import { decodeBytes } from './decode.js';

/** A source read into text, with what tells its format. */
export interface SourceText {
  readonly text: string;
  readonly fileName?: string;
  readonly mediaType?: string;
  /** The address the text came from, after redirects. */
  readonly url?: string;
}

const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Reads a file to import: refuses what is missing, unreadable, a folder, empty, larger than `maxBytes`,
 * or not text (NUL bytes, bytes that are not UTF-8 and not a page with a declared charset).
 */
export function readSourceFile(path: string, maxBytes: number): ImportOutcome<SourceText> {
  const source = path;
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return failed({ code: ImportProblemCode.Unreadable, source, detail: 'EISDIR' });
    size = stats.size;
  } catch (error) {
    const code = errnoOf(error);
    return failed({
      code: code === 'ENOENT' ? ImportProblemCode.NotFound : ImportProblemCode.Unreadable,
      source,
      detail: code,
    });
  }
  if (size > maxBytes) return failed({ code: ImportProblemCode.TooLarge, source, limit: maxBytes });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return failed({ code: ImportProblemCode.Unreadable, source, detail: errnoOf(error) });
  }
  if (bytes.length > maxBytes) return failed({ code: ImportProblemCode.TooLarge, source, limit: maxBytes });
  if (bytes.length === 0) return failed({ code: ImportProblemCode.Empty, source });
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed({ code: ImportProblemCode.Binary, source, detail: decoded.reason });
  return succeeded({ text: decoded.text, fileName: basename(path) }, decoded.warnings);
}
