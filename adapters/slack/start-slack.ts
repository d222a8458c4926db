import type { AddressInfo } from 'node:net';
import { SocketModeReceiver } from '@slack/bolt';
import type { Bot } from '../../src/index.js';
import type { Config } from '../../runtime/config.js';
import type { Logger } from '../../runtime/logger.js';
import { registerActions } from './actions.js';
import { createSlackApp, DEFAULT_PORT, type HealthState, type SlackMode } from './app.js';
import { commandNameSettings, slackCommandNames } from './command-names.js';
import { registerCommands } from './commands.js';
import type { CooldownGate, DailyCommandsPort } from '../../src/index.js';
import type { SlackDeps } from './deps.js';
import { SlackAdapterError, SlackErrorCode } from './errors.js';
import type { ExtraRoute } from './http-receiver.js';
import { registerEvents } from './events.js';
import { InFlight } from './in-flight.js';
import { NO_OBSERVER, type BotObserver } from '../shared/observer.js';
import { observeCommands } from './observe.js';
import type { SharedState } from '../shared/shared-state.js';

/** A running Slack adapter. */
export interface SlackAdapter {
  readonly mode: SlackMode;
  /** The port HTTP mode listens on (useful with PORT=0 in tests); undefined in Socket Mode. */
  readonly port: number | undefined;
  /** Socket Mode: the socket is connected; HTTP mode: listening and not shutting down. */
  connected(): boolean;
  /** Stops taking events, waits (at most `graceMs`) for replies under way, then resolves. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartSlackOptions {
  readonly bot: Bot;
  readonly config: Config;
  readonly logger: Logger;
  /** HTTP mode: the interface to listen on; default every interface (behind a load balancer). */
  readonly host?: string;
  /** The core's `/daily` handler, when daily quotes run in this process; without it `/daily` says so. */
  readonly daily?: DailyCommandsPort | undefined;
  /** Per-user cooldowns on `/quote` and `/summary`; without it commands are not limited. */
  readonly cooldowns?: CooldownGate | undefined;
  /** Told when commands, clicks and messages are answered and duplicate events skipped, for metrics. */
  readonly observer?: BotObserver | undefined;
  /** HTTP mode: more routes on Slack's port (the runtime adds /metrics, /livez and /readyz). */
  readonly routes?: readonly ExtraRoute[] | undefined;
  /** Event ids already answered, shared with the other instances (default: this process only). */
  readonly shared?: SharedState | undefined;
}

/** Slack's own error (`invalid_auth`) when the Web API answered one, else the client's code. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const data = 'data' in error ? (error.data as { error?: unknown } | undefined) : undefined;
  if (typeof data?.error === 'string') return data.error;
  return 'code' in error ? String(error.code) : undefined;
}

/**
 * Starts quotebot on Slack: Socket Mode or HTTP mode as configured (see `createSlackApp`), with the
 * slash commands, buttons, mentions and direct messages registered. Resolves once connected (Socket
 * Mode) or listening (HTTP mode); rejects with a coded error when the token is refused.
 */
export async function startSlack({
  bot,
  config,
  logger,
  host,
  daily,
  cooldowns,
  observer = NO_OBSERVER,
  routes = [],
  shared,
}: StartSlackOptions): Promise<SlackAdapter> {
  const log = logger.child({ platform: 'slack' });
  if (!config.SLACK_BOT_TOKEN) {
    throw new SlackAdapterError(SlackErrorCode.ModeUnavailable, 'Slack needs SLACK_BOT_TOKEN');
  }
  const names = slackCommandNames(bot.commands, commandNameSettings(config));
  const health: HealthState = { draining: false };
  const { app, mode } = createSlackApp(config, log, health, routes);
  const deps: SlackDeps = {
    bot,
    names,
    logger: log,
    work: new InFlight(),
    managerIds: config.SLACK_DAILY_ADMINS,
    daily,
    cooldowns,
    observer,
  };
  observeCommands(app, observer, names);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerEvents(app, deps, shared);
  app.error(async (error) => {
    log.error({ code: error.code, err: error }, 'slack listener error');
  });

  try {
    await app.init();
  } catch (error) {
    throw new SlackAdapterError(
      SlackErrorCode.AuthFailed,
      `Slack refused SLACK_BOT_TOKEN (auth.test: ${errorCode(error) ?? 'no answer'})`,
      { cause: error },
    );
  }
  let port: number | undefined;
  const socket = { connected: false };
  // Bolt keeps its receiver private; in Socket Mode its client reports the socket's state.
  const receiver: unknown = Reflect.get(app, 'receiver');
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => (socket.connected = true));
    for (const state of ['disconnected', 'reconnecting', 'disconnecting'])
      receiver.client.on(state, () => (socket.connected = false));
  }
  try {
    if (mode === 'http') {
      const listen = { port: config.PORT ?? DEFAULT_PORT, ...(host === undefined ? {} : { host }) };
      const server = await app.start(listen);
      port = (server.address() as AddressInfo).port;
    } else {
      await app.start();
      socket.connected = true;
    }
  } catch (error) {
    throw new SlackAdapterError(
      SlackErrorCode.StartFailed,
      `The Slack adapter could not start in ${mode} mode (${errorCode(error) ?? (error as Error).message})`,
      { cause: error },
    );
  }
  log.info({ mode, port, commands: [...names.definitionOf.keys()] }, 'slack adapter started');

  let stopping: Promise<void> | undefined;
  return {
    mode,
    port,
    connected: () => !health.draining && (mode === 'http' || socket.connected),
    stop(graceMs = 5000) {
      stopping ??= (async () => {
        health.draining = true;
        await app.stop();
        const settled = await deps.work.settle(graceMs);
        log.info({ settled, pending: deps.work.size }, 'slack adapter stopped');
      })();
      return stopping;
    },
  };
}
