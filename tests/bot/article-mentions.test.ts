import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/index.js';
import { answerLine } from '../../adapters/console/console-chat.js';
import { bbcLibrary } from '../helpers/bbc.js';

const bot = new Bot(bbcLibrary());
const ask = (message: string) => bot.handle(bot.read(message));
const TITLE = "Da Vinci Code is 'lousy history'";

describe('given a question whether an article named says something', () => {
  it('given "does the da vinci article mention the vatican?", then it does not, said of the article, with no word to try', () => {
    expect(ask('@quotebot does the da vinci article mention the vatican?')).toEqual({
      kind: 'no-match',
      query: 'vatican',
      suggestions: [],
      articleTitle: TITLE,
    });
  });

  it('given "does the article about da vinci talk about the vatican?" or "is the vatican in the da vinci article?", then the same', () => {
    for (const message of [
      'does the article about da vinci talk about the vatican?',
      'is the vatican in the da vinci article?',
    ])
      expect(ask(message)).toMatchObject({ kind: 'no-match', query: 'vatican', articleTitle: TITLE });
  });

  it('given what the article does say ("does the da vinci article mention tom hanks?"), then its sentence, from that article', () => {
    const reply = ask('does the da vinci article mention tom hanks?');
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') return;
    expect(reply.hit.article.title).toBe(TITLE);
    expect(reply.hit.passage.text).toContain('starring Tom Hanks');
  });

  it('given a word another article has ("does the da vinci article mention profits?"), then the da vinci one does not', () => {
    expect(ask('does the da vinci article mention profits?')).toMatchObject({
      kind: 'no-match',
      articleTitle: TITLE,
    });
  });

  it('given it in chat, then the reply names the article, not the whole question', async () => {
    expect(
      await answerLine(
        bot,
        'does the da vinci article mention the vatican?',
        { followUps: undefined },
        { color: false },
      ),
    ).toBe(`“${TITLE}” does not discuss vatican.`);
  });
});
