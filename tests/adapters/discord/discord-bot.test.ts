import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, COMMANDS, Library } from '../../../src/index.js';
import { CALLBACK_TYPE, INTENTS, MESSAGE_FLAGS } from '../../fakes/discord/index.js';
import { seedArticle } from '../../helpers/content.js';
import { cycling } from '../../helpers/random.js';
import { MARKDOWN_PARAGRAPHS, testArticle } from './fixtures.js';
import { CALLBACK, messageBody, startHarness, type Harness } from './harness.js';
import { wordnetLexicon } from '../../helpers/lexicon.js';

const ELECTION =
  'With a crucial election ahead, Trump is unlikely to want to risk either a failure in negotiations or enter into a military conflict with unpredictable consequences.';

/** A bot whose core fails on one query, to exercise the adapter's error boundary (the core is real otherwise). */
class FailingBot extends Bot {
  override handle(request: Parameters<Bot['handle']>[0]): ReturnType<Bot['handle']> {
    if (request.kind === 'quote' && request.query === 'explode') throw new Error('core failure for the test');
    return super.handle(request);
  }
}

let harness: Harness;

beforeAll(async () => {
  // As the bot runs it: with the WordNet lexicon the build derives.
  const library = Library.create([seedArticle(), testArticle('markdown-trap', MARKDOWN_PARAGRAPHS)], {
    lexicon: wordnetLexicon(),
  });
  harness = await startHarness(new FailingBot(library, COMMANDS, cycling([0.25, 0.75])));
});

afterAll(async () => {
  // Every message the bot sent, in this whole file, pinged nobody.
  const sent = harness.discord.requests.map(messageBody).filter((body) => body !== undefined);
  expect(sent.length).toBeGreaterThan(10);
  for (const body of sent) expect(body.allowed_mentions).toMatchObject({ parse: [] });
  expect(harness.discord.unmatchedRequests()).toEqual([]);
  await harness.stop();
});

function slash(name: string, options: Record<string, string | number | boolean> = {}) {
  const { discord } = harness;
  return discord.sendInteraction(discord.buildSlashCommandInteraction({ name, options }));
}

