import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { EventCallbackBody } from './event-payloads.js';
import type { BlockActionPayload, SlashCommandPayload } from './interactive-payloads.js';
import { signedHeaders, type SigningOptions } from './signing.js';

/** A request body as Slack sends it to an app's Request URL. */
export interface EncodedBody {
  readonly contentType: string;
  readonly body: string;
}

/**
 * Bolt compares the content type exactly, so it carries no `charset`. Slash commands are plain form fields;
 * interactivity is one form field `payload` holding JSON; events are a JSON body.
 */
const FORM = 'application/x-www-form-urlencoded';

export function encodeSlashCommand(payload: SlashCommandPayload): EncodedBody {
  return { contentType: FORM, body: new URLSearchParams({ ...payload }).toString() };
}

export function encodeInteraction(payload: BlockActionPayload): EncodedBody {
  return { contentType: FORM, body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString() };
}

export function encodeEvent(body: EventCallbackBody | Readonly<Record<string, unknown>>): EncodedBody {
  return { contentType: 'application/json', body: JSON.stringify(body) };
}

export interface HttpInjectOptions extends SigningOptions {
  /** Abort when the app has not answered; defaults to 10 s. */
  readonly timeoutMs?: number;
}

/** The app's answer to one injected request. */
export interface AppHttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The body parsed as JSON when it is JSON (e.g. a slash command's `ack({ text })`). */
  readonly json: unknown;
  readonly latencyMs: number;
  /** Slack gives up on (and for events, redelivers) answers slower than 3 s; the fake only records it. */
  readonly late: boolean;
}

const LATE_AFTER_MS = 3000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Posts signed requests to an app's Request URL (Bolt: `http://127.0.0.1:PORT/slack/events`) over kept-alive sockets. */
export class AppHttpClient {
  private readonly agent = new Agent({ keepAlive: true });

  constructor(private readonly signingSecret: string) {}

  post(appUrl: string, encoded: EncodedBody, options: HttpInjectOptions = {}): Promise<AppHttpResponse> {
    const headers = signedHeaders(this.signingSecret, encoded.body, encoded.contentType, options);
    const started = performance.now();
    return new Promise<AppHttpResponse>((resolve, reject) => {
      const req = request(
        appUrl,
        {
          method: 'POST',
          agent: this.agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(encoded.body) },
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const latencyMs = performance.now() - started;
            const body = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body,
              json: parseJson(body),
              latencyMs,
              late: latencyMs > LATE_AFTER_MS,
            });
          });
        },
      );
      req.on('error', reject);
      req.end(encoded.body);
    });
  }

  /**
   * Closes the kept-alive connections no request is using, as a client that is done sending does. The
   * client closing them cannot race with a request (the app closing an idle one can).
   */
  closeIdle(): void {
    for (const sockets of Object.values(this.agent.freeSockets)) {
      for (const socket of sockets ?? []) socket.destroy();
    }
  }

  stop(): void {
    this.agent.destroy();
  }
}
