import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../../src/index.js';
import { loadConfig } from '../../../runtime/config.js';
import { createLogger } from '../../../runtime/logger.js';
import { SlackAdapterError, SlackErrorCode } from '../../../adapters/slack/errors.js';
import { startSlack } from '../../../adapters/slack/start-slack.js';
import { startFakeSlack } from '../../fakes/slack/index.js';
import { envFor, injectorFor, startOnFake, textOf } from './harness.js';

const refused = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    request(url, () => resolve(false))
      .on('error', () => resolve(true))
      .end();
  });

describe('Slack adapter lifecycle (real Bolt, fake Slack)', () => {
  it('given Socket Mode and SLACK_API_URL then auth.test and apps.connections.open both go there, with the right tokens', async () => {
    const run = await startOnFake('socket');
    try {
      expect(run.adapter.mode).toBe('socket');
      expect(run.slack.socket.connected()).toBe(true);
      const [auth] = run.slack.callsTo('auth.test');
      const [open] = run.slack.callsTo('apps.connections.open');
      expect(auth?.token).toBe(run.slack.botToken);
      expect(open?.token).toBe(run.slack.appToken);
    } finally {
      await run.stop();
    }
    expect(run.slack.socket.connected()).toBe(false);
  });

  it('given a bot token Slack refuses then starting fails with slack_auth_failed, naming no token', async () => {
    const slack = await startFakeSlack();
    try {
      const config = loadConfig({ ...envFor(slack, 'socket'), SLACK_BOT_TOKEN: 'xoxb-wrong' });
      const bot = new Bot(Library.create([]));
      const error = await startSlack({ bot, config, logger: createLogger('silent') }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SlackAdapterError);
      expect((error as SlackAdapterError).code).toBe(SlackErrorCode.AuthFailed);
      expect((error as Error).message).toContain('invalid_auth');
      expect((error as Error).message).not.toContain('xoxb-');
      expect(slack.callsTo('apps.connections.open')).toEqual([]);
    } finally {
      await slack.stop();
    }
  });

  for (const mode of ['socket', 'http'] as const) {
    it(`given a reply under way in ${mode} mode then stop() waits for it, and then takes no more events`, async () => {
      const run = await startOnFake(mode);
      const inject = injectorFor(run, mode);
      run.slack.failNext({ method: 'chat.postMessage', delayMs: 400 });
      const event = run.slack.build.directMessage({ text: 'quote election' });
      await inject.event(event);
      while (run.bot.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await run.adapter.stop();
      const posts = run.slack.callsTo('chat.postMessage').filter((c) => c.args['thread_ts'] === event['ts']);
      expect(posts).toHaveLength(1);
      if (mode === 'http') {
        expect(await refused(run.appUrl.replace('/slack/events', '/healthz'))).toBe(true);
      } else {
        expect(run.slack.socket.connected()).toBe(false);
      }
      await run.stop();
    });
  }

  it('given SLACK_COMMAND_QUOTE=/q and a prefix then the renamed commands answer and help shows the names', async () => {
    const run = await startOnFake('http', { SLACK_COMMAND_QUOTE: '/q', SLACK_COMMAND_PREFIX: 'qb-' });
    try {
      const inject = injectorFor(run, 'http');
      const quote = await inject.command('/q', 'election');
      expect(textOf(quote.body?.['blocks'])).toContain('*election*');
      const help = await inject.command('/qb-help', '');
      expect(textOf(help.body?.['blocks'])).toContain('`/q [words]');
      expect(textOf(help.body?.['blocks'])).toContain('`/qb-summary');
    } finally {
      await run.stop();
    }
  });
});
