import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { Bot, Library, type Article, type BotReply } from '../../src/index.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { SEED_SLUG, seedLibrary, smallArticle } from '../helpers/content.js';
import { BERLIN, ENGLISH, LYON, VENDANGES, languageBot } from '../helpers/language-articles.js';

/** Three addresses (two by one speaker) and a news story whose title a request may type in full. */
const bot = new Bot(
  Library.create([
    ...loadSotuArticles([
      '1863_abraham_lincoln_r.json',
      '2015_barack_obama_d.json',
      '2016_barack_obama_d.json',
    ]),
    smallArticle('india-calls-for-fair-trade-rules', 'India calls for fair trade rules', [
      'India has called for fair trade rules at a meeting of the G7.',
      'Its finance minister attacked the trade policies of rich countries.',
    ]),
  ]),
);

/** The title of the article a summary request summarises, its topic, or what the bot said instead. */
function summarised(message: string): string {
  const reply: BotReply = bot.handle(bot.read(message));
  if (reply.kind === 'summary') {
    const { article, topic } = reply.summary;
    return topic === null ? article.title : `${article.title}, about ${topic}`;
  }
  return reply.kind === 'unknown-article'
    ? `no article ${reply.article}: ${reply.suggestions.join(', ')}`
    : reply.kind;
}

describe('which article a summary request names', () => {
  it.each([
    ['summarize the lincoln speech', 'State of the Union 1863'],
    ['/summary article:lincoln', 'State of the Union 1863'],
    ['summary of the 1863 address', 'State of the Union 1863'],
    ['summarize state of the union 1863', 'State of the Union 1863'],
  ])(
    'given %j, a speech named by its speaker, year or whole title, then that speech is summarised',
    (message, title) => {
      expect(summarised(message)).toBe(title);
    },
  );

  it.each([
    ['/summary article:India calls for fair trade rules', 'India calls for fair trade rules'],
    ['give me a summary of india calls for fair trade rules', 'India calls for fair trade rules'],
  ])(
    'given the whole title unquoted, %j, then that article is summarised, not a topic of another',
    (message, title) => {
      expect(summarised(message)).toBe(title);
    },
  );

  it('given an article: that names no article, then it says so, and does not summarise another that has a look-alike word', () => {
    expect(summarised('/summary article:nope')).toBe('no article nope: ');
    expect(summarised('/summary article:nope topic:taxes')).toBe('no article nope: ');
  });

  it('given a word that several titles have, or a part of a title word, then it names no article and suggests those titles', () => {
    expect(summarised('/summary article:union')).toMatch(/^no article union: (sotu-\d{4}-[a-z-]+(, )?){3}$/);
    expect(summarised('/summary article:rade')).toMatch(/^no article rade: /);
    expect(summarised('/summary article:fair')).toBe('India calls for fair trade rules');
  });

  it('given an article: of several words that fit several titles, then the reply names the words whole and suggests those titles', () => {
    expect(summarised('/summary article:state of the union')).toMatch(
      /^no article state (of the )?union: (sotu-\d{4}-[a-z-]+(, )?){3}$/,
    );
    const quoted = bot.handle(bot.read('/quote article:state of the union taxes'));
    expect(quoted).toMatchObject({
      kind: 'unknown-article',
      article: expect.stringMatching(/^state (of the )?union$/),
    });
  });

  it('given the name of an author of two articles, then it names neither and suggests both, the newest first', () => {
    expect(summarised('/summary article:obama')).toBe(
      'no article obama: sotu-2016-barack-obama-d, sotu-2015-barack-obama-d',
    );
  });

  it('given an article named by its slug and a topic its title has, then the topic stays', () => {
    expect(summarised('/summary article:india-calls-for-fair-trade-rules topic:trade')).toBe(
      'India calls for fair trade rules, about trade',
    );
    expect(summarised('/summary article:india topic:trade')).toBe('India calls for fair trade rules');
  });

  it('given article: written as a slug that is none, with a topic, then the article whose passages say it keeps that topic', () => {
    // "al-qaida" is no slug here; a sentence of Obama's 2016 address names al Qaeda and ISIL.
    expect(summarised('/summary topic:isil article:al-qaida')).toBe('State of the Union 2016, about isil');
  });

  it('given an article named and a topic of its own, then the topic stays', () => {
    expect(summarised('/summary article:lincoln topic:emancipation')).toBe(
      'State of the Union 1863, about emancipation',
    );
  });
});

