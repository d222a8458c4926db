import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchOpenHandles } from './open-handles.js';
import { encodeSlashCommand, signedHeaders, signRequest, startFakeSlack, type FakeSlack } from './index.js';

const ADMIN = 'U0ADMIN';

/** The real Bolt listeners a quote bot would register, small enough to read in the test. */
function register(app: App, seen: string[]): void {
  app.command('/quote', async ({ command, ack, respond }) => {
    seen.push(`command:${command.text}`);
    await ack();
    await respond({ response_type: 'ephemeral', text: `quote about ${command.text}` });
  });
  app.command('/ping', async ({ ack }) => {
    await ack({ text: 'pong' });
  });
  app.action('more', async ({ ack, action, respond }) => {
    await ack();
    await respond({ replace_original: true, text: `more of ${'value' in action ? action.value : ''}` });
  });
  app.event('app_mention', async ({ event, say, context }) => {
    seen.push(`mention:${event.text}:retry=${context.retryNum ?? 0}`);
    await say({ text: `reply to ${event.text}`, thread_ts: event.thread_ts ?? event.ts });
  });
  app.message(async ({ message, say }) => {
    if (message.subtype === undefined && message.channel_type === 'im')
      await say(`dm: ${message.text ?? ''}`);
  });
}

/** Polls until every watched handle has closed, or gives up after about two seconds. */
async function remainingHandles(handles: ReturnType<typeof watchOpenHandles>): Promise<string[]> {
  for (let attempt = 0; attempt < 40 && handles.stillOpen().length > 0; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return handles.stillOpen();
}

describe('given a Socket Mode app and the fake are stopped', () => {
  it('then none of their sockets, servers or timers stay open', async () => {
    const handles = watchOpenHandles();
    try {
      const slack = await startFakeSlack();
      const app = new App({
        token: slack.botToken,
        appToken: slack.appToken,
        socketMode: true,
        logLevel: LogLevel.ERROR,
        clientOptions: { slackApiUrl: slack.apiUrl },
      });
      register(app, []);
      await app.start();
      await slack.socket.sendSlashCommand({ command: '/ping' });
      expect(handles.stillOpen()).toEqual(expect.arrayContaining(['TCPSERVERWRAP', 'TCPWRAP']));
      await app.stop();
      await slack.stop();
      expect(await remainingHandles(handles)).toEqual([]);
    } finally {
      handles.dispose();
    }
  });
});

describe('given the real Bolt App in Socket Mode against the fake', () => {
  let slack: FakeSlack;
  let app: App;
  const seen: string[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack({ users: [{ id: ADMIN, isAdmin: true, isOwner: true }] });
    app = new App({
      token: slack.botToken,
      appToken: slack.appToken,
      socketMode: true,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: slack.apiUrl },
    });
    register(app, seen);
    await app.start();
  });

  afterAll(async () => {
    await app.stop();
    await slack.stop();
  });

  it('then start() called auth.test with the bot token and opened the link with the app token', () => {
    const auth = slack.callsTo('auth.test')[0];
    const open = slack.callsTo('apps.connections.open')[0];
    expect(auth?.token).toBe(slack.botToken);
    expect(open?.headers.authorization).toBe(`Bearer ${slack.appToken}`);
    expect(open?.response).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=/),
    });
    expect(slack.socket.connected()).toBe(true);
  });

  it('when a slash command arrives then it is acked and respond() reaches the response_url', async () => {
    const ack = await slack.socket.sendSlashCommand({ command: '/quote', text: 'stoics' });
    expect(ack.payload).toBeUndefined();
    expect(ack.late).toBe(false);
    const reply = await slack.waitForResponse(ack.sent.response_url);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: 'quote about stoics' });
  });

  it('when a command acks with a message then the ack carries it', async () => {
    const ack = await slack.socket.sendSlashCommand({ command: '/ping' });
    expect(ack.payload).toEqual({ text: 'pong' });
  });

  it('when a button is clicked then the block action is acked and replaces the message', async () => {
    const ack = await slack.socket.sendBlockAction({
      actionId: 'more',
      value: 'seneca',
      messageTs: '1700000000.000100',
    });
    expect(ack.type).toBe('interactive');
    const reply = await slack.waitForResponse(ack.sent.response_url);
    expect(reply.body).toMatchObject({ replace_original: true, text: 'more of seneca' });
  });

  it('when the bot is mentioned then say() posts in the thread with the bot token', async () => {
    const event = slack.build.appMention({
      text: `<@${slack.botUserId}> quote grit`,
      threadTs: '1700000000.000001',
    });
    await slack.socket.sendEvent(event);
    const post = await slack.waitForCall(
      'chat.postMessage',
      (call) => call.args.text === `reply to ${event.text}`,
    );
    expect(post.args).toMatchObject({ channel: event.channel, thread_ts: '1700000000.000001' });
    expect(post.token).toBe(slack.botToken);
    expect(post.response).toMatchObject({
      ok: true,
      channel: event.channel,
      message: { bot_id: slack.botId },
    });
  });

  it('when a user writes a DM then the message listener answers in the IM', async () => {
    await slack.socket.sendEvent(slack.build.directMessage({ text: 'hello there' }));
    const post = await slack.waitForCall('chat.postMessage', (call) => call.args.text === 'dm: hello there');
    expect(post.args.channel).toMatch(/^D/);
  });

  it("when the bot's own message comes back then Bolt ignores it", async () => {
    const before = slack.callsTo('chat.postMessage').length;
    const ack = await slack.socket.sendEvent(
      slack.build.botMessage({ text: 'own post', channelId: 'D0FAKEDM' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(ack.sent.event).toMatchObject({ bot_id: slack.botId, user: slack.botUserId });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(before);
  });

  it('when chat.postMessage answers 429 with Retry-After: 1 then the WebClient waits and retries', async () => {
    slack.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
    const event = slack.build.appMention({ text: `<@${slack.botUserId}> rate limited` });
    await slack.socket.sendEvent(event);
    const ok = await slack.waitForCall(
      'chat.postMessage',
      (c) => c.status === 200 && c.args.thread_ts === event.ts,
    );
    const attempts = slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(ok.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('when chat.update answers a plain 500 once then the WebClient retries it after a backoff', async () => {
    slack.failNext({ method: 'chat.update', status: 500 });
    const result = await app.client.chat.update({
      token: slack.botToken,
      channel: 'C1',
      ts: '1.000001',
      text: 'x',
    });
    expect(result.ok).toBe(true);
    expect(slack.callsTo('chat.update').map((call) => call.status)).toEqual([500, 200]);
  });

  it('when users.info is asked then per-user admin flags and injected API errors come back like Slack', async () => {
    const admin = await app.client.users.info({ token: slack.botToken, user: ADMIN });
    expect(admin.user).toMatchObject({ id: ADMIN, is_admin: true, is_owner: true });
    slack.failNext({ method: 'conversations.info', error: 'channel_not_found' });
    await expect(
      app.client.conversations.info({ token: slack.botToken, channel: 'C404' }),
    ).rejects.toMatchObject({
      data: { ok: false, error: 'channel_not_found' },
    });
  });
});

describe('given the real Bolt App in HTTP mode against the fake', () => {
  let slack: FakeSlack;
  let app: App;
  let appUrl: string;
  const seen: string[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = new App({
      token: slack.botToken,
      signingSecret: slack.signingSecret,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: slack.apiUrl },
    });
    register(app, seen);
    const server = (await app.start(0)) as Server;
    appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });

  afterAll(async () => {
    await app.stop();
    await slack.stop();
  });

  it('when a signed slash command is posted then the app answers 200 and responds', async () => {
    const answer = await slack.http.postSlashCommand(appUrl, { command: '/quote', text: 'http' });
    expect(answer.status).toBe(200);
    expect((await slack.waitForResponse(answer.sent.response_url)).body.text).toBe('quote about http');
  });

  it('when a command acks with a message then the HTTP answer is that JSON', async () => {
    const answer = await slack.http.postSlashCommand(appUrl, { command: '/ping' });
    expect(answer.json).toEqual({ text: 'pong' });
  });

  it('when the signature is wrong then the app answers 401 and the handler does not run', async () => {
    const answer = await slack.http.postSlashCommand(
      appUrl,
      { command: '/quote', text: 'forged' },
      { badSignature: true },
    );
    expect(answer.status).toBe(401);
    expect(seen).not.toContain('command:forged');
  });

  it('when the timestamp is six minutes old then the app answers 401', async () => {
    const answer = await slack.http.postSlashCommand(
      appUrl,
      { command: '/quote', text: 'replayed' },
      { timestampOffsetSeconds: -360 },
    );
    expect(answer.status).toBe(401);
    expect(seen).not.toContain('command:replayed');
  });

  it('when a block action and a retried event are posted then both are handled', async () => {
    const action = await slack.http.postBlockAction(appUrl, { actionId: 'more', value: 'http' });
    expect(action.status).toBe(200);
    expect((await slack.waitForResponse(action.sent.response_url)).body.text).toBe('more of http');
    const mention = slack.build.appMention({ text: 'again' });
    const answer = await slack.http.postEvent(appUrl, mention, { retryNum: 1, retryReason: 'http_timeout' });
    expect(answer.status).toBe(200);
    await slack.waitForCall('chat.postMessage', (call) => call.args.text === 'reply to again');
    expect(seen).toContain('mention:again:retry=1');
  });

  it('then signRequest and signedHeaders produce what Bolt accepts from another client', async () => {
    const { body, contentType } = encodeSlashCommand(slack.build.slashCommand({ command: '/ping' }));
    const headers = signedHeaders(slack.signingSecret, body, contentType, { timestamp: 1_700_000_000 });
    expect(headers['x-slack-signature']).toBe(signRequest(slack.signingSecret, body, 1_700_000_000));
    const response = await fetch(appUrl, {
      method: 'POST',
      headers: signedHeaders(slack.signingSecret, body, contentType),
      body,
    });
    expect(await response.json()).toEqual({ text: 'pong' });
  });
});
