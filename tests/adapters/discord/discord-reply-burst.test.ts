import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, COMMANDS, Library } from '../../../src/index.js';
import { seedArticle } from '../../helpers/content.js';
import { cycling } from '../../helpers/random.js';
import { CALLBACK, startHarness, type Harness } from './harness.js';

/**
 * Bursts of replies against the fake's real limits (interaction callbacks outside every limit; channel
 * messages 5 per 5 s per channel and 50 per second per bot): discord.js queues on each bucket, so no
 * reply is lost to a 429.
 */
const CREATE_MESSAGE = 'POST /channels/:channelId/messages';
const CHANNELS = 20;
const BURST = 200;
let harness: Harness;

beforeAll(async () => {
  const library = Library.create([seedArticle()]);
  harness = await startHarness(new Bot(library, COMMANDS, cycling([0.25, 0.75])), {
    // What this file checks is 429s, not ack latency on a shared CPU (discord-bot.test.ts and the benchmarks
    // hold the 3-s deadline): a late callback would be refused with 10062 and read as a lost reply.
    fake: {
      ackDeadlineMs: 30_000,
      guilds: [{ channels: Array.from({ length: CHANNELS }, (_, index) => `burst-${index}`) }],
    },
  });
});
afterAll(async () => {
  expect(harness.discord.unmatchedRequests()).toEqual([]);
  await harness.stop();
});

describe('reply bursts on Discord at the real rate limits', () => {
  it('given 200 /quote interactions at once then every one is answered and none meets a 429', async () => {
    const { discord } = harness;
    const sent = Array.from({ length: BURST }, (_, index) =>
      discord.sendInteraction(
        discord.buildSlashCommandInteraction({
          name: 'quote',
          options: { query: index % 2 ? 'election' : 'trump' },
        }),
      ),
    );
    const callbacks = await Promise.allSettled(
      sent.map((interaction) => interaction.waitForCallback(30_000)),
    );
    const late = discord.interactions.filter((record) => record.late).length;
    const acks = discord.interactions
      .map((record) => (record.ackedAt ?? Infinity) - record.sentAt)
      .sort((a, b) => a - b);
    console.info(
      `200 interactions: ${late} late, ack p50 ${Math.round(acks[100]!)} ms, p99 ${Math.round(acks[197]!)} ms`,
    );
    expect(callbacks.filter((callback) => callback.status === 'rejected')).toHaveLength(0);
    const refused = discord.requests.filter((request) => request.route === CALLBACK && request.status >= 400);
    expect(refused).toEqual([]);
  }, 60_000);

  it('given 200 mentions at once across 20 channels then every one gets its reply, queued on the channel buckets', async () => {
    const { discord } = harness;
    const channels = discord.guilds[0]!.channels;
    const started = performance.now();
    const asked = Array.from({ length: BURST }, (_, index) =>
      discord.sendMessageCreate({
        content: 'quote election',
        mentionBot: true,
        channelId: channels[index % CHANNELS]!.id,
      }),
    );
    const replies = await Promise.all(
      asked.map((message) =>
        discord.waitForRequest(
          (request) =>
            request.route === CREATE_MESSAGE &&
            request.status === 200 &&
            request.body?.message_reference?.message_id === message.id,
          60_000,
        ),
      ),
    );
    expect(replies).toHaveLength(BURST);
    // Ten replies per channel at 5 per 5 s: the second five waited for the bucket to reset.
    expect(performance.now() - started).toBeGreaterThanOrEqual(4500);
    const posts = discord.requests.filter((request) => request.route === CREATE_MESSAGE);
    const limited = posts.filter((request) => request.status === 429);
    console.info(
      `200 mentions: ${limited.length} 429s (${limited.filter((request) => request.response && (request.response as { global: boolean }).global).length} global), all retried`,
    );
    expect(posts.filter((request) => request.status !== 200 && request.status !== 429)).toEqual([]);
    // Exactly one reply per mention: a 429 is retried, never lost and never doubled.
    const repliedTo = posts
      .filter((request) => request.status === 200)
      .map((request) => request.body?.message_reference?.message_id as string);
    expect(repliedTo.sort()).toEqual(asked.map((message) => message.id).sort());
  }, 90_000);
});
