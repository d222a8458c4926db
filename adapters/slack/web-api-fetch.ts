import type { IncomingHttpHeaders } from 'node:http';
import type { webApi } from '@slack/bolt';
import { Agent, request, type Dispatcher } from 'undici';

type FetchFunction = webApi.FetchFunction;
type FetchResponse = Awaited<ReturnType<FetchFunction>>;

/** The WHATWG `Headers` lookups the Web API client makes on a response, over undici's plain object. */
function headersOf(raw: IncomingHttpHeaders): FetchResponse['headers'] {
  const value = (name: string): string | null => {
    const found = raw[name.toLowerCase()];
    if (found === undefined) return null;
    return Array.isArray(found) ? found.join(', ') : found;
  };
  return {
    get: value,
    *entries() {
      for (const name of Object.keys(raw)) yield [name, value(name)!];
    },
  };
}

/**
 * The `fetch` given to Bolt (`clientOptions.fetch`): the Web API client (`chat.postMessage`, …) and
 * `respond()` (response_url) call it for every reply. Both take a minimal response contract (status,
 * headers, body as text, JSON or bytes: `webApi.FetchFunction`), which undici's `request` fills at a
 * fraction of WHATWG fetch's cost per call (no Request/Response objects, no web streams): under a burst
 * of mentions, the global fetch was a third of the bot's CPU per event.
 *
 * Only plain calls go this way: a string body and headers as an object, answered without a redirect.
 * Anything else (file uploads with a FormData body, a redirect to follow or to refuse) is handed to
 * `fallback`, the global fetch, exactly as the client would have sent it. Errors (network, timeout
 * through `signal`) reject as fetch's do, and the Web API client wraps them as it wraps fetch's.
 */
export function createSlackFetch(
  fallback: FetchFunction = globalThis.fetch as unknown as FetchFunction,
  dispatcher: Dispatcher = new Agent(),
): FetchFunction {
  return async (url, init) => {
    if (typeof init?.body !== 'string' && init?.body !== undefined) return fallback(url, init);
    const href = String(url);
    const answer = await request(href, {
      method: (init?.method ?? 'GET') as Dispatcher.HttpMethod,
      ...(init?.headers === undefined ? {} : { headers: init.headers }),
      ...(init?.body === undefined ? {} : { body: init.body }),
      ...(init?.signal === undefined ? {} : { signal: init.signal }),
      dispatcher,
    });
    const { statusCode, statusText, headers, body } = answer;
    if (statusCode >= 300 && statusCode < 400) {
      // fetch follows or refuses redirects as `init.redirect` says; the Web API never sends one.
      await body.dump();
      return fallback(url, init);
    }
    const bytes = await body.arrayBuffer();
    const text = (): string => Buffer.from(bytes).toString('utf8');
    return {
      ok: statusCode >= 200 && statusCode < 300,
      status: statusCode,
      statusText,
      url: href,
      headers: headersOf(headers),
      arrayBuffer: async () => bytes,
      text: async () => text(),
      json: async () => JSON.parse(text()) as unknown,
    };
  };
}
