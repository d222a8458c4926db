import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/discord/render-reply.js';
import { embedLength } from '../../../adapters/discord/embed.js';
import { DISCORD_LIMITS } from '../../../adapters/discord/limits.js';
import type { LibrarySummary } from '../../../src/index.js';
import { CALLBACK_TYPE } from '../../fakes/discord/index.js';
import { topicLibraryBot } from '../../helpers/topic-library.js';
import { messageBody, startHarness, type Harness } from './harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(topicLibraryBot());
});

afterAll(async () => {
  const sent = harness.discord.requests.map(messageBody).filter((body) => body !== undefined);
  for (const body of sent) expect(body.allowed_mentions).toMatchObject({ parse: [] });
  expect(harness.discord.unmatchedRequests()).toEqual([]);
  await harness.stop();
});

/** Sends a slash command and returns the message it edits its deferred reply with. */
async function summaryEdit(options: Record<string, string | number>) {
  const { discord } = harness;
  const sent = discord.sendInteraction(discord.buildSlashCommandInteraction({ name: 'summary', options }));
  expect((await sent.waitForCallback()).body.type).toBe(CALLBACK_TYPE.deferredChannelMessage);
  const edit = await discord.waitForRequest(
    (request) => request.method === 'PATCH' && request.params.token === sent.token && request.status < 300,
  );
  return edit.body as Record<string, any>;
}

describe('Discord: /summary across the library, against a fake Discord', () => {
  it('given /summary topic:harbour and no article then one embed says what each article says, attributed and linked, most relevant first', async () => {
    const body = await summaryEdit({ topic: 'harbour' });
    const embed = body.embeds[0];
    expect(embed.title).toBe('What 2 articles say about harbour');
    const text: string = embed.description;
    expect(text).toContain(
      '**[Eastham port to close old harbour to cargo ships](https://example.org/harbour)**',
    );
    expect(text).toContain('*— Jo Reporter, Eastham News, 2024-02-03*');
    expect(text).toContain('**Ferries will keep their berths**');
    expect(text.indexOf('Eastham port')).toBeLessThan(text.indexOf('Ferries will keep'));
    expect(text).not.toContain('tram');
    expect(body.allowed_mentions.parse).toEqual([]);
  });

  it('given a topic no article discusses then it says so plainly', async () => {
    const body = await summaryEdit({ topic: 'bitcoin' });
    expect(body.content).toBe('No article in the library discusses bitcoin.');
  });

  it('given /summary sentences:3 article:<slug> then the summary has exactly 3 sentences', async () => {
    const body = await summaryEdit({ sentences: 3, article: 'harbour-closes' });
    expect(
      body.embeds[0].description.split('\n').filter((line: string) => line.startsWith('• ')),
    ).toHaveLength(3);
  });

  it('given "@quotebot summarize what the articles say about the harbour" then it answers with the library summary', async () => {
    const { discord } = harness;
    const asked = discord.sendMessageCreate({
      content: 'summarize what the articles say about the harbour',
      mentionBot: true,
    });
    const reply = await discord.waitForRequest(
      (request) =>
        request.route === 'POST /channels/:channelId/messages' &&
        request.body?.message_reference?.message_id === asked.id,
    );
    expect(reply.body.embeds[0].title).toMatch(/^What 2 articles say about/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('Discord: rendering a library summary', () => {
  it('given many long sentences from many articles then the embed stays within Discord limits, escaped', () => {
    const article = (n: number) => ({
      slug: `a${n}`,
      title: `Article *${n}* ${'x'.repeat(300)}`,
      author: '@everyone',
      publication: 'P',
      date: '2024-01-01',
      url: `https://example.org/${n}`,
    });
    const summary: LibrarySummary = {
      kind: 'found',
      topic: 'harbour',
      length: 'medium',
      excerpts: Array.from({ length: 20 }, (_, n) => ({
        article: article(n),
        sentences: [{ id: `a${n}#1`, text: `The *harbour* ${'word '.repeat(300)}` }],
      })),
    };
    const message = renderReply({ kind: 'library-summary', summary }, false);
    const embed = message.embeds[0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(embed.description).toContain('The \\*harbour\\*');
  });
});