describe('/summary article: of one word that names an article alone, with more of its title after it', () => {
  const bbc = new Bot(bbcLibrary());
  const TITLE = "Da Vinci Code is 'lousy history'";

  it('given /summary vatican article:da vinci then "da vinci" names the article and its topic is "vatican"', () => {
    for (const line of [
      '/summary vatican article:da vinci',
      '/summary article:da vinci vatican',
      '@quotebot summary vatican article:da vinci',
      '@quotebot summarize vatican article:da vinci',
    ])
      expect(bbc.handle(bbc.read(line)), line).toMatchObject({
        kind: 'summary',
        summary: { article: { title: TITLE }, topic: 'vatican' },
      });
  });

  it('given /summary jesus article:da vinci code then it summarises what that article says of "jesus"', () => {
    expect(bbc.handle(bbc.read('/summary jesus article:da vinci code'))).toMatchObject({
      kind: 'summary',
      summary: { article: { title: TITLE }, topic: 'jesus' },
    });
  });

  it('given the seed article named by a word of its text or of its title, then its summary as before', () => {
    const seed = new Bot(seedLibrary());
    for (const line of ['/summary article:election', '/summary trump article:north korea'])
      expect(seed.handle(seed.read(line)), line).toMatchObject({
        kind: 'summary',
        summary: { article: { slug: SEED_SLUG }, topic: null },
      });
  });
});

describe('/summary article: typed in the console, its title going on after it', () => {
  it('given /summary vatican article:da vinci then the reply is of "vatican" in that article, not of "vinci vatican"', async () => {
    const bbc = new Bot(bbcLibrary());
    const said = await answerLine(
      bbc,
      '/summary vatican article:da vinci',
      { followUps: undefined },
      { color: false },
    );
    expect(said).toContain('Da Vinci Code');
    expect(said).toContain('does not discuss vatican.');
  });
});

describe('an article described by its language ("summarize the french article")', () => {
  const said = (articles: readonly Article[], message: string): BotReply => {
    const bot = languageBot(articles);
    return bot.handle(bot.read(message));
  };

  it.each(['summarize the french article', '@quotebot summarize the French article', 'the french article'])(
    'given one French article among English ones and a German one, then %j summarises the French one',
    (message) => {
      expect(said([...ENGLISH, LYON, BERLIN], message)).toMatchObject({
        kind: 'summary',
        summary: { article: { slug: 'bibliotheque-a-lyon' }, topic: null },
      });
    },
  );

  it('given two French articles, then it asks which, listing both as for other names of several articles', () => {
    const reply = said([...ENGLISH, LYON, VENDANGES, BERLIN], 'summarize the french article');
    expect(reply).toMatchObject({ kind: 'unknown-article', article: 'french', several: true });
    expect(reply.kind === 'unknown-article' && [...reply.suggestions].sort()).toEqual([
      'bibliotheque-a-lyon',
      'vendanges-en-bourgogne',
    ]);
  });

  it('given no article in that language, then it says so plainly rather than summarising one that mentions it', async () => {
    const bot = languageBot([...ENGLISH, LYON]);
    expect(bot.handle(bot.read('summarize the german article'))).toMatchObject({
      kind: 'unknown-article',
      language: 'German',
    });
    expect(
      await answerLine(bot, 'summarize the german article', { followUps: undefined }, { color: false }),
    ).toBe('No article here is in German. /articles lists them.');
    // Spanish shares "la", "de", "que" with French: the French article is still no Spanish one.
    expect(bot.handle(bot.read('summarize the spanish article'))).toMatchObject({ language: 'Spanish' });
  });

  it('given an article in a language of another script or of few readers here (Chinese, Swedish), then it is found by that language too', () => {
    const shanghai = smallArticle('shanghai-library', 'Shanghai library', [
      '上海市周六在市中心开放了一座新的图书馆，馆内藏书超过十万册。',
      '图书馆还为儿童设立了专门的阅览室。',
    ]);
    const stockholm = smallArticle('bibliotek-i-stockholm', 'Bibliotek i Stockholm', [
      'Staden Stockholm öppnade på lördagen ett nytt bibliotek i stadsdelen Södermalm.',
      'Byggnaden har mer än hundratusen böcker och en läsesal för barnen.',
    ]);
    const articles = [...ENGLISH, LYON, shanghai, stockholm];
    expect(said(articles, 'summarize the chinese article')).toMatchObject({
      summary: { article: { slug: 'shanghai-library' } },
    });
    expect(said(articles, 'summarize the swedish article')).toMatchObject({
      summary: { article: { slug: 'bibliotek-i-stockholm' } },
    });
  });

  it('given words that are a title’s, then that article is summarised, whatever its language', () => {
    expect(said([...ENGLISH, LYON], 'summarize the wine article')).toMatchObject({
      summary: { article: { slug: 'wine-exports-fall' } },
    });
  });
});