describe('the Discord adapter against a fake Discord', () => {
  it('given a bot token, then it logs in with the Guilds, GuildMessages and DirectMessages intents only', async () => {
    const { discord, adapter } = harness;
    expect(adapter.client.isReady()).toBe(true);
    expect(adapter.client.user?.id).toBe(discord.botUserId);
    const identify = await discord.gateway.waitForFrame((frame) => frame.op === 2);
    const intents = (identify.d as { intents: number }).intents;
    expect(intents).toBe(INTENTS.guilds | INTENTS.guildMessages | INTENTS.directMessages);
  });

  it('given npm run deploy:discord, then the commands of COMMANDS are registered to the guild', () => {
    const { discord } = harness;
    const names = discord.commands.guild(discord.guildId).map((command) => command.name);
    expect(names).toEqual(expect.arrayContaining(['quote', 'summary', 'articles', 'help']));
    const quote = discord.commands.find('quote', discord.guildId)!;
    expect(quote.options?.[0]).toMatchObject({ name: 'query', autocomplete: true });
    // No words is a random quote: the option is offered, not required.
    expect(quote.options?.[0]?.required ?? false).toBe(false);
    expect(quote.options?.map((option) => option.name)).toContain('author');
  });

  it('given /help command:quote, then that command in full: its options and examples', async () => {
    const { discord } = harness;
    const help = discord.commands.find('help', discord.guildId)!;
    expect(help.options?.[0]).toMatchObject({ name: 'command' });
    const callback = await slash('help', { command: 'quote' }).waitForCallback();
    const embed = callback.body.data.embeds[0];
    expect(embed.title).toBe('/quote');
    expect(embed.description).toContain('• `author:<name>` — ');
    expect(embed.description).toContain('`/quote election`');
  });

  it('given /articles about:sanctions, then the list is of the articles with a passage about it', async () => {
    const callback = await slash('articles', { about: 'sanctions' }).waitForCallback();
    const embed = callback.body.data.embeds[0];
    expect(embed.title).toBe('Articles about “sanctions”');
    expect(embed.footer.text).toBe('Page 1 of 1 · 1 article');
  });

  it('given /quote election, then it replies at once with the sentence, its attribution and no pings', async () => {
    const callback = await slash('quote', { query: 'election' }).waitForCallback();
    expect(callback.body.type).toBe(CALLBACK_TYPE.channelMessage);
    const data = callback.body.data;
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = data.embeds[0];
    expect(embed.description).toBe(`“${ELECTION.replace('election', '**election**')}”`);
    expect(embed.author.name).toBe('Eric Ballbach');
    expect(embed.title).toBe("Donald Trump's Own Version of Muddling Through on North Korea");
    expect(embed.footer.text).toMatch(/^The National Interest · 2020-05-17 · match 1 of/);
    const labels = data.components[0].components.map((button: { label: string }) => button.label);
    expect(labels).toEqual(['Next match', 'Context', 'Card']);
  });

  it('given a quote and a query with @everyone and mentions, then the reply pings nobody', async () => {
    const quote = await slash('quote', { query: 'party' }).waitForCallback();
    expect(quote.body.data.embeds[0].description).toContain('@everyone and @here and \\<@123>');
    expect(quote.body.data.allowed_mentions.parse).toEqual([]);
    const query = await slash('quote', { query: '@everyone <@&456> zzyzx' }).waitForCallback();
    expect(query.body.data.content).toContain('@everyone \\<@&456> zzyzx');
    expect(query.body.data.flags).toBe(MESSAGE_FLAGS.ephemeral);
    expect(query.body.data.allowed_mentions.parse).toEqual([]);
  });

  it('given words typed in /quote, then autocomplete answers with up to 25 sentences, and a pick quotes it', async () => {
    const { discord } = harness;
    const sent = discord.sendInteraction(
      discord.buildAutocompleteInteraction({
        name: 'quote',
        options: { query: 'missile' },
        focused: 'query',
      }),
    );
    const callback = await sent.waitForCallback();
    expect(callback.body.type).toBe(CALLBACK_TYPE.autocompleteResult);
    const choices: { name: string; value: string }[] = callback.body.data.choices;
    expect(choices.length).toBeGreaterThan(2);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.every((choice) => choice.name.length <= 100 && choice.value.length <= 100)).toBe(true);
    const third = choices[2]!;
    const reply = await slash('quote', { query: third.value }).waitForCallback();
    const description: string = reply.body.data.embeds[0].description;
    expect(description.replace(/\*\*/g, '').slice(1)).toContain(third.name.replace(/…$/, ''));
    expect(reply.body.data.embeds[0].footer.text).toContain('match 3 of');
  });

  it('given "Next match" then "Context", then the message is updated in place with the next hit, in context', async () => {
    const { discord } = harness;
    const first = slash('quote', { query: 'election' });
    const reply = await first.waitForCallback();
    const [next] = reply.body.data.components[0].components;
    const message = first.record.originalMessageId!;
    const click = discord.sendInteraction(
      discord.buildButtonInteraction({ customId: next.custom_id, message }),
    );
    const update = await click.waitForCallback();
    expect(update.body.type).toBe(CALLBACK_TYPE.updateMessage);
    expect(update.body.data.embeds[0].footer.text).toContain('match 2 of');
    expect(update.body.data.embeds[0].description).not.toContain('With a crucial');
    const context = update.body.data.components[0].components[1];
    expect(context.label).toBe('Context');
    const shown = await discord
      .sendInteraction(discord.buildButtonInteraction({ customId: context.custom_id, message }))
      .waitForCallback();
    expect(shown.body.type).toBe(CALLBACK_TYPE.updateMessage);
    expect(shown.body.data.embeds[0].description.split('\n')).toHaveLength(3);
    expect(shown.body.data.components[0].components[1]).toMatchObject({ label: 'Context', disabled: true });
  });

  it('given /quote with no words, then a random quote, and "Another quote" replaces it with another', async () => {
    const { discord } = harness;
    const first = slash('quote');
    const reply = await first.waitForCallback();
    const embed = reply.body.data.embeds[0];
    expect(embed.footer.text).toContain('a random quote');
    const [next] = reply.body.data.components[0].components;
    expect(next.label).toBe('Another quote');
    const update = await discord
      .sendInteraction(
        discord.buildButtonInteraction({
          customId: next.custom_id,
          message: first.record.originalMessageId!,
        }),
      )
      .waitForCallback();
    expect(update.body.type).toBe(CALLBACK_TYPE.updateMessage);
    expect(update.body.data.embeds[0].footer.text).toContain('a random quote');
    expect(update.body.data.embeds[0].description).not.toBe(embed.description);
  });

  it('given /quote author:ballbach, then a quote by that author, and its buttons keep the author', async () => {
    const { discord } = harness;
    const first = slash('quote', { author: 'ballbach', private: true });
    const reply = await first.waitForCallback();
    expect(reply.body.data.embeds[0].author.name).toBe('Eric Ballbach');
    expect(reply.body.data.embeds[0].footer.text).toContain('a random quote by Eric Ballbach');
    const [next] = reply.body.data.components[0].components;
    const update = await discord
      .sendInteraction(
        discord.buildButtonInteraction({
          customId: next.custom_id,
          message: first.record.originalMessageId!,
        }),
      )
      .waitForCallback();
    expect(update.body.data.embeds[0].footer.text).toContain('a random quote by Eric Ballbach');

    const words = await slash('quote', { query: 'election', author: 'ballbach' }).waitForCallback();
    expect(words.body.data.embeds[0].description).toContain('**election**');
    const unknown = await slash('quote', { query: 'election', author: 'balbach' }).waitForCallback();
    expect(unknown.body.data.flags).toBe(MESSAGE_FLAGS.ephemeral);
    expect(unknown.body.data.content).toContain(
      'No article here is by “balbach”. Did you mean “Eric Ballbach”?',
    );
  });

  it('given a private quote, then "Post to channel" posts it for everyone', async () => {
    const { discord } = harness;
    const first = slash('quote', { query: 'election', private: true });
    const reply = await first.waitForCallback();
    expect(reply.body.data.flags).toBe(MESSAGE_FLAGS.ephemeral);
    const post = reply.body.data.components[0].components[2];
    expect(post.label).toBe('Post to channel');
    const posted = await discord
      .sendInteraction(
        discord.buildButtonInteraction({
          customId: post.custom_id,
          message: first.record.originalMessageId!,
        }),
      )
      .waitForCallback();
    expect(posted.body.type).toBe(CALLBACK_TYPE.channelMessage);
    expect(posted.body.data.flags ?? 0).toBe(0);
    expect(posted.body.data.embeds[0].description).toContain('**election**');
  });

  it('given a button whose state the bot no longer has, then the clicker is told it expired', async () => {
    const { discord } = harness;
    const callback = await discord
      .sendInteraction(discord.buildButtonInteraction({ customId: 'q:n:1:00:~zz:' }))
      .waitForCallback();
    expect(callback.body.data).toMatchObject({ flags: MESSAGE_FLAGS.ephemeral });
    expect(callback.body.data.content).toMatch(/expired/);
  });

  it('given /summary, then it defers and edits the reply with the summary', async () => {
    const { discord } = harness;
    const sent = slash('summary', { length: 'short' });
    expect((await sent.waitForCallback()).body.type).toBe(CALLBACK_TYPE.deferredChannelMessage);
    const edit = await discord.waitForRequest(
      (request) => request.method === 'PATCH' && request.params.token === sent.token && request.status < 300,
    );
    expect(edit.body.embeds[0].title).toMatch(/^Summary: Donald Trump/);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
  });

  /** Mentions the bot in a channel with these words; resolves to the bot's reply to that message. */
  const replyToMention = (content: string) => {
    const asked = harness.discord.sendMessageCreate({ content, mentionBot: true });
    return harness.discord.waitForRequest(
      (request) =>
        request.route === 'POST /channels/:channelId/messages' &&
        request.body?.message_reference?.message_id === asked.id,
    );
  };

  it('given "@quotebot quote election" in a channel, then it answers with a reply to that message', async () => {
    const reply = await replyToMention('quote election');
    expect(reply.status).toBe(200);
    expect(reply.body.embeds[0].description).toContain('**election**');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('given "@quotebot who did kim jong-un refuse?", a question, then the passage answers it', async () => {
    const reply = await replyToMention('who did kim jong-un refuse?');
    expect(reply.body.embeds[0].description).toContain('**Kim Jong-un** essentially **refused**');
  });

  it('given "@quotebot north korea missile tests", words the article holds, then the passage answers them', async () => {
    const reply = await replyToMention('north korea missile tests');
    expect(reply.body.embeds[0].description).toContain('**missile tests**');
  });

  it('given a DM "who is eric ballbach?", then the author, their note and their article answer', async () => {
    const { discord } = harness;
    // In a DM: the channel's five messages in five seconds are the other tests'.
    const asked = discord.sendMessageCreate({ content: 'who is eric ballbach?', dm: true });
    const reply = await discord.waitForRequest(
      (request) => request.body?.message_reference?.message_id === asked.id,
    );
    const embed = reply.body.embeds[0];
    expect(embed.title).toBe('Eric Ballbach');
    expect(embed.description).toContain('research fellow at the Institute of Korean Studies');
    expect(embed.description).toContain("Donald Trump's Own Version of Muddling Through on North Korea");
  });

  it('given "@quotebot what city is the capital of france?", then "city" is no misspelt "cite": the whole question is searched and no passage matches it', async () => {
    const reply = await replyToMention('what city is the capital of france?');
    expect(JSON.stringify(reply.body)).toContain('No passage matches “what city is the capital of france?”');
  });

  it('given a DM "summarize", then it answers in the DM', async () => {
    const { discord } = harness;
    const asked = discord.sendMessageCreate({ content: 'summarize', dm: true });
    const reply = await discord.waitForRequest(
      (request) => request.body?.message_reference?.message_id === asked.id,
    );
    expect(reply.params.channelId).toBe(asked.channel_id);
    expect(reply.body.embeds[0].title).toMatch(/^Summary:/);
  });

  it('given a channel message that does not mention the bot, then it stays silent', async () => {
    const { discord } = harness;
    const said = discord.sendMessageCreate({ content: 'quote election, anyone?' });
    const marker = discord.sendMessageCreate({ content: 'help', mentionBot: true });
    await discord.waitForRequest((request) => request.body?.message_reference?.message_id === marker.id);
    expect(discord.requests.some((request) => request.body?.message_reference?.message_id === said.id)).toBe(
      false,
    );
  });

  it('given a 429 on the reply, then discord.js waits Retry-After and the reply still arrives in time', async () => {
    const { discord } = harness;
    discord.failNext({
      pathPattern: '/interactions/:id/:token/callback',
      status: 429,
      retryAfterSeconds: 0.3,
    });
    const sent = slash('quote', { query: 'election' });
    const callback = await sent.waitForCallback(3000);
    expect(callback.body.data.embeds[0].description).toContain('**election**');
    const attempts = discord.requests.filter(
      (request) => request.route === CALLBACK && request.params.interactionId === sent.id,
    );
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    expect(sent.record.late).toBe(false);
  });

  it('given a global 429 on the reply, then discord.js waits Retry-After and the reply arrives once, in time', async () => {
    const { discord } = harness;
    discord.failNext({
      pathPattern: '/interactions/:id/:token/callback',
      status: 429,
      retryAfterSeconds: 0.3,
      global: true,
    });
    const sent = slash('quote', { query: 'election' });
    const callback = await sent.waitForCallback(3000);
    expect(callback.body.data.embeds[0].description).toContain('**election**');
    const attempts = discord.requests.filter(
      (request) => request.route === CALLBACK && request.params.interactionId === sent.id,
    );
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    expect(sent.record.late).toBe(false);
  });

  it('given a failure in the core, then the user gets a short private error and the log has the interaction id', async () => {
    const sent = slash('quote', { query: 'explode' });
    const callback = await sent.waitForCallback();
    expect(callback.body.data.flags).toBe(MESSAGE_FLAGS.ephemeral);
    expect(callback.body.data.content).toBe(`Sorry, something went wrong on my side. (ref ${sent.id})`);
    const logged = harness.logs.find((line) => line['interactionId'] === sent.id);
    expect(logged).toMatchObject({ level: 50, msg: 'discord interaction failed', command: 'quote' });
  });
});
