import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Bot, Library } from '../../../src/index.js';
import { loadConfig } from '../../../runtime/config.js';
import { SlackAdapterError, SlackErrorCode } from '../../../adapters/slack/errors.js';
import { startSlack, type SlackAdapter } from '../../../adapters/slack/start-slack.js';
import type { SlackStartLimits } from '../../../adapters/slack/start-window.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/index.js';
import { seedArticle } from '../../helpers/content.js';
import { capturedLogger, logMessage } from '../../helpers/log-capture.js';
import { envFor, textOf } from './harness.js';
import { freePort } from './main-process.js';

/** Nothing listens on the discard port: every connection is refused at once. */
const NOWHERE = 'http://127.0.0.1:9/api/';
/** Two tries (one retry after the client's 1–2 s backoff), and 8 s for the whole start. */
const SHORT: SlackStartLimits = { attempts: 2, withinMs: 8000 };

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fake(): Promise<FakeSlack> {
  const slack = await startFakeSlack();
  cleanups.push(() => slack.stop());
  return slack;
}

/** Starts the real adapter (real Bolt) with `env`; resolves with the error it failed with, and how long it took. */
async function failedStart(
  env: Record<string, string>,
  startLimits: SlackStartLimits = SHORT,
): Promise<{ error: SlackAdapterError; ms: number; log: ReturnType<typeof capturedLogger> }> {
  const log = capturedLogger();
  const config = { ...loadConfig({ LOG_LEVEL: 'info', ...env }), PORT: Number(env['PORT'] ?? 0) };
  const started = performance.now();
  const outcome = await startSlack({
    bot: new Bot(Library.create([])),
    config,
    logger: log.logger,
    host: '127.0.0.1',
    startLimits,
  }).then(
    (adapter: SlackAdapter) => {
      cleanups.push(() => adapter.stop());
      return adapter;
    },
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(SlackAdapterError);
  return { error: outcome as SlackAdapterError, ms: performance.now() - started, log };
}

const refusesConnections = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer().listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    probe.on('error', () => resolve(false));
  });

