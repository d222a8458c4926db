import { describe, expect, it } from 'vitest';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { seedArticle, smallArticle } from '../helpers/content.js';

const harbour = smallArticle('harbour-wall', 'The Harbour Wall', [
  'The harbour wall was rebuilt after the storm.',
]);
const bushes = [
  smallArticle('first-address', 'First Address', ['The deficit will fall next year.'], 'George Bush'),
  smallArticle('second-address', 'Second Address', ['Schools will get more money.'], 'George W. Bush'),
];
const bot = new Bot(Library.create([seedArticle(), harbour, ...bushes]));

const authorOf = (reply: BotReply): Extract<BotReply, { kind: 'author' }> => {
  if (reply.kind !== 'author') throw new Error(`expected an author, got ${reply.kind}`);
  return reply;
};

describe('who is an author of the library', () => {
  it.each([
    'who is eric ballbach?',
    "who's Ballbach",
    'who was the author eric ballbach',
    'Who is ERIC BALLBACH',
  ])(
    'given the mention %j then the author, what the article says of them and their articles answer',
    (message) => {
      const reply = authorOf(bot.handle(bot.read(message)));
      expect(reply.author).toBe('Eric Ballbach');
      expect(reply.bio).toBe('Eric Ballbach is a research fellow at the Institute of Korean Studies.');
      expect(reply.articles.map((article) => article.slug)).toEqual([seedArticle().slug]);
      expect(reply.total).toBe(1);
    },
  );

  it('given /quote who is eric ballbach then the author answers, not "no passage matches"', () => {
    expect(bot.handle({ kind: 'quote', query: 'who is eric ballbach' }).kind).toBe('author');
  });

  it('given an author whose article has no author_bio then the author answers with no note', () => {
    const reply = authorOf(bot.handle({ kind: 'quote', query: 'who is tess ward?' }));
    expect(reply).toMatchObject({ author: 'Tess Ward', bio: null, total: 1 });
  });

  it('given a name of the text that is no author (kim) then the text is searched', () => {
    const reply = bot.handle({ kind: 'quote', query: 'who is kim?' });
    expect(reply.kind).toBe('quote');
  });

  it('given a word of two authors\u2019 names (bush) or part of a name (eric b) then no author answers', () => {
    expect(bot.handle({ kind: 'quote', query: 'who is bush?' }).kind).not.toBe('author');
    expect(bot.handle({ kind: 'quote', query: 'who is eric b' }).kind).not.toBe('author');
  });

  it.each(['what does ballbach think about trump', 'what did eric ballbach say about the election?'])(
    'given the mention %j then the words after "about" are searched in that author\u2019s articles',
    (message) => {
      const reply = bot.handle(bot.read(message));
      if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
      expect(reply.hit.article.author).toBe('Eric Ballbach');
      expect(reply.query).toMatch(/^(?:trump|the election)$/);
      expect(reply.followUps.share?.author).toMatch(/ballbach$/);
    },
  );

  it('given author: or article: with the question then the search keeps to them', () => {
    const reply = bot.handle({ kind: 'quote', query: 'who is eric ballbach', author: 'ballbach' });
    expect(reply.kind).not.toBe('author');
  });
});

describe('author: with a name of several words, typed as text', () => {
  it.each([
    // `author:eric ballbach` in a terminal or a Slack slash command: the option's value is "eric".
    ['ballbach', 'eric', ''],
    ['sanctions ballbach', 'eric', 'sanctions'],
    ['ballbach sanctions', 'eric', 'sanctions'],
    ['w. bush schools', 'george', 'schools'],
  ])('given the query %j and author %j then the rest of the name joins the author', (query, author, rest) => {
    const reply = bot.handle({ kind: 'quote', query, author });
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') return;
    if (rest.length > 0) expect(reply.query).toBe(rest);
    expect(reply.hit.article.author).toMatch(/Ballbach|George W\. Bush/);
  });

  it('given words that continue no author’s name then they are looked for in the author’s articles', () => {
    expect(bot.handle({ kind: 'quote', query: 'zebras', author: 'eric' }).kind).toBe('no-match');
  });
});

describe('article: naming an author of several articles', () => {
  it('given /summary article:<author> then the reply lists their articles, not one whose sentence names them', () => {
    const told = smallArticle('interview', 'An interview', [
      'Schools were built, she told George on Friday.',
    ]);
    const library = new Bot(Library.create([...bushes, told]));
    const reply = library.handle({ kind: 'summary', article: 'george', length: 'short' });
    expect(reply).toMatchObject({ kind: 'unknown-article', article: 'george' });
    if (reply.kind === 'unknown-article')
      expect(reply.suggestions).toEqual(expect.arrayContaining(['first-address', 'second-address']));
  });
});

describe('article: with a title of several words, typed as text', () => {
  it.each([
    // `/quote article:kim jong-un missiles` in a terminal or a Slack slash command: the option's value is "kim",
    // which names no article alone; with "jong-un" a sentence of the seed names it.
    ['jong-un', 'kim', ''],
    ['jong-un missile tests', 'kim', 'missile tests'],
  ])(
    'given the query %j and article %j then the rest of the name joins the article',
    (query, article, rest) => {
      const reply = bot.handle({ kind: 'quote', query, article });
      expect(reply.kind).toBe('quote');
      if (reply.kind !== 'quote') return;
      expect(reply.query).toBe(rest);
      expect(reply.hit.article.slug).toMatch(/north-korea/);
    },
  );

  it('given a word after the article: value that only shares its sentence, past a comma, then it stays the query', () => {
    // `/quote trump article:election`: "…before the November election, Trump's North Korea diplomacy…" names no
    // "election trump"; "election" alone finds the article.
    const reply = bot.handle({ kind: 'quote', query: 'trump', article: 'election' });
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') return;
    expect(reply.query).toBe('trump');
    expect(reply.hit.article.slug).toMatch(/north-korea/);
    expect(reply.hit.passage.text).toMatch(/Trump/);
  });

  it('given an article: written as a slug that is none then it names no article', () => {
    expect(bot.handle({ kind: 'quote', query: 'wall', article: 'harbour-walls' }).kind).toBe(
      'unknown-article',
    );
  });
});
