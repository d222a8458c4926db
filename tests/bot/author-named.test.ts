import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** Three addresses; Obama's names Kennedy, Reagan, Michelle Obama and Vice President Biden in its text. */
const bot = new Bot(
  Library.create(
    loadSotuArticles(['1962_john_f_kennedy_d.json', '1986_ronald_reagan_r.json', '2010_barack_obama_d.json']),
  ),
);

/** Whose article a reply quotes or summarises, and how. */
function answered(reply: BotReply): string {
  if (reply.kind === 'summary') return `summary of ${reply.summary.article.author}`;
  if (reply.kind === 'quote')
    return `${reply.random ? 'random quote' : 'quote'} of ${reply.hit.article.author}`;
  if (reply.kind === 'library-summary') return 'library summary';
  return reply.kind;
}

describe('an author named in a plain request', () => {
  it.each([
    ['@quotebot summarize reagan', 'summary of Ronald Reagan'],
    ['summarize all of reagan', 'summary of Ronald Reagan'],
    ['summarize everything by kennedy', 'summary of John F Kennedy'],
    ['another quote from obama', 'random quote of Barack Obama'],
    ['quote kennedy', 'random quote of John F Kennedy'],
    ['anything on the recession according to obama?', 'quote of Barack Obama'],
  ])('given %j then it asks for that author’s articles: %s', (message, expected) => {
    const request = bot.read(message);
    expect(request).toMatchObject({ author: expect.stringMatching(/^(?:reagan|kennedy|obama)$/) });
    expect(answered(bot.handle(request))).toBe(expected);
  });

  it('given a question with the author after "according to" then the rest of it is what is looked for, in theirs', () => {
    expect(bot.read('when did the recession start according to obama?')).toEqual({
      kind: 'quote',
      query: 'when did the recession start?',
      author: 'obama',
    });
  });

  it.each([
    ['what did reagan say?', 'random quote of Ronald Reagan'],
    ['what did kennedy say', 'random quote of John F Kennedy'],
    ['what does obama think?', 'random quote of Barack Obama'],
  ])(
    'given %j, of an author of the library and no topic, then it is one of theirs: %s',
    (message, expected) => {
      expect(answered(bot.handle(bot.read(message)))).toBe(expected);
    },
  );

  it('given "what did reagan say about taxes?" then it is still a quote about taxes by Reagan', () => {
    const reply = bot.handle(bot.read('what did reagan say about taxes?'));
    if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
    expect(reply).toMatchObject({ query: 'taxes', random: false, author: 'reagan' });
    expect(reply.hit.article.author).toBe('Ronald Reagan');
  });

  it('given a person the texts name who is no author of the library then their name is searched in the texts', () => {
    expect(bot.read('a quote from biden')).toEqual({ kind: 'quote', query: 'biden' });
    expect(bot.read('what did biden say?')).not.toHaveProperty('author');
    const said = bot.handle(bot.read('what did biden say?'));
    expect(said.kind === 'quote' && said.hit.passage.text).toContain('Biden');
    const reply = bot.handle(bot.read('a quote from biden'));
    expect(reply.kind === 'quote' && reply.hit.passage.text).toContain('Biden');
  });
});

describe('an author named before "says" or "said", with no "does" or "did"', () => {
  /** Ford's address, and two others that speak of taxes and energy too. */
  const fords = new Bot(
    Library.create(
      loadSotuArticles([
        '1975_gerald_r_ford_r.json',
        '1986_ronald_reagan_r.json',
        '2010_barack_obama_d.json',
      ]),
    ),
  );

  it.each(['what ford says', 'what ford said', 'what does ford say', 'what ford thinks?'])(
    'given %j, of an author of the library, then it is one of theirs, as "what did ford say" is',
    (message) => {
      expect(answered(fords.handle(fords.read(message)))).toBe('random quote of Gerald R Ford');
    },
  );

  it.each([
    ['what ford says about taxes', 'taxes'],
    ['What Ford says about taxes?', 'taxes'],
    ['what ford said about energy', 'energy'],
    ['what does ford say about energy', 'energy'],
  ])('given %j then the words after "about" are looked for in that author’s articles', (message, query) => {
    const reply = fords.handle(fords.read(message));
    if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
    expect(reply).toMatchObject({ query, random: false, author: expect.stringMatching(/^ford$/i) });
    expect(reply.respelled).toBeUndefined();
    expect(reply.hit.article.author).toBe('Gerald R Ford');
    expect(reply.followUps.next?.author).toMatch(/^ford$/i);
  });

  it('given "what ford says" in the console then one of Ford’s own lines answers, not a line of the texts that says "Ford"', async () => {
    const said = await answerLine(fords, 'what ford says', { followUps: undefined }, { color: false });
    // Reagan's address names "Tyrone Ford": the words searched found it.
    expect(said).toMatch(
      /\n— Gerald R Ford, “State of the Union 1975”.*\n\(a random quote by Gerald R Ford; /u,
    );
  });

  it('given a name no author has ("what biden said") then the texts are searched for it, as "what did biden say?" is', () => {
    const reply = fords.handle(fords.read('what biden said'));
    expect(reply.kind === 'quote' && reply.hit.passage.text).toContain('Biden');
  });
});

describe('an author named in a plain request by a word of everyday English', () => {
  it('given "quote from the news" in a library by BBC News then "news" is a word to look for, not the author', () => {
    const bot = new Bot(bbcLibrary());
    for (const message of ['quote from the news', 'give me a quote from the news', 'quote news'])
      expect(bot.read(message), message).toEqual({ kind: 'quote', query: 'news' });
    expect(bot.read('summarize the news')).not.toHaveProperty('author');
  });

  it('given the whole name, or a word of it that is no everyday word ("bbc"), then it is still the author', () => {
    const bot = new Bot(bbcLibrary());
    expect(bot.read('a quote from bbc news')).toMatchObject({ author: 'bbc news' });
    expect(bot.read('quote from bbc')).toMatchObject({ author: 'bbc' });
    expect(bot.read('summarize bbc news')).toMatchObject({ kind: 'summary', author: 'bbc news' });
  });

  it('given a person’s surname that is also an everyday word ("green" of Mia Green) then it is theirs', () => {
    const bot = new Bot(
      Library.create(
        [
          smallArticle('river', 'The river rose', ['The river water rose overnight.'], 'Mia Green'),
          smallArticle('harbour', 'Harbour lights', ['The harbour was lit again on Friday.'], 'Tess Ward'),
        ],
        { lexicon: wordnetLexicon() },
      ),
    );
    expect(bot.read('a quote from green')).toMatchObject({ author: 'green' });
    expect(bot.read('summarize ward')).toMatchObject({ kind: 'summary', author: 'ward' });
  });
});
