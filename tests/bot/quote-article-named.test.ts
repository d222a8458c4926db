import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { SEED_SLUG, seedLibrary, smallArticle } from '../helpers/content.js';

/** The article a reply is of: a quote's passage's, a summary's; else the reply's kind, to show in a failure. */
function articleOf(reply: BotReply): string {
  if (reply.kind === 'quote') return reply.hit.article.slug;
  if (reply.kind === 'summary') return reply.summary.article.slug;
  return `(${reply.kind})`;
}

describe('/quote article: found as /summary article: finds it', () => {
  const bot = new Bot(seedLibrary());

  it('given /quote missiles article:election (a word of the text, not of the title) then it quotes that article', () => {
    expect(articleOf(bot.handle({ kind: 'summary', article: 'election' }))).toBe(SEED_SLUG);
    for (const line of [
      '/quote missiles article:election',
      '/quote article:election missiles',
      '@quotebot quote missiles article:election',
    ]) {
      const reply = bot.handle(bot.read(line));
      expect(articleOf(reply), line).toBe(SEED_SLUG);
      if (reply.kind === 'quote') expect(reply.query, line).toBe('missiles');
    }
  });

  it('given no words, or card:true, with article:election then a random quote or a card of that article', () => {
    const random = bot.handle({ kind: 'quote', query: '', article: 'election' });
    expect(random).toMatchObject({ kind: 'quote', random: true, article: SEED_SLUG });
    const card = bot.handle({ kind: 'quote', query: 'missiles', article: 'election', card: true });
    expect(card).toMatchObject({ kind: 'quote', card: true, article: SEED_SLUG });
  });

  it('given the words typed in the console then the reply is a quote, not "There is no article"', async () => {
    const said = await answerLine(
      bot,
      '/quote missiles article:election',
      { followUps: undefined },
      { color: false },
    );
    expect(said).not.toContain('There is no article');
    expect(said).toContain('missile');
  });
});

describe('/quote article: in a library of made-up articles', () => {
  const library = Library.create([
    smallArticle('river-rose', 'The River Rose', [
      'The river water rose overnight and covered the lower road.',
      'By morning the ferry had stopped running.',
    ]),
    smallArticle('harbour-lights', 'Harbour lights return', [
      'The harbour water was lit again on Friday.',
      'The lighthouse keeper said the gulls had gone quiet.',
    ]),
  ]);
  const bot = new Bot(library);

  it('given article: a word only one article says then its passages are searched, as its summary is that one', () => {
    for (const [word, slug] of [
      ['ferry', 'river-rose'],
      ['lighthouse', 'harbour-lights'],
    ] as const) {
      expect(articleOf(bot.handle({ kind: 'summary', article: word }))).toBe(slug);
      const reply = bot.handle({ kind: 'quote', query: 'water', article: word });
      expect(articleOf(reply), word).toBe(slug);
    }
  });

  it('given article: words both articles say (as a slug or not), then "no article", not the one a search ranks first', () => {
    for (const article of ['water', 'the-water', 'the water'])
      expect(bot.handle({ kind: 'quote', query: 'water', article }), article).toMatchObject({
        kind: 'unknown-article',
        article,
      });
  });

  it('given article: a slug or title words then that article still answers', () => {
    expect(articleOf(bot.handle({ kind: 'quote', query: 'water', article: 'harbour-lights' }))).toBe(
      'harbour-lights',
    );
    expect(articleOf(bot.handle({ kind: 'quote', query: 'water', article: 'river rose' }))).toBe(
      'river-rose',
    );
  });

  it('given article: no article has, or a misspelt title word, then "no article", with look-alikes', () => {
    expect(bot.handle({ kind: 'quote', query: 'water', article: 'zebra' })).toMatchObject({
      kind: 'unknown-article',
      article: 'zebra',
      suggestions: [],
    });
    expect(bot.handle({ kind: 'quote', query: 'water', article: 'harbor' })).toMatchObject({
      kind: 'unknown-article',
      article: 'harbor',
      suggestions: ['harbour-lights'],
    });
  });
});

describe('/quote article: of one word that names an article alone, with more of its title after it', () => {
  const bot = new Bot(bbcLibrary());
  const TITLE = "Da Vinci Code is 'lousy history'";

  it('given /quote vatican article:da vinci then "da vinci" names the article and "vatican" is looked for in it', () => {
    for (const line of [
      '/quote vatican article:da vinci',
      '/quote article:da vinci vatican',
      '@quotebot quote vatican article:da vinci',
    ])
      expect(bot.handle(bot.read(line)), line).toEqual({
        kind: 'no-match',
        query: 'vatican',
        suggestions: [],
      });
  });

  it('given /quote jesus article:da vinci code then it quotes "jesus" from that article', () => {
    const reply = bot.handle(bot.read('/quote jesus article:da vinci code'));
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') return;
    expect(reply.query).toBe('jesus');
    expect(reply.hit.article.title).toBe(TITLE);
  });

  it('given a word the title does not say next (/quote article:da jesus) then it stays the word to look for', () => {
    const reply = bot.handle(bot.read('/quote article:da jesus'));
    expect(reply).toMatchObject({ kind: 'quote', query: 'jesus' });
    if (reply.kind === 'quote') expect(reply.hit.article.title).toBe(TITLE);
  });
});

describe('article: typed as the slug writes a title with an apostrophe', () => {
  const library = Library.create([
    smallArticle('obamas-2010-state-of-the-union', "Obama's 2010 State of the Union", [
      'The economy is still recovering from the worst recession in generations.',
    ]),
    smallArticle('obama-2013', 'Obama 2013', ['We will raise the minimum wage for working families.']),
  ]);

  it('given the start of the slug, or its words, then it names that article; the words of the title still do', () => {
    for (const typed of ['obamas-2010', 'obamas 2010', "obama's 2010", 'obama 2010'])
      expect(library.resolveSlug(typed), typed).toBe('obamas-2010-state-of-the-union');
  });
});
