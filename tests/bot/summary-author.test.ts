import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { Bot, Library, resolveCommandText, summaryCommand, type BotReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** Three addresses, two of them by one speaker. */
const bot = new Bot(
  Library.create(
    loadSotuArticles(['1863_abraham_lincoln_r.json', '2015_barack_obama_d.json', '2016_barack_obama_d.json']),
  ),
);

/** `/summary <text>` as the console and Slack read it: through the command catalog. */
function typed(text: string): BotReply {
  const resolved = resolveCommandText(summaryCommand, text, {
    platform: 'terminal',
    channelId: '',
    workspaceId: null,
    userId: null,
  });
  if (resolved.kind !== 'request' || resolved.request.kind !== 'summary')
    throw new Error('expected a summary');
  return bot.handle(resolved.request);
}

/** What a summary reply is of: its article's title (and topic), or the titles a library summary quotes. */
function summarised(reply: BotReply): string {
  if (reply.kind === 'summary')
    return reply.summary.topic === null
      ? reply.summary.article.title
      : `${reply.summary.article.title}, about ${reply.summary.topic}`;
  if (reply.kind === 'library-summary' && reply.summary.kind === 'found')
    return reply.summary.excerpts.map((excerpt) => excerpt.article.title).join(' + ');
  if (reply.kind === 'unknown-author') return `no author ${reply.author}`;
  if (reply.kind === 'unknown-article') return `no article ${reply.article}: ${reply.suggestions.join(', ')}`;
  return reply.kind;
}

describe('/summary author:', () => {
  it.each([
    ['author:obama', 'console and Slack'],
    ['author:barack obama', 'a name of two words unquoted'],
  ])('given %j (%s) then the newest of that author’s addresses is summarised, saying so', (text) => {
    const reply = typed(text);
    expect(summarised(reply)).toBe('State of the Union 2016');
    expect(reply).toMatchObject({ newest: true, author: { name: 'Barack Obama', articles: 2 } });
  });

  it('given author: in a mention ("summarize author:obama") then it is theirs too, not the library’s newest', () => {
    expect(summarised(bot.handle(bot.read('summarize author:obama')))).toBe('State of the Union 2016');
    expect(summarised(bot.handle(bot.read('@quotebot /summary author:lincoln')))).toBe(
      'State of the Union 1863',
    );
  });

  it('given author: as Discord delivers it (an option) then it is read the same', () => {
    const resolved = summaryCommand.resolve({
      subcommand: undefined,
      values: { author: 'lincoln' },
      caller: { platform: 'discord', channelId: 'c', workspaceId: 'g', userId: 'u' },
    });
    if (resolved.kind !== 'request' || resolved.request.kind !== 'summary')
      throw new Error('expected a summary');
    const reply = bot.handle(resolved.request);
    expect(summarised(reply)).toBe('State of the Union 1863');
    expect(reply).not.toHaveProperty('newest');
  });

  it('given a topic with author: then it is what that author’s addresses say about it, no other’s', () => {
    const reply = typed('topic:war author:obama');
    expect(reply.kind).toBe('library-summary');
    expect(summarised(reply)).toMatch(/^State of the Union 201[56]( \+ State of the Union 201[56])?$/);
  });

  it('given all with author: then each of that author’s addresses in a sentence', () => {
    expect(summarised(typed('all author:obama'))).toBe('State of the Union 2016 + State of the Union 2015');
  });

  it.each([
    ['summarize the speeches by obama', 'State of the Union 2016 + State of the Union 2015'],
    ['summarize obama speeches', 'State of the Union 2016 + State of the Union 2015'],
    ["summarize all of obama's addresses", 'State of the Union 2016 + State of the Union 2015'],
    ['summarize the addresses by Abraham Lincoln', 'State of the Union 1863'],
    ['summarize the speeches by nobody', 'no author nobody'],
  ])('given %j in words then it is /summary all author: of that author', (message, expected) => {
    expect(summarised(bot.handle(bot.read(message)))).toBe(expected);
  });

  it('given "summarize everything by the bbc", an organisation named with "the", then it is /summary all author: of theirs', () => {
    const news = new Bot(
      Library.create([
        smallArticle(
          'gull-count',
          'Gull count rises',
          ['Gulls on the pier rose by a third this spring.'],
          'BBC News',
        ),
        smallArticle(
          'pier-repairs',
          'Pier to reopen',
          ['The old pier will reopen in May after repairs.'],
          'BBC News',
        ),
        smallArticle('tea-note', 'A thought on tea', ['Tea tastes better when someone else makes it.'], 'Me'),
      ]),
    );
    for (const message of ['summarize everything by the bbc', 'summarize all the articles by the BBC'])
      expect(summarised(news.handle(news.read(message)))).toBe('Gull count rises + Pier to reopen');
    expect(news.read('anything by the bbc')).toMatchObject({ kind: 'quote', author: 'the bbc' });
    expect(news.handle(news.read('anything by the bbc'))).toMatchObject({
      kind: 'quote',
      hit: { article: { author: 'BBC News' } },
    });
  });

  it('given "summarize what obama says about war" then it is what his addresses say about it, not Lincoln’s', () => {
    const reply = bot.handle(bot.read('summarize what obama says about war'));
    expect(reply).toMatchObject({ kind: 'library-summary', summary: { topic: 'war' } });
    expect(summarised(reply)).toMatch(/^State of the Union 201[56]( \+ State of the Union 201[56])?$/);
  });

  it('given "summarize what jimmy carter says about war", a name no article is by and the texts never say, then it says no article is theirs', () => {
    for (const [message, name] of [
      ['summarize what jimmy carter says about war', 'jimmy carter'],
      ['summarize what reagan said about energy?', 'reagan'],
    ] as const)
      expect(bot.handle(bot.read(message)), message).toMatchObject({ kind: 'unknown-author', author: name });
  });

  it('given what people of a kind say ("economists", one everyday word), then it is what the library says about it, as of a group', () => {
    const known = new Bot(
      Library.create(loadSotuArticles(['1863_abraham_lincoln_r.json', '2015_barack_obama_d.json']), {
        lexicon: wordnetLexicon(),
      }),
    );
    for (const message of [
      'summarize what economists say about war',
      'summarize what scientists think about war',
    ]) {
      expect(known.read(message), message).not.toHaveProperty('author');
      expect(known.handle(known.read(message)).kind, message).toBe('library-summary');
    }
    expect(known.handle(known.read('summarize what reagan says about war'))).toMatchObject({
      kind: 'unknown-author',
    });
  });

  it('given what a name the texts say or a group says about something, then it is what the library says about it, as before', () => {
    for (const message of [
      'summarize what pope francis says about war',
      'summarize what congress says about war',
      'summarize what the experts say about war',
    ]) {
      expect(bot.read(message), message).not.toHaveProperty('author');
      expect(bot.handle(bot.read(message)).kind, message).toBe('library-summary');
    }
  });

  it('given "summarize the war speeches", words that name no author, then it is about war across the library', () => {
    expect(bot.read('summarize the war speeches')).not.toHaveProperty('author');
    expect(bot.read('summarize what the speeches say about war')).not.toHaveProperty('author');
  });

  it('given an author the library lacks then it says so, not a topic summary of "author:nobody"', () => {
    expect(summarised(typed('author:nobody'))).toBe('no author nobody');
  });

  it('given an article that is not that author’s then it says so, and names theirs', () => {
    expect(summarised(typed('author:obama article:lincoln'))).toBe(
      'no article lincoln: sotu-2016-barack-obama-d, sotu-2015-barack-obama-d',
    );
    expect(summarised(typed('author:obama article:sotu-2015-barack-obama-d'))).toBe(
      'State of the Union 2015',
    );
  });
});
