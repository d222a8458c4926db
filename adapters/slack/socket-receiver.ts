import { SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';
import type { StartWindow } from './start-window.js';
import { loggedRetryPolicy } from './web-api-retries.js';

/**
 * How quickly a Socket Mode link that stopped answering without closing (half-open) is replaced. The
 * client pings every third of `clientPingTimeoutMs` and gives up on the link once no pong came for that
 * long; it then force-closes on the next ping tick and reconnects after `clientPingTimeoutMs` more. With
 * 1.2 s a dead link is replaced in about 3 s (at most 4 × 1.2 s plus the new handshake), where the
 * library's 5 s default took about 11 s; commands sent meanwhile are lost (see the README). A pong later
 * than 1.2 s also counts as a dead link, so an event loop blocked that long costs a reconnect, which is
 * cheap (about one `apps.connections.open` call).
 */
export const SOCKET_PING = {
  clientPingTimeoutMs: 1200,
  /** Slack pings every few seconds; the library's 30 s default stays (Slack does not say how often). */
  serverPingTimeoutMs: 30_000,
} as const;

/**
 * The Socket Mode client's retry policy for `apps.connections.open` (its own web client), which it uses
 * unless given one: quick retries, as a reconnect needs. Giving a policy (for the start-up limits) replaces
 * it, so it is repeated here.
 */
export const SOCKET_MODE_RETRIES = { retries: 100, factor: 1.3 } as const;

/**
 * Bolt's SocketModeReceiver with quotebot's ping timing (Bolt's App does not pass these options on) and
 * the link's life logged at info: connected, disconnected, reconnecting. Without these lines a dropped
 * or half-open link that the client recovers from leaves no trace at the default level.
 * `apps.connections.open` keeps the client's retries, logged, and within `start`'s limits while starting.
 */
export function createSocketReceiver(options: {
  readonly appToken: string;
  readonly slackApiUrl: string | undefined;
  readonly logger: Logger;
  readonly boltLogger: BoltLogger;
  readonly clientPingTimeoutMs?: number;
  readonly start?: StartWindow | undefined;
}): SocketModeReceiver {
  const retryConfig = loggedRetryPolicy(options.logger, options.start, SOCKET_MODE_RETRIES);
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.boltLogger,
    clientPingTimeout: options.clientPingTimeoutMs ?? SOCKET_PING.clientPingTimeoutMs,
    serverPingTimeout: SOCKET_PING.serverPingTimeoutMs,
    installerOptions: {
      clientOptions: { retryConfig, ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}) },
    },
  });
  const log = options.logger;
  let connectedOnce = false;
  receiver.client.on('connected', () => {
    if (connectedOnce) log.info({}, 'slack socket reconnected');
    connectedOnce = true;
  });
  receiver.client.on('disconnected', () => log.info({}, 'slack socket disconnected'));
  receiver.client.on('reconnecting', () => log.warn({}, 'slack socket lost; reconnecting'));
  return receiver;
}

/**
 * Stops a Socket Mode client whose start failed, also one still reconnecting (a link that never said
 * `hello`). In @slack/socket-mode 3.1 each failed reconnect leaves a `start()` waiting for `disconnected`
 * with no rejection handler, so `disconnect()`, which emits it, would reject them unhandled: their
 * listeners are dropped first (the adapter has failed; nothing else needs them).
 */
export async function stopConnecting(receiver: SocketModeReceiver): Promise<void> {
  receiver.client.removeAllListeners('disconnected');
  await receiver.client.disconnect();
}
