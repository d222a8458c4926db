import { App, type AppOptions } from '@slack/bolt';
import type { Config } from '../../runtime/config.js';
import type { Logger } from '../../runtime/logger.js';
import { boltLogger } from './bolt-logger.js';
import { SlackAdapterError, SlackErrorCode } from './errors.js';
import { SlackHttpReceiver, type ExtraRoute, type HealthState } from './http-receiver.js';
import { createSocketReceiver } from './socket-receiver.js';
import { SLACK_EVENTS_PATH, slackModeOf, type SlackMode } from './mode.js';
import type { StartWindow } from './start-window.js';
import { createSlackFetch } from './web-api-fetch.js';
import { loggedRetryPolicy } from './web-api-retries.js';

export type { HealthState } from './http-receiver.js';
export { SLACK_EVENTS_PATH, slackModeOf, type SlackMode } from './mode.js';
/** The health endpoint of HTTP mode, for load balancers: 200 while serving, 503 while shutting down. */
export const HEALTH_PATH = '/healthz';
export const DEFAULT_PORT = 3000;

/**
 * Creates the Bolt app for the configured mode. `deferInitialization` moves Bolt's `auth.test` out of the
 * constructor into `app.init()`, so a bad token fails the start instead of every later event.
 *
 * `SLACK_API_URL` goes to `clientOptions.slackApiUrl`, and to the Socket Mode receiver's
 * `installerOptions.clientOptions`, so `apps.connections.open` uses it too. Each mode has a receiver of
 * its own: `createSocketReceiver` (ping timing, link logging) and `SlackHttpReceiver` (body checks, drain).
 * While `start` is open, the Web API calls of both clients (auth.test, apps.connections.open) are retried
 * within its limits only.
 *
 * `processBeforeResponse` stays false (SlackHttpReceiver passes false to Bolt's HTTPResponseAck): Slack
 * gets its HTTP answer as soon as a handler calls `ack()`. Commands put their whole reply in the ack, so
 * nothing runs after it; mentions and buttons answer through the Web API or `response_url` after the ack. On
 * a FaaS host that freezes the process once the response is sent, that later work would be lost: there,
 * `processBeforeResponse: true` is needed (and every handler must then finish within Slack's 3 seconds).
 */
export function createSlackApp(
  config: Config,
  logger: Logger,
  health: HealthState,
  routes: readonly ExtraRoute[] = [],
  start?: StartWindow,
): { app: App; mode: SlackMode } {
  const mode = slackModeOf(config);
  const bolt = boltLogger(logger);
  const common: AppOptions = {
    token: config.SLACK_BOT_TOKEN,
    logger: bolt,
    deferInitialization: true,
    // The conversation store is unused; it would cost a lookup per request. Bolt's ignoreSelf middleware
    // (also run on every request) is off because events.ts ignores this bot and every other bot itself.
    convoStore: false,
    ignoreSelf: false,
    clientOptions: {
      retryConfig: loggedRetryPolicy(logger, start),
      // Every reply goes through this fetch (Web API calls and respond()): see createSlackFetch.
      fetch: createSlackFetch(),
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    },
  };
  if (mode === 'socket') {
    if (!config.SLACK_APP_TOKEN) {
      throw new SlackAdapterError(SlackErrorCode.ModeUnavailable, 'Socket Mode needs SLACK_APP_TOKEN');
    }
    const receiver = createSocketReceiver({
      appToken: config.SLACK_APP_TOKEN,
      slackApiUrl: config.SLACK_API_URL,
      logger,
      boltLogger: bolt,
      start,
    });
    return { app: new App({ ...common, socketMode: true, receiver }), mode };
  }
  if (!config.SLACK_SIGNING_SECRET) {
    throw new SlackAdapterError(SlackErrorCode.ModeUnavailable, 'HTTP mode needs SLACK_SIGNING_SECRET');
  }
  const receiver = new SlackHttpReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET,
    eventsPath: SLACK_EVENTS_PATH,
    healthPath: HEALTH_PATH,
    health,
    logger,
    boltLogger: bolt,
    routes,
  });
  return { app: new App({ ...common, receiver }), mode };
}
