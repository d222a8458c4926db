import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { IdFactory } from './ids.js';
import type { ResponseUrlLimits } from './rate-limits.js';
import { Recorder } from './recorder.js';

/** A message posted to a `response_url` (what Bolt's `respond()` sends). */
export interface ResponseUrlPost {
  /** The `<id>` of `/response/<id>`. */
  readonly id: string;
  readonly body: ResponseUrlBody;
  readonly headers: IncomingHttpHeaders;
  readonly at: number;
}

export interface ResponseUrlBody {
  readonly response_type?: 'in_channel' | 'ephemeral';
  readonly replace_original?: boolean;
  readonly delete_original?: boolean;
  readonly text?: string;
  readonly blocks?: readonly unknown[];
  readonly thread_ts?: string;
  readonly [field: string]: unknown;
}

/** The `/response/<id>` endpoint that every slash command and block action the fake sends points to. */
export class FakeResponseUrls {
  readonly posts: Recorder<ResponseUrlPost>;

  constructor(
    private readonly baseUrl: () => string,
    private readonly ids: IdFactory,
    private readonly issued: ResponseUrlLimits,
    record = true,
  ) {
    this.posts = new Recorder<ResponseUrlPost>('response_url post', record);
  }

  /** A fresh `http://127.0.0.1:P/response/<id>` URL. */
  issue(): string {
    const id = this.ids.uuid();
    this.issued.issue(id);
    return `${this.baseUrl()}/response/${id}`;
  }

  handle(req: IncomingMessage, res: ServerResponse, id: string, raw: string): void {
    if (!this.issued.known(id)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('fake Slack: unknown response_url');
      return;
    }
    const refused = this.issued.use(id);
    if (refused !== undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(refused);
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    if (typeof body !== 'object' || body === null) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload');
      return;
    }
    this.posts.push({ id, body: body as ResponseUrlBody, headers: req.headers, at: Date.now() });
    res.writeHead(200, { 'content-type': 'text/html' }).end('ok');
  }

  stop(): void {
    this.posts.close();
  }
}

/** The `<id>` inside a fake `response_url`, to pass to `waitForResponse`. */
export function responseIdOf(responseUrl: string): string | undefined {
  return /\/response\/([^/?#]+)$/.exec(responseUrl)?.[1];
}
