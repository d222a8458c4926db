import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { quoteButtonIds, readQuoteButton } from '../../../adapters/discord/button-state.js';
import type { DiscordMessage } from '../../../adapters/discord/discord-message.js';
import { embedLength } from '../../../adapters/discord/embed.js';
import { DISCORD_LIMITS } from '../../../adapters/discord/limits.js';
import { renderReply } from '../../../adapters/discord/render-reply.js';
import { StateStore, type QuoteQuery } from '../../../adapters/discord/state-store.js';
import { Bot, Library, type BotReply, type QuoteReply } from '../../../src/index.js';
import { seedLibrary } from '../../helpers/content.js';
import { markdownBot, testArticle } from './fixtures.js';

const ELECTION =
  'With a crucial election ahead, Trump is unlikely to want to risk either a failure in negotiations or enter into a military conflict with unpredictable consequences.';

/** Encodes the buttons (state written first), then renders: as the adapter does. */
function render(reply: BotReply, isPrivate: boolean, store: StateStore<QuoteQuery>): DiscordMessage {
  const ids = reply.kind === 'quote' ? quoteButtonIds(reply, isPrivate, store) : {};
  return renderReply(reply, isPrivate, ids);
}

const buttonsOf = (message: DiscordMessage): APIButtonComponent[] =>
  message.components.flatMap((row) => row.components);
const labels = (message: DiscordMessage): string[] =>
  buttonsOf(message).map((button) => ('label' in button ? (button.label ?? '') : ''));
const customId = (button: APIButtonComponent | undefined): string =>
  button && 'custom_id' in button ? button.custom_id : '';

function withinLimits(message: DiscordMessage): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  for (const embed of message.embeds) {
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  }
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const button of row.components)
      expect(customId(button).length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  }
}