describe('starting on Slack fails in bounded time with one sentence that names what to check (real Bolt)', () => {
  it('given Socket Mode and a SLACK_API_URL where nothing listens then it retries once and fails with slack_start_failed naming SLACK_API_URL', async () => {
    const { error, ms, log } = await failedStart({
      SLACK_BOT_TOKEN: 'xoxb-x1',
      SLACK_APP_TOKEN: 'xapp-x1',
      SLACK_API_URL: NOWHERE,
    });
    expect(error.code).toBe(SlackErrorCode.StartFailed);
    expect(error.message).toBe(
      'Slack start failed: connect ECONNREFUSED 127.0.0.1:9 (auth.test, 2 attempts); check SLACK_API_URL and the network',
    );
    expect(ms).toBeLessThan(SHORT.withinMs);
    const retries = log.lines().filter(logMessage('slack Web API call failed; retrying'));
    expect(retries).toEqual([expect.objectContaining({ attempt: 1, retriesLeft: 1 })]);
    expect(JSON.stringify(log.lines())).not.toMatch(/xoxb-|xapp-/);
  });

  it('given HTTP mode and a SLACK_API_URL where nothing listens then it fails with slack_start_failed and never listens on PORT', async () => {
    const port = await freePort();
    const { error, ms } = await failedStart({
      SLACK_BOT_TOKEN: 'xoxb-x1',
      SLACK_SIGNING_SECRET: 'secret-signing',
      SLACK_API_URL: NOWHERE,
      PORT: String(port),
    });
    expect(error.code).toBe(SlackErrorCode.StartFailed);
    expect(error.message).toContain('(auth.test, 2 attempts); check SLACK_API_URL and the network');
    expect(ms).toBeLessThan(SHORT.withinMs);
    expect(await refusesConnections(port)).toBe(true);
  });

  it('given apps.connections.open answers 503 every time then Socket Mode gives up after the start-up attempts, not the client’s hundred', async () => {
    const slack = await fake();
    slack.failNext({ method: 'apps.connections.open', status: 503, times: 50 });
    const { error, ms } = await failedStart(envFor(slack, 'socket'));
    expect(error.code).toBe(SlackErrorCode.StartFailed);
    expect(error.message).toBe(
      'Slack start failed: HTTP 503 (apps.connections.open, 2 attempts); check SLACK_API_URL and the network',
    );
    expect(ms).toBeLessThan(SHORT.withinMs);
    expect(slack.callsTo('apps.connections.open')).toHaveLength(2);
  });

  it('given a Socket Mode link that never opens then it fails at the start-up time limit and stops reconnecting', async () => {
    const slack = await fake();
    slack.onMethod('apps.connections.open', () => ({ ok: true, url: 'ws://127.0.0.1:9/link/' }));
    const { error, ms } = await failedStart(envFor(slack, 'socket'), { attempts: 2, withinMs: 1500 });
    expect(error.code).toBe(SlackErrorCode.StartFailed);
    expect(error.message).toBe(
      'Slack start failed: no connection within 1.5 s (the Socket Mode link); check SLACK_API_URL and the network',
    );
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(4000);
    const opened = slack.callsTo('apps.connections.open').length;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(slack.callsTo('apps.connections.open')).toHaveLength(opened);
  });

  it('given an app token Slack refuses (invalid_auth) then it fails at once with slack_auth_failed naming SLACK_APP_TOKEN and no token', async () => {
    const slack = await fake();
    const { error, ms } = await failedStart({ ...envFor(slack, 'socket'), SLACK_APP_TOKEN: 'xapp-wrong' });
    expect(error.code).toBe(SlackErrorCode.AuthFailed);
    expect(error.message).toBe(
      "Slack start failed: Slack refused SLACK_APP_TOKEN (apps.connections.open: invalid_auth); copy an App-Level Token with the connections:write scope from the app's Basic Information page",
    );
    expect(ms).toBeLessThan(1000);
    expect(slack.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it('given a bot token Slack refuses in HTTP mode then it fails at once with slack_auth_failed naming SLACK_BOT_TOKEN and never listens', async () => {
    const slack = await fake();
    const port = await freePort();
    const { error, ms } = await failedStart({
      ...envFor(slack, 'http'),
      SLACK_BOT_TOKEN: 'xoxb-wrong',
      PORT: String(port),
    });
    expect(error.code).toBe(SlackErrorCode.AuthFailed);
    expect(error.message).toBe(
      "Slack start failed: Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth); copy the Bot User OAuth Token again from the app's OAuth & Permissions page",
    );
    expect(ms).toBeLessThan(1000);
    expect(slack.callsTo('auth.test')).toHaveLength(1);
    expect(await refusesConnections(port)).toBe(true);
  });

  it('given HTTP mode and a PORT already in use then it fails with slack_start_failed naming PORT', async () => {
    const slack = await fake();
    const taken: Server = await new Promise((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => resolve(server));
    });
    cleanups.push(() => new Promise((resolve) => taken.close(resolve)));
    const port = (taken.address() as { port: number }).port;
    const { error } = await failedStart({ ...envFor(slack, 'http'), PORT: String(port) });
    expect(error.code).toBe(SlackErrorCode.StartFailed);
    expect(error.message).toBe(
      `Slack start failed: HTTP mode could not listen on port ${port} (EADDRINUSE); check PORT`,
    );
  });
});

describe('the start-up limits hold only while starting', () => {
  it('given auth.test answers 503 once then the start retries it and starts', async () => {
    const slack = await fake();
    slack.failNext({ method: 'auth.test', status: 503 });
    const log = capturedLogger();
    const adapter = await startSlack({
      bot: new Bot(Library.create([])),
      config: loadConfig(envFor(slack, 'socket')),
      logger: log.logger,
      startLimits: SHORT,
    });
    cleanups.push(() => adapter.stop());
    expect(adapter.connected()).toBe(true);
    expect(slack.callsTo('auth.test').map((call) => call.status)).toEqual([503, 200]);
  });

  it('given a start with one attempt allowed when a reply then meets a 503 then the reply is still retried and posted', async () => {
    const slack = await fake();
    const bot = new Bot(Library.create([seedArticle()]));
    const adapter = await startSlack({
      bot,
      config: loadConfig(envFor(slack, 'socket')),
      logger: capturedLogger().logger,
      startLimits: { attempts: 1, withinMs: 8000 },
    });
    cleanups.push(() => adapter.stop());
    slack.failNext({ method: 'chat.postMessage', status: 503 });
    const mention = slack.build.appMention({ text: `<@${slack.botUserId}> quote election` });
    await slack.socket.sendEvent(mention);
    const post = await slack.waitForCall(
      'chat.postMessage',
      (call) => call.args['thread_ts'] === mention['ts'] && call.status === 200,
      10_000,
    );
    expect(textOf(post.args['blocks'])).toContain('*election*');
    const tries = slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args['thread_ts'] === mention['ts']);
    expect(tries.map((call) => call.status)).toEqual([503, 200]);
  });
});
