import { describe, expect, it } from 'vitest';
import { Bot, COMMANDS, Library, parseIntent, type BotReply, type QuoteReply } from '../../src/index.js';
import { randomQuotable } from '../../src/library.js';
import { seedArticle, smallArticle } from '../helpers/content.js';
import { cycling } from '../helpers/random.js';

const library = Library.create([seedArticle()]);
const quoteOf = (reply: BotReply): QuoteReply => {
  if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
  return reply;
};

describe('random quotes and author: in the core', () => {
  it('given /quote with no words, then the random port picks the quote, and Next asks for another one', () => {
    const bot = new Bot(library, COMMANDS, cycling([0.25, 0.75]));
    const first = quoteOf(bot.handle({ kind: 'quote', query: '' }));
    const second = quoteOf(bot.handle({ kind: 'quote', query: '' }));
    expect(first.random).toBe(true);
    expect(first.hit.passage.text).not.toBe(second.hit.passage.text);
    expect(first.followUps.next).toMatchObject({ kind: 'quote', query: '', position: expect.any(Number) });
    const next = quoteOf(bot.handle(first.followUps.next!));
    expect(next.random).toBe(true);
    expect(next.hit.passage.text).not.toBe(first.hit.passage.text);
  });

  it('given /quote @everyone, /quote ??? or a mention alone, then a random quote, as /quote alone gives, that repeats no mention', () => {
    const bot = new Bot(library, COMMANDS, cycling([0.25]));
    const alone = quoteOf(bot.handle({ kind: 'quote', query: '' }));
    // As a slash command's query option, or the console's words after /quote, gives them.
    for (const query of ['@everyone', '???', '<@123>', '@here !!', ' … ']) {
      const reply = quoteOf(bot.handle({ kind: 'quote', query }));
      expect(reply.random, query).toBe(true);
      expect(reply.query, query).toBe('');
      expect(reply.hit.passage.text, query).toBe(alone.hit.passage.text);
    }
  });

  it('given Next pressed after a random quote again and again, then no quote comes twice before all have come', () => {
    const ballbach = { kind: 'quote', query: '', author: 'ballbach' } as const;
    let reply = quoteOf(new Bot(library, COMMANDS, cycling([0.3])).handle(ballbach));
    // The quotes that read on their own (see the next test): eight words or more, opening with no word that
    // points back.
    const count = randomQuotable(library.articles[0]!).length;
    expect(count).toBeGreaterThan(5);
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      seen.add(reply.hit.passage.id);
      expect(reply.hit.article.author).toBe('Eric Ballbach');
      reply = quoteOf(new Bot(library).handle(reply.followUps.next!));
    }
    expect(seen.size).toBe(count);
  });

  it('given an article with fragments and sentences that point back, then a random quote is neither, while others are there', () => {
    const speech = Library.create([
      smallArticle('speech', 'A speech', [
        'It is just wrong.',
        'They are now maintaining the forces which we need for the defence of the country.',
        'The nation must build more schools in every county before the end of the decade.',
        'But that plan failed, as the committee had warned the members it would.',
        'Their release would at least produce one element of a solution to the problem.',
        'Our harbours will be deepened so that the largest ships can reach the city.',
      ]),
    ]);
    const shown = new Set<string>();
    for (const at of [0, 0.2, 0.4, 0.6, 0.8, 0.99])
      shown.add(
        quoteOf(new Bot(speech, COMMANDS, cycling([at])).handle({ kind: 'quote', query: '' })).hit.passage
          .text,
      );
    expect([...shown].sort()).toEqual([
      'Our harbours will be deepened so that the largest ships can reach the city.',
      'The nation must build more schools in every county before the end of the decade.',
    ]);
    const short = Library.create([smallArticle('short', 'Short', ['It is just wrong.', 'They said so.'])]);
    expect(
      quoteOf(new Bot(short, COMMANDS, cycling([0.1])).handle({ kind: 'quote', query: '' })).hit.passage.text,
    ).toBeTruthy();
  });

  it('given one long article beside short ones, then random quotes give each article an equal chance, and Next the next article', () => {
    // One file of many speeches pasted together beside four short news stories: each of them is an article.
    const sentence = (topic: string, n: number): string =>
      `The ${topic} committee met for the ${n + 1}th time this year to plan the work ahead of us.`;
    const articles = [
      smallArticle(
        'speeches',
        'Speeches',
        Array.from({ length: 120 }, (_, n) => sentence('budget', n)),
      ),
      ...['harbour', 'school', 'bridge', 'market'].map((topic) =>
        smallArticle(
          topic,
          `The ${topic}`,
          [0, 1, 2].map((n) => sentence(topic, n)),
        ),
      ),
    ];
    const mixed = Library.create(articles);
    const picks = Array.from({ length: 100 }, (_, n) =>
      quoteOf(new Bot(mixed, COMMANDS, cycling([n / 100])).handle({ kind: 'quote', query: '' })),
    );
    for (const slug of ['speeches', 'harbour', 'school', 'bridge', 'market'])
      expect(picks.filter((reply) => reply.hit.article.slug === slug)).toHaveLength(20);
    // Another quote is another article's turn while the others have quotes left (the long article's last
    // quotes, once the short ones are used up, come one after another); shown again, it is the same quote.
    for (const reply of picks.filter((each) => each.hit.article.slug !== 'speeches')) {
      const next = quoteOf(new Bot(mixed).handle(reply.followUps.next!));
      expect(next.hit.article.slug).not.toBe(reply.hit.article.slug);
      expect(quoteOf(new Bot(mixed).handle(reply.followUps.share)).hit.passage.id).toBe(reply.hit.passage.id);
    }
  });

  it.each(['random', 'a random quote', 'anything', 'surprise me', 'Something random, please'])(
    'given /quote %j, words that ask for no words in particular, then a random quote answers',
    (query) => {
      const reply = quoteOf(new Bot(library, COMMANDS, cycling([0.4])).handle({ kind: 'quote', query }));
      expect(reply.random).toBe(true);
      expect(reply.followUps.next).toMatchObject({ kind: 'quote', query: '' });
    },
  );

  it('given /quote with such a word and a subject, then the subject is searched', () => {
    const reply = quoteOf(
      new Bot(library).handle({ kind: 'quote', query: 'something random about sanctions' }),
    );
    expect(reply.random ?? false).toBe(false);
    expect(reply.hit.passage.text).toMatch(/sanctions/);
  });

  it('given a random quote, then its Share and Context show that very quote again', () => {
    const bot = new Bot(library, COMMANDS, cycling([0.5]));
    const first = quoteOf(bot.handle({ kind: 'quote', query: '' }));
    const again = quoteOf(new Bot(library).handle(first.followUps.share));
    expect(again.hit.passage.text).toBe(first.hit.passage.text);
    const context = first.followUps.context;
    if (context) expect(quoteOf(new Bot(library).handle(context)).withContext).toBe(true);
  });

  it('given author: with or without words, then only that author is searched and the follow-ups keep it', () => {
    const bot = new Bot(library, COMMANDS, cycling([0.9]));
    const random = quoteOf(bot.handle({ kind: 'quote', query: '', author: 'ballbach' }));
    expect(random.hit.article.author).toBe('Eric Ballbach');
    expect(random.followUps.next).toMatchObject({ kind: 'quote', query: '', author: 'ballbach' });
    const words = quoteOf(bot.handle({ kind: 'quote', query: 'election', author: 'Eric' }));
    expect(words.random ?? false).toBe(false);
    expect(words.followUps.share).toMatchObject({ query: 'election', author: 'Eric' });
  });

  it('given an author no article has, then the reply says so with look-alike authors, not a no-match', () => {
    const bot = new Bot(library);
    expect(bot.handle({ kind: 'quote', query: 'election', author: 'balbach' })).toEqual({
      kind: 'unknown-author',
      author: 'balbach',
      suggestions: ['Eric Ballbach'],
    });
    // A short name a typo away, whose first letters differ from the name's.
    expect(bot.handle({ kind: 'quote', query: 'election', author: 'balbch' })).toMatchObject({
      suggestions: ['Eric Ballbach'],
    });
    expect(bot.handle({ kind: 'quote', query: 'election', author: 'allbach' })).toMatchObject({
      suggestions: ['Eric Ballbach'],
    });
    expect(bot.handle({ kind: 'quote', query: '', author: 'zzyzx' })).toMatchObject({
      kind: 'unknown-author',
      suggestions: [],
    });
  });

  it('given /quote author:ballbach resolved from the catalog, then the request carries the author', () => {
    const quote = COMMANDS.find((command) => command.name === 'quote')!;
    const resolved = quote.resolve({
      values: { author: 'ballbach' },
      caller: { platform: 'terminal', channelId: '', workspaceId: null, userId: null },
    });
    expect(resolved).toMatchObject({
      kind: 'request',
      request: { kind: 'quote', query: '', author: 'ballbach' },
    });
  });

  it('given a mention asking for a random quote or one by an author, then it is a quote with no words', () => {
    expect(parseIntent('@quotebot give me a random quote')).toMatchObject({ kind: 'quote', query: '' });
    expect(parseIntent('@quotebot give me a quote')).toMatchObject({ kind: 'quote', query: '' });
    expect(parseIntent('@quotebot quote author:ballbach')).toMatchObject({
      kind: 'quote',
      query: '',
      author: 'ballbach',
    });
  });

  it('given "a quote from <an author> about X" in chat, then that author\'s passage about X is quoted', () => {
    const bot = new Bot(library);
    for (const message of ['something from ballbach about sanctions', "ballbach's quotes on sanctions"]) {
      const reply = quoteOf(bot.handle(bot.read(message)));
      expect(reply.hit.passage.text.toLowerCase(), message).toContain('sanctions');
    }
    expect(bot.handle(bot.read('a quote from kim jong un'))).not.toMatchObject({ kind: 'unknown-author' });
  });
});
