import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultQueue, type FaultSpec } from './faults.js';
import type { PostMessageLimits } from './rate-limits.js';
import { Recorder } from './recorder.js';
import {
  APP_TOKEN_METHODS,
  DEFAULT_METHODS,
  type ApiArgs,
  type ApiResult,
  type MethodContext,
  type MethodHandler,
} from './web-api-methods.js';

/** One Web API request as the fake received and answered it. */
export interface ApiCall {
  readonly method: string;
  /** Form fields or JSON body (plus query string); `blocks`, `attachments`, `view`, `metadata` are parsed. */
  readonly args: ApiArgs;
  readonly headers: IncomingHttpHeaders;
  /** The token from `Authorization: Bearer …` or the `token` field. */
  readonly token: string | undefined;
  readonly status: number;
  /** The JSON answer, or the plain-text body of an injected 5xx. */
  readonly response: unknown;
  readonly fault: FaultSpec | undefined;
  /** `Date.now()` when the request was read. */
  readonly at: number;
}

export interface WebApiTokens {
  readonly botToken: string;
  readonly appToken: string;
}

/** WebClient JSON-encodes object arguments inside its form body; these are the ones tests look into. */
const JSON_FIELDS = new Set([
  'blocks',
  'attachments',
  'view',
  'metadata',
  'unfurls',
  'user_auth_blocks',
  'files',
]);

function parseArgs(
  headers: IncomingHttpHeaders,
  raw: string,
  query: URLSearchParams,
): Record<string, unknown> {
  const args: Record<string, unknown> = Object.fromEntries(query);
  const contentType = headers['content-type'] ?? '';
  if (contentType.startsWith('application/json')) {
    return raw === '' ? args : { ...args, ...(JSON.parse(raw) as Record<string, unknown>) };
  }
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

function bearer(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/** The `/api/<method>` endpoint: token checks, injected faults, then the method's answer, all recorded. */
export class FakeWebApi {
  readonly calls: Recorder<ApiCall>;
  private readonly faults = new FaultQueue();
  private readonly methods = new Map<string, MethodHandler>(Object.entries(DEFAULT_METHODS));
  private readonly stopping = new AbortController();

  constructor(
    private readonly tokens: WebApiTokens,
    private readonly context: MethodContext,
    record = true,
    private readonly postMessageLimits?: PostMessageLimits,
  ) {
    this.calls = new Recorder<ApiCall>('API call', record);
  }

  failNext(spec: FaultSpec): void {
    this.faults.add(spec);
  }

  /** Adds or replaces a method, e.g. `conversations.replies`, for one test. */
  onMethod(method: string, handler: MethodHandler): void {
    this.methods.set(method, handler);
  }

  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    raw: string,
    query: URLSearchParams,
  ) {
    const at = Date.now();
    let args: Record<string, unknown>;
    try {
      args = parseArgs(req.headers, raw, query);
    } catch {
      args = {};
    }
    const token = bearer(req.headers) ?? (typeof args.token === 'string' ? args.token : undefined);
    const fault = this.faults.take(method);
    const record = (status: number, response: unknown) =>
      this.calls.push({ method, args, headers: req.headers, token, status, response, fault, at });

    if (fault?.delayMs !== undefined) {
      try {
        await sleep(fault.delayMs, undefined, { signal: this.stopping.signal });
      } catch {
        return;
      }
    }
    const limitedFor =
      fault === undefined && method === 'chat.postMessage' && typeof args.channel === 'string'
        ? this.postMessageLimits?.take(args.channel)
        : undefined;
    if (fault?.status === 429 || limitedFor !== undefined) {
      const retryAfter = String(limitedFor ?? Math.floor(fault?.retryAfterSeconds ?? 1));
      const body = { ok: false, error: 'ratelimited' };
      record(429, body);
      res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': retryAfter });
      res.end(JSON.stringify(body));
      return;
    }
    if (fault?.status !== undefined && fault.status !== 200) {
      const body = `fake Slack: injected HTTP ${fault.status}`;
      record(fault.status, body);
      res.writeHead(fault.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(body);
      return;
    }
    const result =
      fault?.error !== undefined ? { ok: false, error: fault.error } : this.answer(method, token, args);
    record(200, result);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(result));
  }

  reset(): void {
    this.faults.clear();
    this.calls.clear();
  }

  stop(): void {
    this.stopping.abort();
    this.faults.clear();
    this.calls.close();
  }

  private answer(method: string, token: string | undefined, args: ApiArgs): ApiResult {
    const handler = this.methods.get(method);
    if (handler === undefined) return { ok: false, error: 'unknown_method' };
    if (token === undefined) return { ok: false, error: 'not_authed' };
    const expected = APP_TOKEN_METHODS.has(method) ? this.tokens.appToken : this.tokens.botToken;
    if (token !== expected) {
      const known = token === this.tokens.appToken || token === this.tokens.botToken;
      return { ok: false, error: known ? 'not_allowed_token_type' : 'invalid_auth' };
    }
    return handler(args, this.context);
  }
}
