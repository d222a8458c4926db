import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { freePort, runCliProcess, startBotProcess, type BotProcess } from '../helpers/processes.js';

const skip = postgresMissing('two bot processes on one PostgreSQL');
let server: TestPostgres;
const dirs: string[] = [];
beforeAll(async () => {
  if (!skip) server = await startTestPostgres();
}, 120_000);
afterAll(() => {
  server?.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-two-'));
  dirs.push(dir);
  return dir;
}

function slackEnv(slack: FakeSlack, databaseUrl: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_API_URL: slack.apiUrl,
    SLACK_SIGNING_SECRET: slack.signingSecret,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir(),
  };
}

describe.skipIf(skip)('two bot processes on one PostgreSQL (fake Slack, HTTP mode)', () => {
  let slack: FakeSlack;
  let instances: BotProcess[] = [];
  let urls: string[] = [];
  beforeAll(async () => {
    slack = await startFakeSlack();
    const env = slackEnv(slack, await server.newDatabase());
    const ports = [await freePort(), await freePort()];
    instances = await Promise.all(
      ports.map((port) => startBotProcess({ ...env, PORT: String(port) }, 'slack adapter started')),
    );
    urls = ports.map((port) => `http://127.0.0.1:${port}/slack/events`);
  }, 120_000);
  afterAll(async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    await Promise.all(instances.map((instance) => instance.exited));
    await slack?.stop();
  });

  it('given an event answered by one instance then its retry delivered to the other is not answered again', async () => {
    const mention = slack.build.appMention({ text: `<@${slack.botUserId}> quote election` });
    const first = await slack.http.postEvent(urls[0]!, mention, { eventId: 'Ev0RETRY1' });
    expect(first.status).toBe(200);
    await slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === mention['ts']);
    const retry = await slack.http.postEvent(urls[1]!, mention, {
      eventId: 'Ev0RETRY1',
      retryNum: 1,
      retryReason: 'http_timeout',
    });
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const replies = slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args['thread_ts'] === mention['ts']);
    expect(replies).toHaveLength(1);
  });

  it('given the same event delivered to both instances at once then it is answered once', async () => {
    const mention = slack.build.appMention({ text: `<@${slack.botUserId}> quote tides` });
    const both = await Promise.all(
      urls.map((url, retryNum) => slack.http.postEvent(url, mention, { eventId: 'Ev0BOTH01', retryNum })),
    );
    expect(both.map((res) => res.status)).toEqual([200, 200]);
    await slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === mention['ts']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const replies = slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args['thread_ts'] === mention['ts']);
    expect(replies).toHaveLength(1);
  });
});

describe.skipIf(skip)('daily posts from two processes on one PostgreSQL through a day of restarts', () => {
  it('given concurrent runs, some killed with SIGKILL while sending, then every channel gets exactly one post a day', async () => {
    const slack = await startFakeSlack();
    const env = { ...slackEnv(slack, await server.newDatabase()), LOG_LEVEL: 'silent' };
    const withContent = env;
    const channels = ['C0DAY1', 'C0DAY2', 'C0DAY3', 'C0DAY4'];
    const times = ['09:00', '09:00', '12:00', '18:00'];
    for (const [index, channel] of channels.entries()) {
      const set = await runCliProcess(
        [
          'daily',
          'set',
          '--platform',
          'slack',
          '--channel',
          channel,
          '--time',
          times[index]!,
          '--timezone',
          'UTC',
        ],
        withContent,
      );
      expect(set.code, set.stderr).toBe(0);
    }
    // Instants through one day; at some, the first process is killed while its post is on the wire.
    const rounds: { at: string; kill?: boolean }[] = [
      { at: '2026-06-01T09:00:20Z', kill: true },
      { at: '2026-06-01T09:01:00Z' },
      { at: '2026-06-01T12:00:05Z', kill: true },
      { at: '2026-06-01T12:00:40Z', kill: true },
      { at: '2026-06-01T12:02:00Z' },
      { at: '2026-06-01T18:00:01Z' },
      { at: '2026-06-01T18:30:00Z', kill: true },
      { at: '2026-06-01T23:59:00Z' },
    ];
    let killed = 0;
    for (const round of rounds) {
      const started = Date.now();
      if (round.kill) slack.failNext({ method: 'chat.postMessage', delayMs: 4000, times: 1 });
      const runs = await Promise.all([
        runCliProcess(
          ['daily', 'run', '--at', round.at, '--json'],
          withContent,
          round.kill ? 2500 : undefined,
        ),
        runCliProcess(['daily', 'run', '--at', round.at, '--json'], withContent),
      ]);
      if (runs[0]!.signal === 'SIGKILL') killed += 1;
      // A send that outlived its killed sender lands (or not) before the next run looks for it.
      if (round.kill)
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 4500 - Date.now())));
    }
    expect(killed).toBeGreaterThan(0);
    const final = await runCliProcess(
      ['daily', 'run', '--at', '2026-06-01T23:59:30Z', '--json'],
      withContent,
    );
    expect(final.code, final.stderr).toBe(0);
    const posts = slack.callsTo('chat.postMessage');
    const perChannel = channels.map((channel) => ({
      channel,
      delivered: posts.filter(
        (call) =>
          call.args['channel'] === channel && (call.response as { ok?: boolean } | undefined)?.ok === true,
      ).length,
    }));
    expect(perChannel).toEqual(channels.map((channel) => ({ channel, delivered: 1 })));
    await slack.stop();
  }, 240_000);
});
