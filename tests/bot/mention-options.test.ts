import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { Bot, Library, quoteCommand, resolveCommandText, type BotReply } from '../../src/index.js';

/** Two addresses whose titles begin alike: "State of the Union 1986", "State of the Union 2010". */
const bot = new Bot(
  Library.create(loadSotuArticles(['1986_ronald_reagan_r.json', '2010_barack_obama_d.json'])),
);

/** `/quote <text>` typed in the console or on Slack. */
function typed(text: string): BotReply {
  const resolved = resolveCommandText(quoteCommand, text, {
    platform: 'terminal',
    channelId: '',
    workspaceId: null,
    userId: null,
  });
  if (resolved.kind !== 'request' || resolved.request.kind !== 'quote') throw new Error('expected a quote');
  return bot.handle(resolved.request);
}

/** The article and words a quote reply is of. */
function quoted(reply: BotReply): string {
  if (reply.kind !== 'quote') return reply.kind;
  return `${reply.hit.article.title}: ${reply.query}`;
}

describe('options in a mention', () => {
  it('given an article: value whose name goes on after it, with words before it, then the mention reads it as /quote does', () => {
    const text = 'quote taxes article:state of the union 1986';
    expect(quoted(bot.handle(bot.read(`@quotebot ${text}`)))).toBe('State of the Union 1986: taxes');
    expect(quoted(typed('taxes article:state of the union 1986'))).toBe('State of the Union 1986: taxes');
  });

  it('given an author: value of two words after the words to look for, then the mention keeps both', () => {
    expect(quoted(bot.handle(bot.read('@quotebot quote taxes author:ronald reagan')))).toBe(
      'State of the Union 1986: taxes',
    );
  });

  it('given a name no option has or a misspelt one, then it is words of the sentence, not an error', () => {
    expect(bot.read('@quotebot quote election limit:3')).toEqual({
      kind: 'quote',
      query: 'election limit 3',
    });
    expect(bot.read('@quotebot quote taxes artcle:reagan')).toEqual({
      kind: 'quote',
      query: 'taxes artcle reagan',
    });
    expect(bot.read('@quotebot quote taxes limit:3 article:obama')).toMatchObject({
      kind: 'quote',
      article: 'obama',
    });
  });
});
