import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, COMMANDS, Library } from '../../../src/index.js';
import { loadBbcArticles } from '../../../bench/bbc-corpus.js';
import { seedArticle } from '../../helpers/content.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;

beforeAll(async () => {
  // The seed essay, and a BBC story that quotes a person by name (for "what else did he say?").
  const bbc = loadBbcArticles().filter((article) => article.slug === 'bbc-business-004');
  harness = await startHarness(new Bot(Library.create([seedArticle(), ...bbc]), COMMANDS), {
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

/**
 * Mentions the bot with these words, as this user (the first by default), in the channel or in a DM (a
 * channel of its own, which Discord's rate limits count apart); resolves to the bot's reply.
 */
async function mention(content: string, author?: string, dm = false): Promise<Record<string, any>> {
  const asked = harness.discord.sendMessageCreate({
    content,
    mentionBot: true,
    ...(author ? { author } : {}),
    ...(dm ? { dm } : {}),
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

  it('given "quote north korea" then "context please" in a DM, then the reply is that quote with the sentences around it', async () => {
    const quote = await mention('quote north korea', undefined, true);
    const first = quote.embeds[0].description as string;
    const context = await mention('context please', undefined, true);
    const shown = context.embeds[0].description as string;
    // The quote stands in its context, as a quoted line between the sentences before and after it.
    expect(shown.split('\n')).toEqual([expect.any(String), `> ${first}`, expect.any(String)]);
    const other = await mention('tell me more', harness.discord.users[1]!.id, true);
    expect(JSON.stringify(other)).toContain('Ask for a quote first');
  });

  it('given "what else did he say?" after a quote, then its Context button shows it footed as his words, as "why?" does, not as a random quote', async () => {
    // In the other user's DM: the channel's posts above are at Discord's rate limit.
    const user = harness.discord.users[1]!.id;
    await mention('quote results respectable third quarter', user, true);
    const more = await mention('what else did he say?', user, true);
    const theirs = 'more from Rod Eddington in this article';
    expect(more.embeds[0].footer.text).toContain(theirs);
    const context = (more.components[0].components as { label: string; custom_id: string }[]).find(
      (button) => button.label === 'Context',
    )!;
    const clicked = await harness.discord
      .sendInteraction(
        harness.discord.buildButtonInteraction({ customId: context.custom_id, user, dm: true }),
      )
      .waitForCallback();
    const shown = clicked.body.data.embeds[0];
    expect(shown.description.split('\n')).toHaveLength(3);
    expect(shown.footer.text).toContain(theirs);
    const typed = await mention('why?', user, true);
    expect(shown.footer.text).toBe(typed.embeds[0].footer.text);
    expect(shown.description).toBe(typed.embeds[0].description);
  });
});
