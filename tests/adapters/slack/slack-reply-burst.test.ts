import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOnFake, type Running } from './harness.js';

/**
 * A burst of mentions against Slack's chat.postMessage limit (about 1 per second per channel, short
 * bursts allowed; HTTP 429 + Retry-After past it). The bot's WebClient keeps its default retry policy
 * (ten retries in about 30 minutes, each logged): it pauses on Retry-After and retries, so no reply is lost.
 */
const CHANNELS = 20;
const BURST = 200;
let run: Running;

beforeAll(async () => {
  run = await startOnFake('socket', {}, { fake: { rateLimits: true } });
});
afterAll(async () => {
  await run.stop();
});

describe('a reply burst on Slack at the real chat.postMessage limit', () => {
  it('given 200 mentions at once across 20 channels then every one gets exactly one reply in its thread', async () => {
    const { slack } = run;
    const started = performance.now();
    const mentions = Array.from({ length: BURST }, (_, index) =>
      slack.build.appMention({
        text: `<@${slack.botUserId}> quote election`,
        channelId: `C${String(index % CHANNELS).padStart(9, '0')}`,
      }),
    );
    await Promise.all(mentions.map((mention) => slack.socket.sendEvent(mention, { ackTimeoutMs: 30_000 })));
    await Promise.all(
      mentions.map((mention) =>
        slack.waitForCall(
          'chat.postMessage',
          (call) => call.status === 200 && call.args['thread_ts'] === mention['ts'],
          120_000,
        ),
      ),
    );
    const calls = slack.callsTo('chat.postMessage');
    const limited = calls.filter((call) => call.status === 429);
    console.info(
      `200 Slack mentions: ${limited.length} 429s, all answered in ${Math.round(performance.now() - started)} ms`,
    );
    // Ten mentions per channel against a burst of five: the limit was met, and waited out.
    expect(limited.length).toBeGreaterThan(0);
    const answered = calls
      .filter((call) => call.status === 200)
      .map((call) => String(call.args['thread_ts']));
    expect(answered.sort()).toEqual(mentions.map((mention) => String(mention['ts'])).sort());
  }, 180_000);
});
