import { describe, expect, it } from 'vitest';
import { Bot, Library, resolveCommandText, summaryCommand, type BotReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

/** Three pieces, two of them about a library: a mayor's speech that opened one, and a report that it closes. */
const bot = new Bot(
  Library.create([
    smallArticle('city-address', 'State of the City', [
      'Our new central library opened in September, and ninety thousand people have walked through its doors.',
      'We will build five thousand affordable homes by 2030.',
      'The buses on the four busiest routes will run every ten minutes.',
    ]),
    smallArticle('library-sundays', 'Library to close on Sundays', [
      'The central library will close on Sundays from June, the council said, to save money.',
      'Library users said they were dismayed by the cut.',
    ]),
    smallArticle('harbour', 'Harbour to close to cargo', [
      'The old harbour will close to cargo ships next year, the harbour board said.',
      'Traffic at the old harbour fell by 40% last year.',
    ]),
  ]),
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

/** Whether a reply is the whole library's digest (each article in a sentence), or what it is about. */
function scopeOf(reply: BotReply): string {
  if (reply.kind === 'library-summary' && reply.summary.kind === 'found')
    return reply.summary.overviewOf === undefined ? `topic ${reply.summary.topic}` : 'digest';
  if (reply.kind === 'summary')
    return `article ${reply.summary.article.slug}${reply.summary.topic === null ? '' : ` on ${reply.summary.topic}`}`;
  return reply.kind;
}

describe('"library" as the topic of a summary', () => {
  it('given /summary library, /summary topic:library or the request { topic: "library" } then it is what the articles say about libraries, not the digest', () => {
    expect(scopeOf(typed('library'))).toBe('topic library');
    expect(scopeOf(typed('topic:library'))).toBe('topic library');
    expect(scopeOf(bot.handle({ kind: 'summary', topic: 'library' }))).toBe('topic library');
    expect(scopeOf(bot.handle({ kind: 'summary', topic: 'libraries' }))).toBe('topic libraries');
  });

  it('given a message that asks what is said about the library then it is the topic, wherever the library is named', () => {
    for (const text of [
      'summarize what the library says about the library',
      'what do the articles say about the library?',
      'summarize what the articles say about libraries',
      '@quotebot summarize library',
    ])
      expect(scopeOf(bot.handle(bot.read(text, { botName: 'quotebot' }))), text).toBe(
        `topic ${text.endsWith('libraries') ? 'libraries' : 'library'}`,
      );
  });

  it('given "all", "everything", "the library" or "the whole library" then it is still the digest, typed or said', () => {
    for (const text of ['all', 'everything', 'the whole library', 'topic:all'])
      expect(scopeOf(typed(text)), text).toBe('digest');
    for (const text of [
      'summarize the library',
      'summarize the whole library',
      'summarize all',
      'summarize everything',
      '@quotebot summarize all the articles',
    ])
      expect(scopeOf(bot.handle(bot.read(text, { botName: 'quotebot' }))), text).toBe('digest');
  });
});