describe('rendering a quote for Discord', () => {
  const bot = new Bot(seedLibrary());
  const store = new StateStore<QuoteQuery>();

  it('given /quote election, then the embed holds the sentence with the word bold and its attribution', () => {
    const message = render(bot.handle({ kind: 'quote', query: 'election' }), false, store);
    const embed = message.embeds[0]!;
    expect(embed.description).toBe(`“${ELECTION.replace('election', '**election**')}”`);
    expect(embed.author?.name).toBe('Eric Ballbach');
    expect(embed.title).toBe("Donald Trump's Own Version of Muddling Through on North Korea");
    expect(embed.footer?.text).toMatch(/^The National Interest · 2020-05-17 · match 1 of \d+$/);
    expect(embed.url).toBeUndefined();
    expect(message.private).toBe(false);
    expect(labels(message)).toEqual(['Next match', 'Context', 'Card']);
    withinLimits(message);
  });

  it('given a private quote, then it has a "Post to channel" button that posts it publicly', () => {
    const message = render(bot.handle({ kind: 'quote', query: 'election' }), true, store);
    expect(message.private).toBe(true);
    expect(labels(message)).toEqual(['Next match', 'Context', 'Post to channel', 'Card']);
    const post = buttonsOf(message)[2]!;
    expect(post.style).toBe(ButtonStyle.Primary);
    expect(readQuoteButton(customId(post), store)).toMatchObject({
      action: 'p',
      request: { query: 'election', position: 0 },
      private: false,
    });
  });

  it('given the buttons, then "Next match" asks for the next hit and "Context" for the same one in context', () => {
    const message = render(bot.handle({ kind: 'quote', query: 'election', position: 1 }), false, store);
    const [next, context] = buttonsOf(message).map((button) => readQuoteButton(customId(button), store));
    expect(next).toMatchObject({
      action: 'n',
      request: { position: 2, withContext: false, query: 'election' },
    });
    expect(context).toMatchObject({
      action: 'c',
      request: { position: 1, withContext: true, query: 'election' },
    });
  });

  it('given context asked for, then the sentences around the quote are shown and "Context" is disabled', () => {
    const reply = bot.handle({ kind: 'quote', query: 'election', withContext: true }) as QuoteReply;
    const message = render(reply, false, store);
    const lines = message.embeds[0]!.description!.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(reply.hit.context.before);
    expect(lines[1]).toContain('> “With a crucial **election** ahead');
    expect(lines[2]).toBe(reply.hit.context.after);
    expect(buttonsOf(message)[1]).toMatchObject({
      type: ComponentType.Button,
      label: 'Context',
      disabled: true,
    });
  });

  it('given a quote full of markdown and mentions, then it renders literally with only the match bold', () => {
    const markdown = markdownBot();
    const rendered = (query: string): string =>
      render(markdown.handle({ kind: 'quote', query }), false, store).embeds[0]!.description!;
    expect(rendered('starred')).toBe(
      '“The \\***starred**\\* ballot\\_day vote was \\~\\~struck\\~\\~ and \\|\\|hidden\\|\\| and \\`code\\` today.”',
    );
    expect(rendered('party')).toBe(
      '“Then @everyone and @here and \\<@123> and \\<@&456> came to the ballot **party**.”',
    );
    expect(rendered('quoted')).toBe('“\\> **quoted** ballot line here.”');
    const embed = render(markdown.handle({ kind: 'quote', query: 'party' }), false, store).embeds[0]!;
    expect(embed.title).toBe('Tricky \\*Title\\* of @everyone');
    expect(embed.url).toBe('https://example.com/articles/markdown-trap');
  });

  it('given a 10,000-character sentence, then the embed stays within every Discord limit', () => {
    const long = `${'Words upon words, '.repeat(320)}and the election came ${'and then more words, '.repeat(200)}finally.`;
    expect(long.length).toBeGreaterThan(9_500);
    const library = Library.create([testArticle('long-one', [long], { title: 'T'.repeat(300) })]);
    const message = render(new Bot(library).handle({ kind: 'quote', query: 'election' }), true, store);
    withinLimits(message);
    const description = message.embeds[0]!.description!;
    expect(description).toContain('**election**');
    expect(description.length).toBeGreaterThan(3_500);
  });

  it('given a long query and article slug, then the buttons keep them in the store within 100 characters', () => {
    const query = 'crucial election ahead of trump';
    const article = 'donald-trumps-own-version-of-muddling-through-on-north-korea';
    const message = render(bot.handle({ kind: 'quote', query, article }), false, store);
    withinLimits(message);
    const id = customId(buttonsOf(message)[0]);
    expect(id).toMatch(/^q:c:0:10:~/);
    expect(readQuoteButton(id, store)).toMatchObject({
      request: { query, article, position: 0, withContext: true },
    });
    expect(readQuoteButton(id, new StateStore<QuoteQuery>())).toBe('expired');
  });
});

