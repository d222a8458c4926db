import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { API_VERSION } from './constants.js';
import type { ApiError } from './errors.js';
import { ApiFailure, ERRORS } from './errors.js';
import type { FaultQueue } from './faults.js';
import type { ParsedBody, UploadedFile } from './http-io.js';
import { BodyParseError, parseBody, readBody, sendJson } from './http-io.js';
import { decodePath } from './path-pattern.js';
import type { DiscordRateLimits } from './rate-limits.js';
import { Recorder } from './recorder.js';
import type { Route } from './route.js';

/** One REST request as the fake saw and answered it. */
export interface RecordedRequest {
  readonly seq: number;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
  readonly method: string;
  /** Decoded path after `/api/v10`, without the query: `/webhooks/123/<token>/messages/@original`. */
  readonly path: string;
  /** The path as sent, with the `/api/v10` prefix and percent-encoding. */
  readonly rawPath: string;
  /** `'POST /channels/:channelId/messages'`; undefined for a request no route matched. */
  readonly route: string | undefined;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body (for multipart: the parsed `payload_json`). */
  readonly body: any;
  readonly files: readonly UploadedFile[];
  readonly multipart: boolean;
  readonly status: number;
  readonly response: unknown;
  /** Answered by an injected fault (`failNext`). */
  readonly fault: boolean;
}

interface Matched {
  readonly route: Route;
  readonly params: Record<string, string>;
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  readonly fault: boolean;
  readonly after?: (() => void) | undefined;
}

const PREFIX = `/api/v${API_VERSION}`;
const NO_BODY: ParsedBody = { json: undefined, files: [], fields: {}, multipart: false };

/** Discord's REST API under `/api/v10`: auth, injected faults, routing, rate-limit headers, the request log. */
export class RestApi {
  readonly requests = new Recorder<RecordedRequest>('REST request');
  private seq = 0;

  constructor(
    private readonly routes: readonly Route[],
    private readonly faults: FaultQueue,
    private readonly botToken: string,
    private readonly limits: DiscordRateLimits,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = performance.now();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    const apiPath = url.pathname.startsWith(`${PREFIX}/`) ? url.pathname.slice(PREFIX.length) : undefined;
    const found = apiPath === undefined ? undefined : this.match(method, apiPath);
    const route = found && `${method} ${found.route.pattern.template}`;
    let headers: Readonly<Record<string, string>> = {};
    let body = NO_BODY;
    let answer: Answer;
    try {
      body = await parseBody(await readBody(request), request.headers['content-type']);
      answer = this.answer(request, method, url, apiPath, found, body, (admitted) => (headers = admitted));
    } catch (error) {
      answer = { ...failureFor(error), headers, fault: false };
    }
    sendJson(response, answer.status, answer.body, answer.headers);
    this.requests.push({
      seq: ++this.seq,
      at,
      method,
      path: decodePath(apiPath ?? url.pathname),
      rawPath: url.pathname,
      route,
      params: found?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: body.json,
      files: body.files,
      multipart: body.multipart,
      status: answer.status === 200 && answer.body === undefined ? 204 : answer.status,
      response: answer.body,
      fault: answer.fault,
    });
    answer.after?.();
  }

  /** The requests no route matched: a test can assert this stays empty. */
  unmatched(): RecordedRequest[] {
    return this.requests.items.filter((entry) => entry.route === undefined);
  }

  private answer(
    request: IncomingMessage,
    method: string,
    url: URL,
    apiPath: string | undefined,
    found: Matched | undefined,
    body: ParsedBody,
    admitted: (headers: Readonly<Record<string, string>>) => void,
  ): Answer {
    if (found === undefined || apiPath === undefined)
      return { ...ERRORS.notFound(), headers: {}, fault: false };
    if (found.route.auth && request.headers.authorization !== `Bot ${this.botToken}`) {
      return { ...ERRORS.unauthorized(), headers: {}, fault: false };
    }
    const routeName = `${method} ${found.route.pattern.template}`;
    const fault = this.faults.take(method, apiPath, this.limits.bucketHash(routeName));
    if (fault !== undefined) return { ...fault, fault: true };
    const admission = this.limits.admit(routeName, found.params, found.route.auth);
    if (!admission.ok) return { ...admission, fault: false };
    const { headers } = admission;
    admitted(headers);
    const reply = found.route.handle({
      params: found.params,
      query: url.searchParams,
      body: body.json,
      files: body.files,
      headers: request.headers,
    });
    return { status: reply.status, body: reply.body, headers, fault: false, after: reply.after };
  }

  private match(method: string, apiPath: string): Matched | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = route.pattern.match(apiPath);
      if (params !== undefined) return { route, params };
    }
    return undefined;
  }
}

function failureFor(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.error;
  if (error instanceof BodyParseError) return { status: 400, body: { message: error.message, code: 50109 } };
  console.error('fake Discord: route failed', error);
  return ERRORS.internal();
}
