import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

/**
 * A community library: a notice by the town library (its author "Riverton Library"), and two stories that
 * talk about money.
 */
const bot = new Bot(
  Library.create([
    smallArticle(
      'library-closed',
      'Library closed on Monday',
      [
        'The library on Station Road will be closed on Monday for a staff training day.',
        'Books due that day may be returned on Tuesday without a fine.',
      ],
      'Riverton Library',
    ),
    smallArticle('ferry-fares', 'Ferry fares to rise', [
      'Ferry fares will rise by ten per cent in April, the operator said.',
      'The operator said the money would pay for a new engine.',
    ]),
    smallArticle('school-budget', 'School budget cut', [
      'The school will lose money for supply teachers next year.',
      'Parents said the cut would hurt the youngest pupils.',
    ]),
  ]),
);

const said = (text: string): BotReply => bot.handle(bot.read(text, { botName: 'quotebot' }));

/** What a reply covers: the whole library (on a topic, or its digest), one article, or an author's. */
function scopeOf(reply: BotReply): string {
  if (reply.kind === 'library-summary' && reply.summary.kind === 'found')
    return reply.summary.overviewOf === undefined ? `library on ${reply.summary.topic}` : 'digest';
  if (reply.kind === 'summary')
    return `article ${reply.summary.article.slug}${reply.summary.topic === null ? '' : ` on ${reply.summary.topic}`}${reply.author ? ' by author' : ''}`;
  return reply.kind;
}

describe('"the library" in a chat request is the whole collection', () => {
  it('given an author "Riverton Library" and "what does the library say about money?" then it is what the library says about money, not the author\'s notice', () => {
    for (const text of [
      'what does the library say about money?',
      'what does the whole library say about money?',
      'summarize what the library says about money',
      'what does the library think about money?',
      '@quotebot what does your library say about money',
    ])
      expect(scopeOf(said(text)), text).toBe('library on money');
  });

  it('given "summarize the library" or "what does the library say?" then it is the digest of every article', () => {
    for (const text of ['summarize the library', 'what does the library say?', 'summarize the whole library'])
      expect(scopeOf(said(text)), text).toBe('digest');
  });

  it('given the article named as one ("the library article", "the article about the library") then it is that article', () => {
    expect(scopeOf(said('what does the library article say about money?'))).toBe(
      'article library-closed on money',
    );
    expect(scopeOf(said('summarize the library article'))).toBe('article library-closed');
    expect(scopeOf(said('summarize the article about the library'))).toBe('article library-closed');
  });

  it('given the author named by their name ("riverton library") then it is still theirs', () => {
    expect(scopeOf(said('summarize riverton library'))).toBe('article library-closed by author');
  });

  it('given the console chat and "what does the library say about money?" then it answers from the stories about money', async () => {
    const answer =
      (await answerLine(
        bot,
        'what does the library say about money?',
        { followUps: undefined },
        { color: false },
      )) ?? '';
    expect(answer).toContain('new engine');
    expect(answer).toContain('supply teachers');
    expect(answer).not.toMatch(/does not discuss/);
  });

  it('given "quote the library", "/quote the library" or "a quote from the library" then it is any quote of the whole library, not the author\'s', () => {
    for (const text of [
      'quote the library',
      '/quote the library',
      'quote your library',
      'a quote from the library',
      'give me a quote from the library',
      "the library's quotes",
    ]) {
      expect(bot.read(text, { botName: 'quotebot' }), text).toEqual({ kind: 'quote', query: '' });
      const reply = said(text);
      expect(reply.kind === 'quote' && reply.random && reply.author, text).toBeFalsy();
    }
    // On a topic, what the whole library says of it.
    expect(bot.read('a quote from the library about money', { botName: 'quotebot' })).toEqual({
      kind: 'quote',
      query: 'money',
    });
  });

  it('given "/quote library", "library quotes" or "summarize library", then "library" is a word to look for, as any topic is, and no author', () => {
    for (const text of ['/quote library', 'library quotes', '/quote libraries'])
      expect(bot.read(text, { botName: 'quotebot' }), text).toEqual({
        kind: 'quote',
        query: text.includes('libraries') ? 'libraries' : 'library',
      });
    expect(scopeOf(said('summarize library'))).not.toMatch(/by author/);
  });

  it('given the article named ("quote the library article") or the author by name, then not the whole library', () => {
    expect(bot.read('quote the library article', { botName: 'quotebot' })).toEqual({
      kind: 'quote',
      query: 'library',
    });
    expect(bot.read('a quote from riverton library', { botName: 'quotebot' })).toMatchObject({
      author: 'riverton library',
    });
    expect(bot.read('/quote author:library', { botName: 'quotebot' })).toMatchObject({ author: 'library' });
  });
});
