import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEvent } from '../../fakes/slack/index.js';
import { startOnFake, type Running } from './harness.js';

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('Slack HTTP mode: request verification and endpoints (real Bolt, fake Slack)', () => {
  let run: Running;

  beforeAll(async () => {
    run = await startOnFake('http');
  });
  afterAll(async () => {
    await run?.stop();
  });

  /** Proves the app still answers, and that everything sent before was handled. */
  async function answeredAfter(): Promise<void> {
    const res = await run.slack.http.postSlashCommand(run.appUrl, { command: '/quote', text: 'weather' });
    expect(res.status).toBe(200);
  }

  it('given a slash command with a bad signature then it is refused with 401 and no handler runs', async () => {
    const before = run.bot.requests.length;
    const res = await run.slack.http.postSlashCommand(
      run.appUrl,
      { command: '/quote', text: 'election' },
      { badSignature: true },
    );
    expect(res.status).toBe(401);
    expect(res.body).toBe('');
    await answeredAfter();
    expect(run.bot.requests.length).toBe(before + 1);
    expect(run.slack.responses.filter((post) => res.sent.response_url.endsWith(post.id))).toEqual([]);
  });

  it('given requests signed more than 5 minutes ago then they are refused with 401 and no handler runs', async () => {
    const before = run.bot.requests.length;
    const command = await run.slack.http.postSlashCommand(
      run.appUrl,
      { command: '/quote', text: 'election' },
      { timestampOffsetSeconds: -360 },
    );
    const mention = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
    const event = await run.slack.http.postEvent(run.appUrl, mention, { timestampOffsetSeconds: -360 });
    const forged = await run.slack.http.postEvent(run.appUrl, mention, { badSignature: true });
    expect([command.status, event.status, forged.status]).toEqual([401, 401, 401]);
    await answeredAfter();
    expect(run.bot.requests.length).toBe(before + 1);
    expect(
      run.slack.callsTo('chat.postMessage').filter((c) => c.args['thread_ts'] === mention['ts']),
    ).toEqual([]);
  });

  it('given a request signed 4 minutes ago then it is still answered', async () => {
    const res = await run.slack.http.postSlashCommand(
      run.appUrl,
      { command: '/quote', text: 'election' },
      { timestampOffsetSeconds: -240 },
    );
    expect(res.status).toBe(200);
    expect((res.json as { response_type: string }).response_type).toBe('in_channel');
  });

  it("given Slack's url_verification then the challenge is echoed", async () => {
    const res = await run.slack.http.post(
      run.appUrl,
      encodeEvent({ token: 'x', challenge: 'challenge-123', type: 'url_verification' }),
    );
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ challenge: 'challenge-123' });
  });

  it('given GET /healthz then 200 with ok:true; other paths are 404', async () => {
    const base = run.appUrl.replace('/slack/events', '');
    expect(await get(`${base}/healthz`)).toEqual({ status: 200, body: '{"ok":true}' });
    expect((await get(`${base}/nope`)).status).toBe(404);
  });
});
