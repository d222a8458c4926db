import { SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.js';

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
 * Bolt's SocketModeReceiver with quotebot's ping timing (Bolt's App does not pass these options on) and
 * the link's life logged at info: connected, disconnected, reconnecting. Without these lines a dropped
 * or half-open link that the client recovers from leaves no trace at the default level.
 */
export function createSocketReceiver(options: {
  readonly appToken: string;
  readonly slackApiUrl: string | undefined;
  readonly logger: Logger;
  readonly boltLogger: BoltLogger;
  readonly clientPingTimeoutMs?: number;
}): SocketModeReceiver {
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.boltLogger,
    clientPingTimeout: options.clientPingTimeoutMs ?? SOCKET_PING.clientPingTimeoutMs,
    serverPingTimeout: SOCKET_PING.serverPingTimeoutMs,
    ...(options.slackApiUrl
      ? { installerOptions: { clientOptions: { slackApiUrl: options.slackApiUrl } } }
      : {}),
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
