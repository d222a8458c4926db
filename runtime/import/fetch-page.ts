import { failed, ImportProblemCode, succeeded, type ImportOutcome } from '../../src/index.js';
import { decodeBytes } from './decode.js';
import type { SourceText } from './read-file.js';

/** Media types the import reads; anything else (images, PDFs, archives, JSON) is not a page. */
const READABLE_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
]);

const USER_AGENT = 'quotebot-import/0.1 (+https://github.com/; article import for a chat bot)';

function isTimeout(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Reads a body up to `maxBytes`; undefined when it is longer (the rest is not downloaded). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a page to import with the global `fetch`: redirects followed, one deadline for headers and
 * body (`timeoutMs`), the body cut off past `maxBytes`, and only pages or text accepted. Every failure
 * is a value naming the address.
 */
export async function fetchPage(
  address: string,
  options: { readonly timeoutMs: number; readonly maxBytes: number },
): Promise<ImportOutcome<SourceText>> {
  const source = address;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return failed({ code: ImportProblemCode.FetchFailed, source, detail: 'not a valid address' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return failed({
      code: ImportProblemCode.FetchFailed,
      source,
      detail: `${url.protocol} addresses are not supported`,
    });
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.1',
      },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return failed({
        code: ImportProblemCode.HttpStatus,
        source,
        status: response.status,
        detail: response.statusText,
      });
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (mediaType !== '' && !READABLE_TYPES.has(mediaType)) {
      await response.body?.cancel().catch(() => undefined);
      return failed({ code: ImportProblemCode.NotAPage, source, detail: mediaType });
    }
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return failed({ code: ImportProblemCode.TooLarge, source, limit: options.maxBytes });
    }
    const bytes = await readLimited(response, options.maxBytes);
    if (bytes === undefined)
      return failed({ code: ImportProblemCode.TooLarge, source, limit: options.maxBytes });
    if (bytes.length === 0) return failed({ code: ImportProblemCode.Empty, source });
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
    const decoded = decodeBytes(bytes, { declared: charset, legacyFallback: true });
    if (!decoded.ok) return failed({ code: ImportProblemCode.Binary, source, detail: decoded.reason });
    const page = {
      text: decoded.text,
      url: response.url || url.href,
      ...(mediaType === '' ? {} : { mediaType }),
    };
    return succeeded(page, decoded.warnings);
  } catch (error) {
    if (isTimeout(error))
      return failed({ code: ImportProblemCode.Timeout, source, limit: options.timeoutMs });
    return failed({ code: ImportProblemCode.FetchFailed, source, detail: reasonOf(error) });
  }
}
