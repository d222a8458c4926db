import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { freePort, startBotProcess, type BotProcess } from '../helpers/processes.js';

const skip = postgresMissing('a bot on PostgreSQL while the server is down');
const OUTAGE = 'the store cannot be reached';
const BACK = 'the store answers again';

describe.skipIf(skip)('a Slack bot on PostgreSQL whose server stops and starts again', () => {
  let server: TestPostgres;
  let slack: FakeSlack;
  let bot: BotProcess;
  let events = '';
  let opsPort = 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'quotebot-outage-'));
  beforeAll(async () => {
    server = await startTestPostgres();
    slack = await startFakeSlack();
    const port = await freePort();
    opsPort = await freePort();
    bot = await startBotProcess(
      {
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_API_URL: slack.apiUrl,
        SLACK_SIGNING_SECRET: slack.signingSecret,
        DATABASE_URL: await server.newDatabase(),
        DATA_DIR: dataDir,
        PORT: String(port),
        HTTP_PORT: String(opsPort),
      },
      'slack adapter started',
    );
    events = `http://127.0.0.1:${port}/slack/events`;
  }, 120_000);
  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await bot?.exited;
    await slack?.stop();
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const quote = async (text: string): Promise<string> => {
    const asked = await slack.http.postSlashCommand(events, { command: '/quote', text });
    expect(asked.status).toBe(200);
    return JSON.stringify(asked.json);
  };
  const readiness = async (): Promise<{ status: number; checks: Record<string, boolean> }> => {
    const response = await fetch(`http://127.0.0.1:${opsPort}/readyz`);
    return {
      status: response.status,
      checks: ((await response.json()) as { checks: Record<string, boolean> }).checks,
    };
  };
  const logLines = (text: string): string[] => bot.log.filter((line) => line.includes(text));

  it('given the server stopped then /quote and mentions are answered without cooldowns, /daily says it cannot read the settings now, the outage is logged once, and all is back when the server is', async () => {
    expect(await quote('election')).toContain('election');
    expect(await quote('tides')).toContain('Slow down');

    server.halt();
    // The same user, within the cooldown: answered every time, with a quote, not "something went wrong".
    for (const text of ['tides', 'moon', 'election']) {
      const answer = await quote(text);
      expect(answer).not.toContain('went wrong');
      expect(answer).not.toContain('Slow down');
      expect(answer.toLowerCase()).toContain(text);
    }
    const mention = slack.build.appMention({ text: `<@${slack.botUserId}> quote weather` });
    await slack.http.postEvent(events, mention, { eventId: 'Ev0OUTAGE1' });
    await slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === mention['ts']);
    // Slack's retry reaching this instance is still told apart, by this instance.
    await slack.http.postEvent(events, mention, { eventId: 'Ev0OUTAGE1', retryNum: 1 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const replies = slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args['thread_ts'] === mention['ts']);
    expect(replies).toHaveLength(1);
    // /daily needs the store: it says so, and to try again, not "something went wrong".
    const daily = await slack.http.postSlashCommand(events, { command: '/daily', text: 'status' });
    const status = JSON.stringify((await slack.waitForResponse(daily.sent.response_url)).body);
    expect(status).toContain('The daily quote settings cannot be read right now');
    expect(status).not.toContain('went wrong');
    expect(logLines(OUTAGE)).toHaveLength(1);
    expect(JSON.parse(logLines(OUTAGE)[0]!)).toMatchObject({ level: 40 });
    expect(await readiness()).toMatchObject({ status: 503, checks: { store: false } });

    server.resume();
    await vi.waitUntil(async () => (await readiness()).status === 200, { timeout: 20_000, interval: 200 });
    // The first commands may still meet a connection the restart closed: one answers, and cooldowns hold again.
    await vi.waitUntil(async () => (await quote('tides')).includes('Slow down'), {
      timeout: 20_000,
      interval: 200,
    });
    // The process's log reaches the test through a pipe, after the answer: wait for the line, then count.
    await vi.waitUntil(() => logLines(BACK).length > 0, { timeout: 10_000, interval: 50 });
    expect(logLines(BACK)).toHaveLength(1);
    expect(logLines(OUTAGE)).toHaveLength(1);
  }, 90_000);
});
