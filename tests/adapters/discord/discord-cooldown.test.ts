import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, createCooldownGate, Library, MemoryCooldownStore } from '../../../src/index.js';
import { CALLBACK_TYPE, MESSAGE_FLAGS } from '../../fakes/discord/index.js';
import { seedArticle } from '../../helpers/content.js';
import { startHarness, type Harness } from './harness.js';

/** A clock the test moves by hand, so waits are exact and the test never sleeps. */
let now = Date.UTC(2026, 0, 1);
const clock = { now: () => new Date(now) };

let harness: Harness;

beforeAll(async () => {
  const gate = createCooldownGate(new MemoryCooldownStore(), clock, { quote: 3, summary: 10 });
  harness = await startHarness(new Bot(Library.create([seedArticle()])), { cooldowns: gate });
});

afterAll(async () => {
  expect(harness.discord.unmatchedRequests()).toEqual([]);
  await harness.stop();
});

const OTHER_USER = {
  id: '700000000000000077',
  username: 'other',
  discriminator: '0',
  global_name: null,
  avatar: null,
};

function slash(name: string, options: Record<string, string> = {}, user?: typeof OTHER_USER) {
  const { discord } = harness;
  return discord.sendInteraction(
    discord.buildSlashCommandInteraction({ name, options, ...(user ? { user } : {}) }),
  );
}

/** Messages posted to channels (not interaction callbacks): what everyone would see apart from replies. */
const channelPosts = (): number =>
  harness.discord.requests.filter(
    (request) => request.method === 'POST' && /^\/?.*channels\/.+\/messages/.test(request.route ?? ''),
  ).length;

describe('per-user cooldowns on Discord (real discord.js, fake Discord)', () => {
  it('given a second /quote within 3 s, then only the asker is told to slow down, and after 3 s it answers', async () => {
    const first = await slash('quote', { query: 'election' }).waitForCallback();
    expect(first.body.type).toBe(CALLBACK_TYPE.channelMessage);
    expect(first.body.data.flags ?? 0).toBe(0);
    const posts = channelPosts();
    now += 1_000;
    const second = await slash('quote', { query: 'election' }).waitForCallback();
    expect(second.body.type).toBe(CALLBACK_TYPE.channelMessage);
    expect(second.body.data.flags).toBe(MESSAGE_FLAGS.ephemeral);
    expect(second.body.data.content).toBe('Slow down: you can use `/quote` again in 2 seconds.');
    expect(second.body.data.embeds ?? []).toEqual([]);
    expect(second.body.data.allowed_mentions.parse).toEqual([]);
    expect(channelPosts()).toBe(posts);
    // Another user is not held by the first one's cooldown.
    const other = await slash('quote', { query: 'election' }, OTHER_USER).waitForCallback();
    expect(other.body.data.flags ?? 0).toBe(0);
    now += 2_000;
    const third = await slash('quote', { query: 'election' }).waitForCallback();
    expect(third.body.data.flags ?? 0).toBe(0);
    expect(third.body.data.embeds).toHaveLength(1);
  });

  it('given a second /summary within 10 s, then the wait is an ephemeral reply, never a public deferral', async () => {
    const first = await slash('summary').waitForCallback();
    expect(first.body.type).toBe(CALLBACK_TYPE.deferredChannelMessage);
    expect(first.body.data?.flags ?? 0).toBe(0);
    now += 4_000;
    const second = await slash('summary').waitForCallback();
    expect(second.body.type).toBe(CALLBACK_TYPE.channelMessage);
    expect(second.body.data.flags).toBe(MESSAGE_FLAGS.ephemeral);
    expect(second.body.data.content).toBe('Slow down: you can use `/summary` again in 6 seconds.');
  });

  it('given autocomplete many times in a row, then every suggestion list is answered', async () => {
    const { discord } = harness;
    for (let i = 0; i < 5; i++) {
      const callback = await discord
        .sendInteraction(
          discord.buildAutocompleteInteraction({
            name: 'quote',
            options: { query: 'missile' },
            focused: 'query',
          }),
        )
        .waitForCallback();
      expect(callback.body.type).toBe(CALLBACK_TYPE.autocompleteResult);
      expect(callback.body.data.choices.length).toBeGreaterThan(0);
    }
  });
});
