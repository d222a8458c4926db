import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ListenOptions } from 'node:net';
import {
  HTTPModuleFunctions as http,
  HTTPResponseAck,
  isRawBodyError,
  type App,
  type BufferedIncomingMessage,
  type Logger as BoltLogger,
  type Receiver,
} from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';
import { ThrottledWarning } from '../shared/throttled-warning.js';
import { checkSlackBody } from './body-shape.js';
import { ConnectionDrain } from './http-drain.js';

/** What the health endpoint reports; `draining` is set when shutdown begins. */
export interface HealthState {
  draining: boolean;
}

/** A route served beside Slack's endpoint, in the shape of Bolt's `customRoutes`. */
export interface ExtraRoute {
  readonly path: string;
  readonly method: string | readonly string[];
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  /** Where Slack posts events, commands and clicks. */
  readonly eventsPath: string;
  /** Answers 200 while serving and 503 once draining, for load balancers. */
  readonly healthPath: string;
  readonly health: HealthState;
  readonly logger: Logger;
  readonly boltLogger: BoltLogger;
  /** More GET/HEAD routes on the same port (the runtime's /metrics, /livez and /readyz). */
  readonly routes?: readonly ExtraRoute[] | undefined;
  /**
   * How long a kept-alive connection must have been idle, with nothing arrived on it, before stop()
   * closes it (a client that got an answer just before the drain may be sending its next request).
   */
  readonly idleGraceMs?: number;
}

/** Bolt's answer when a listener has not acked: it would wait 3 s for it; none of ours acks that late. */
const UNHANDLED_FALLBACK_MS = 3001;
/** A client answered this long ago that has not sent its next request on the connection is not about to. */
const DEFAULT_IDLE_GRACE_MS = 1000;

/**
 * Bolt's HTTPReceiver, narrowed to what quotebot serves and hardened at the edge:
 * - a signed body of an unexpected shape (JSON `null`, a number, an array, a form whose `payload` is
 *   `null`, an event callback without `event`) gets 400 at once; Bolt would crash on some of these
 *   and leave others unanswered for 3 s;
 * - a request no listener acks (an unknown command) is answered as soon as Bolt is done with it;
 * - rejected (forged, stale, malformed) requests are logged once per minute with a count;
 * - stop() drains (ConnectionDrain): it stops listening, answers every request that arrives on an open
 *   connection (with `Connection: close`), and closes a kept-alive connection only once it is idle with
 *   nothing arrived on it; then it resolves.
 * Verification, body parsing and the ack are Bolt's own functions (HTTPModuleFunctions, HTTPResponseAck).
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private drain: ConnectionDrain | undefined;
  private readonly open = new Set<ServerResponse>();
  private readonly rejected: ThrottledWarning;
  private readonly malformed: ThrottledWarning;

  constructor(private readonly options: SlackHttpReceiverOptions) {
    this.rejected = new ThrottledWarning(options.logger, 'slack request rejected (bad signature or stale)');
    this.malformed = new ThrottledWarning(options.logger, 'slack request refused (unexpected body)');
  }

  init(app: App): void {
    this.app = app;
  }

  start(listen: number | ListenOptions): Promise<Server> {
    const server = createServer((req, res) => this.route(req, res));
    this.server = server;
    this.drain = new ConnectionDrain(server);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(listen, () => {
        server.off('error', reject);
        resolve(server);
      });
    });
  }

  async stop(graceMs = 5000): Promise<void> {
    const { server, drain } = this;
    if (!server || !drain) return;
    this.options.health.draining = true;
    await drain.drain(this.open, this.options.idleGraceMs ?? DEFAULT_IDLE_GRACE_MS, graceMs);
    this.rejected.flush();
    this.malformed.flush();
    this.server = undefined;
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    this.drain?.track(req, res);
    // Slack posts to the events path itself: only other requests need a URL parsed for their path.
    const path =
      req.url === this.options.eventsPath ? req.url : new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === this.options.eventsPath && req.method === 'POST') {
      this.open.add(res);
      res.once('close', () => this.open.delete(res));
      void this.handle(req, res).catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'slack request failed');
        if (!res.headersSent) http.buildNoBodyResponse(res, 500);
      });
      return;
    }
    if (path === this.options.healthPath && req.method === 'GET') {
      const ok = !this.options.health.draining;
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok }));
      return;
    }
    const extra = this.options.routes?.find((candidate) => candidate.path === path);
    if (extra) {
      const methods = typeof extra.method === 'string' ? [extra.method] : extra.method;
      if (methods.includes(req.method ?? '')) extra.handler(req, res);
      else http.buildNoBodyResponse(res, 405);
      return;
    }
    http.buildNoBodyResponse(res, 404);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let buffered: BufferedIncomingMessage;
    try {
      buffered = await http.parseAndVerifyHTTPRequest(
        { signingSecret: this.options.signingSecret, logger: this.options.boltLogger },
        req,
      );
    } catch (error) {
      if (isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413)) {
        this.malformed.note('body too large');
        return http.buildNoBodyResponse(res, 413);
      }
      this.rejected.note((error as Error).message);
      return http.buildNoBodyResponse(res, 401);
    }
    let body: unknown;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch {
      this.malformed.note('not JSON or a form');
      return http.buildNoBodyResponse(res, 400);
    }
    const shape = checkSlackBody(body);
    if (!shape.ok) {
      this.malformed.note(shape.reason);
      return http.buildNoBodyResponse(res, 400);
    }
    if (shape.kind === 'ssl-check') return http.buildSSLCheckResponse(res);
    if (shape.kind === 'url-verification') return http.buildUrlVerificationResponse(res, body);
    const fields = body as Record<string, unknown>;
    const ack = new HTTPResponseAck({
      logger: this.options.boltLogger,
      processBeforeResponse: false,
      unhandledRequestTimeoutMillis: UNHANDLED_FALLBACK_MS,
      httpRequest: buffered,
      httpRequestBody: fields,
      httpResponse: res,
    });
    const retryNum = http.extractRetryNumFromHTTPRequest(req);
    const retryReason = http.extractRetryReasonFromHTTPRequest(req);
    try {
      await this.app?.processEvent({
        body: fields,
        ack: ack.bind(),
        ...(retryNum === undefined ? {} : { retryNum }),
        ...(retryReason === undefined ? {} : { retryReason }),
      });
    } catch (error) {
      ack.ack();
      throw error;
    }
    // Bolt awaits the listeners, and ours ack before they return: a request still unanswered here has
    // no listener (an unknown command, a button of another app) and will get none.
    if (!res.headersSent) {
      ack.ack();
      http.buildNoBodyResponse(res, shape.kind === 'notice' ? 200 : 404);
    }
  }
}
