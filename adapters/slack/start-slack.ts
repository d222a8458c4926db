import type { AddressInfo } from 'node:net';
import { SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../../runtime/config.js';
import { registerActions } from './actions.js';
import { createSlackApp, DEFAULT_PORT, type HealthState, type SlackMode } from './app.js';
import { commandNameSettings, slackCommandNames } from './command-names.js';
import { registerCommands } from './commands.js';
import type { SlackDeps } from './deps.js';
import { SlackAdapterError, SlackErrorCode, startFailure, type SlackStartStep } from './errors.js';
import type { ExtraRoute } from './http-receiver.js';
import { registerEvents } from './events.js';
import { stopConnecting } from './socket-receiver.js';
import { InFlight } from './in-flight.js';
import type { ChatAdapterOptions } from '../shared/adapter-options.js';
import { NO_OBSERVER } from '../shared/observer.js';
import { observeCommands } from './observe.js';
import { SLACK_START_LIMITS, StartWindow, type SlackStartLimits } from './start-window.js';

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

export interface StartSlackOptions extends ChatAdapterOptions {
  readonly config: Config;
  /** HTTP mode: the interface to listen on; default every interface (behind a load balancer). */
  readonly host?: string;
  /** HTTP mode: more routes on Slack's port (the runtime adds /metrics, /livez and /readyz). */
  readonly routes?: readonly ExtraRoute[] | undefined;
  /** How long the start may try to reach Slack (default `SLACK_START_LIMITS`; tests make it shorter). */
  readonly startLimits?: SlackStartLimits | undefined;
}

/**
 * Starts quotebot on Slack: Socket Mode or HTTP mode as configured (see `createSlackApp`), with the
 * slash commands, buttons, mentions and direct messages registered. Resolves once connected (Socket
 * Mode) or listening (HTTP mode). Rejects with a coded error, in one sentence that names the variable to
 * check (see `startFailure`), when a token is refused (at once) or Slack cannot be reached within
 * `startLimits`; once started, Web API calls are retried as the client's own policy says.
 */
export async function startSlack({
  bot,
  config,
  logger,
  host,
  daily,
  cards,
  cooldowns,
  observer = NO_OBSERVER,
  routes = [],
  shared,
  startLimits = SLACK_START_LIMITS,
}: StartSlackOptions): Promise<SlackAdapter> {
  const log = logger.child({ platform: 'slack' });
  if (!config.SLACK_BOT_TOKEN) {
    throw new SlackAdapterError(SlackErrorCode.ModeUnavailable, 'Slack needs SLACK_BOT_TOKEN');
  }
  const names = slackCommandNames(bot.commands, commandNameSettings(config));
  const health: HealthState = { draining: false };
  const start = new StartWindow(startLimits);
  const { app, mode } = createSlackApp(config, log, health, routes, start);
  const deps: SlackDeps = {
    bot,
    names,
    logger: log,
    work: new InFlight(),
    managerIds: config.SLACK_DAILY_ADMINS,
    daily,
    cards,
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

  let port: number | undefined;
  const socket = { connected: false };
  // Bolt keeps its receiver private; in Socket Mode its client reports the socket's state.
  const receiver: unknown = Reflect.get(app, 'receiver');
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => (socket.connected = true));
    for (const state of ['disconnected', 'reconnecting', 'disconnecting'])
      receiver.client.on(state, () => (socket.connected = false));
  }
  const listen = { port: config.PORT ?? DEFAULT_PORT, ...(host === undefined ? {} : { host }) };
  let step: SlackStartStep = 'auth.test';
  try {
    await start.race(app.init());
    if (mode === 'http') {
      step = 'listen';
      const server = await start.race(app.start(listen));
      port = (server.address() as AddressInfo).port;
    } else {
      step = 'socket';
      await start.race(app.start());
      socket.connected = true;
    }
  } catch (error) {
    if (receiver instanceof SocketModeReceiver) await stopConnecting(receiver);
    throw startFailure(error, step, listen);
  }
  start.close();
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