describe('rendering the other replies for Discord', () => {
  const bot = new Bot(seedLibrary());
  const store = new StateStore<QuoteQuery>();

  it('given no match, then the asker alone is told, with did-you-mean and the query escaped', () => {
    const message = render(
      { kind: 'no-match', query: '@everyone *zz*', suggestions: ['election'] },
      false,
      store,
    );
    expect(message.private).toBe(true);
    expect(message.content).toBe('No passage matches “@everyone \\*zz\\*”. Did you mean “election”?');
  });

  it('given no match with a word that finds passages alone, then the reply names it as a command to try', () => {
    const message = render(
      { kind: 'no-match', query: 'man on the moon', suggestions: [], alone: 'moon' },
      false,
      store,
    );
    expect(message.content).toBe('No passage matches “man on the moon”. Try `/quote moon` for “moon” alone.');
  });

  it('given a summary, then it lists the sentences with the deck apart, within the limits', () => {
    const message = render(bot.handle({ kind: 'summary' }), false, store);
    const embed: APIEmbed = message.embeds[0]!;
    expect(embed.title).toMatch(/^Summary: Donald Trump/);
    expect(embed.description!.split('\n').every((line) => line.startsWith('• '))).toBe(true);
    expect(embed.fields?.[0]?.name).toBe("The author's own summary");
    withinLimits(message);
  });

  it('given /articles and /help, then both render, help privately', () => {
    const articles = render(bot.handle({ kind: 'articles' }), false, store);
    expect(articles.embeds[0]!.description).toContain(
      '`donald-trumps-own-version-of-muddling-through-on-north-korea`',
    );
    const about = render(bot.handle({ kind: 'articles', about: 'sanctions' }), false, store);
    expect(about.embeds[0]!.title).toBe('Articles about “sanctions”');
    const byAuthor = render(bot.handle({ kind: 'articles', author: 'ballbach' }), false, store);
    expect(byAuthor.embeds[0]!.title).toBe('Articles by Eric Ballbach');
    const author = render(bot.handle({ kind: 'quote', query: 'who is eric ballbach?' }), false, store);
    expect(author.embeds[0]!.title).toBe('Eric Ballbach');
    expect(author.embeds[0]!.description).toMatch(
      /^Eric Ballbach is a research fellow.*\n\n\*\*Their article\*\*\n/,
    );
    withinLimits(author);
    const unknown = render(bot.handle({ kind: 'help', unknown: 'blorp' }), false, store);
    expect(unknown.private).toBe(true);
    expect(unknown.content).toBe(
      'I did not understand “blorp”. Ask me for a quote (`/quote election`) or a summary (`/summary`); `/help` lists everything.',
    );
    expect(unknown.embeds).toEqual([]);
    const help = render(bot.handle({ kind: 'help' }), false, store);
    expect(help.private).toBe(true);
    expect(help.embeds[0]!.description).toContain(
      '`/quote [words] [author:<name>] [article:<slug>] [private:true] [card:true]`',
    );
    const newest = render({ ...bot.handle({ kind: 'summary' }), newest: true } as BotReply, false, store);
    expect(newest.content).toBe(
      'That is the newest article. `/summary article:<slug or title words>` summarises another, `/summary all` every article in a sentence.',
    );
    const theirs = { name: 'Eric Ballbach', articles: 2 };
    const newestOfAuthor = render(
      { ...bot.handle({ kind: 'summary' }), newest: true, author: theirs } as BotReply,
      false,
      store,
    );
    expect(newestOfAuthor.content).toBe(
      'That is the newest of Eric Ballbach\'s 2 articles. `/summary article:<slug or title words>` summarises another, `/summary all author:"Eric Ballbach"` each of them in a sentence.',
    );
    // "post a quote every morning": the one line that sets it up here, not the 20 lines of /daily.
    const setUp = render(bot.handle(bot.read('post a quote every morning')), false, store);
    expect(setUp.embeds).toEqual([]);
    expect(setUp.content).toBe(
      'To post a quote in this channel every day, type `/daily set time:9am timezone:Europe/Berlin` with your own timezone or city (`timezone:new york`); only members with the Manage Server permission may. `/help command:daily` says more: other days, one article, a card.',
    );
    // "how do I add an article?": where articles come from, in a line.
    const adding = render(bot.handle(bot.read('how do I add an article?')), false, store);
    expect(adding.embeds).toEqual([]);
    expect(adding.content).toBe(
      "Articles are files in my content folder: run `npx quotebot import <file or URL>` where I run to add one from a text, a Markdown file or a web page, and I read it at once (the README's “Importing articles” says more). `/articles` lists them, `/help` everything I do.",
    );
    // "thank you!", "lol": a line back, not what to try.
    expect(render(bot.handle(bot.read('thank you!')), false, store).content).toBe('You’re welcome!');
    expect(render(bot.handle(bot.read('lol')), false, store).content).toBe('🙂');
    const smallTalk = render(bot.handle({ kind: 'help', brief: true }), false, store);
    expect(smallTalk.embeds).toEqual([]);
    expect(smallTalk.content).toBe(
      'Ask me for a quote (`/quote election`) or a summary (`/summary`); `/help` lists everything.',
    );
  });
});
