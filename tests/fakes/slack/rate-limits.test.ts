import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack, type FakeSlackOptions } from './index.js';
import { PostMessageLimits, ResponseUrlLimits } from './rate-limits.js';

let slack: FakeSlack | undefined;
afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

async function fake(options: FakeSlackOptions = { rateLimits: true }): Promise<FakeSlack> {
  slack = await startFakeSlack(options);
  return slack;
}

function client(fakeSlack: FakeSlack, options: webApi.WebClientOptions = {}): webApi.WebClient {
  return new webApi.WebClient(fakeSlack.botToken, {
    slackApiUrl: fakeSlack.apiUrl,
    logLevel: webApi.LogLevel.ERROR,
    ...options,
  });
}

describe('fake Slack rate limits', () => {
  it('given a burst then a steady second per channel then the bucket allows the burst and one message a second after it', () => {
    let now = 0;
    const limits = new PostMessageLimits({ perSecond: 1, burst: 5 }, () => now);
    expect(Array.from({ length: 6 }, () => limits.take('C1'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      1,
    ]);
    expect(limits.take('C2')).toBeUndefined();
    now += 1000;
    expect(limits.take('C1')).toBeUndefined();
    expect(limits.take('C1')).toBe(1);
  });

  it('given 7 chat.postMessage calls to one channel at once then the sixth and seventh get HTTP 429 ratelimited with Retry-After', async () => {
    const fakeSlack = await fake();
    const web = client(fakeSlack, { rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
    const results = await Promise.allSettled(
      Array.from({ length: 7 }, (_, index) => web.chat.postMessage({ channel: 'C1', text: `n${index}` })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refused).toHaveLength(2);
    for (const error of refused) {
      expect(error).toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 1 });
    }
    const limited = fakeSlack.callsTo('chat.postMessage').filter((call) => call.status === 429);
    expect(limited.map((call) => call.response)).toEqual([
      { ok: false, error: 'ratelimited' },
      { ok: false, error: 'ratelimited' },
    ]);
    expect(limited[0]!.fault).toBeUndefined();
  });

  it('given the real WebClient with its default retries then a burst to one channel is all delivered, after waiting', async () => {
    const fakeSlack = await fake();
    const web = client(fakeSlack);
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, index) => web.chat.postMessage({ channel: 'C1', text: `n${index}` })),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const calls = fakeSlack.callsTo('chat.postMessage');
    expect(calls.filter((call) => call.status === 200)).toHaveLength(7);
    expect(calls.some((call) => call.status === 429)).toBe(true);
  }, 30_000);

  it('given a response_url then 5 uses are accepted and the sixth gets 404 used_url', async () => {
    const fakeSlack = await fake();
    const url = fakeSlack.build.slashCommand({ command: '/quote', text: '' }).response_url;
    const post = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'hi' }),
      });
    const statuses = [];
    for (let index = 0; index < 6; index++) statuses.push((await post()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(await (await post()).text()).toBe('used_url');
    expect(fakeSlack.responses).toHaveLength(5);
  });

  it('given a response_url older than 30 minutes then it is refused with expired_url', () => {
    let now = 0;
    const limits = new ResponseUrlLimits({ uses: 5, lifetimeMs: 30 * 60_000 }, () => now);
    limits.issue('r1');
    expect(limits.use('r1')).toBeUndefined();
    now += 30 * 60_000 + 1;
    expect(limits.use('r1')).toBe('expired_url');
  });

  it('given the default options then chat.postMessage is not limited (opt-in), only response_url is', async () => {
    const fakeSlack = await fake({});
    const web = client(fakeSlack, { rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
    await Promise.all(
      Array.from({ length: 10 }, (_, index) => web.chat.postMessage({ channel: 'C1', text: `n${index}` })),
    );
    expect(fakeSlack.callsTo('chat.postMessage').every((call) => call.status === 200)).toBe(true);
  });
});
