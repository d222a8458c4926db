import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/index.js';
import { answerLine } from '../../adapters/console/console-chat.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { BERLIN, ENGLISH, LYON, VENDANGES, languageBot } from '../helpers/language-articles.js';

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

describe('given a question whether an article described by its language says something', () => {
  const inFrench = languageBot([...ENGLISH, LYON, BERLIN]);
  const answer = (bot: Bot, message: string) =>
    answerLine(bot, message, { followUps: undefined }, { color: false });

  it('given "does the french article mention lyon?" and one article in French, then its sentence that says it', async () => {
    const reply = inFrench.handle(inFrench.read('does the french article mention lyon?'));
    expect(reply).toMatchObject({ kind: 'quote', hit: { article: { slug: LYON.slug } } });
    expect(await answer(inFrench, 'does the french article mention lyon?')).toMatch(
      /^“La ville de Lyon a inauguré samedi/u,
    );
  });

  it('given a word it does not say ("does the french article mention wine?"), then it does not, said of that article', async () => {
    expect(await answer(inFrench, 'does the french article mention wine?')).toBe(
      '“Une bibliothèque à Lyon” does not discuss wine.',
    );
  });

  it('given no article in that language, then the reply says none is in it, as "summarize the spanish article" does', async () => {
    expect(inFrench.handle(inFrench.read('does the spanish article mention wine?'))).toMatchObject({
      kind: 'unknown-article',
      language: 'Spanish',
    });
    expect(await answer(inFrench, 'does the spanish article mention wine?')).toBe(
      'No article here is in Spanish. /articles lists them.',
    );
  });

  it('given two articles in that language, then it asks which, listing both', async () => {
    const bot = languageBot([...ENGLISH, LYON, VENDANGES]);
    const reply = bot.handle(bot.read('does the french article mention raisins?'));
    expect(reply).toMatchObject({ kind: 'unknown-article', article: 'french', several: true });
    expect(reply.kind === 'unknown-article' && [...reply.suggestions].sort()).toEqual([
      LYON.slug,
      VENDANGES.slug,
    ]);
  });
});
