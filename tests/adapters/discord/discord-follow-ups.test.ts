import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, COMMANDS, Library } from '../../../src/index.js';
import { seedArticle } from '../../helpers/content.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(new Bot(Library.create([seedArticle()]), COMMANDS), {
    fake: {
      users: [
        { username: 'reader', globalName: 'Reader' },
        { username: 'other', globalName: 'Other' },
      ],
    },
  });
});

afterAll(async () => {
  await harness.stop();
});

/** Mentions the bot with these words, as this user (the first by default); resolves to the bot's reply. */
async function mention(content: string, author?: string): Promise<Record<string, any>> {
  const asked = harness.discord.sendMessageCreate({
    content,
    mentionBot: true,
    ...(author ? { author } : {}),
  });
  const reply = await harness.discord.waitForRequest(
    (request) =>
      request.route === 'POST /channels/:channelId/messages' &&
      request.body?.message_reference?.message_id === asked.id,
  );
  return reply.body;
}

describe('Discord mentions that follow up a quote (real discord.js, fake Discord)', () => {
  it('given "@quotebot quote north korea" then "@quotebot who said that?" and "@quotebot next", then they answer the quote: its article, then its next match; another user\'s "next" asks for a quote', async () => {
    const quote = await mention('quote north korea');
    const first = quote.embeds[0].description as string;
    expect(first).toContain('**North Korea**');

    const source = await mention('who said that?');
    expect(source.content).toMatch(/^From .*Donald Trump.*, by Eric Ballbach/);

    const next = await mention('next');
    expect(next.embeds[0].description).toContain('**North Korea**');
    expect(next.embeds[0].description).not.toBe(first);
    expect(next.embeds[0].footer.text).toMatch(/match 2 of \d+$/);

    const other = await mention('next', harness.discord.users[1]!.id);
    expect(JSON.stringify(other)).toContain('Ask for a quote first');
  });
});
