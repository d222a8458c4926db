import { describe, expect, it } from 'vitest';
import { Bot, Library, parseIntent } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

const bot = new Bot(
  Library.create([
    smallArticle('bees', 'Why the bees are leaving our gardens', [
      'Here is a short list:',
      'The bees are leaving our gardens because the meadows are gone.',
      'Our buses are the third task.',
    ]),
  ]),
);

describe('thanks, in a few words and a few languages', () => {
  it.each([
    ['thank you so much!'],
    ['thanks a lot'],
    ['many thanks'],
    ['merci'],
    ['merci beaucoup'],
    ['danke schön'],
    ['gracias'],
    ['grazie mille'],
  ])('given %j then it is thanks, not a search', (text) =>
    expect(parseIntent(text)).toEqual({ kind: 'help', brief: true, chatter: 'thanks' }),
  );

  it('given "much" alone, with no thanks, then it is still words to look for', () =>
    expect(parseIntent('much')).toMatchObject({ kind: 'quote', query: 'much' }));
});

describe('an emoji alone', () => {
  it.each([['🐝'], ['🐝🐝'], ['👍']])(
    'given %j then it gets the line of what to try, not the whole help',
    (text) => expect(parseIntent(text)).toEqual({ kind: 'help', brief: true }),
  );

  it('given an empty message then it is still the whole help', () =>
    expect(parseIntent('')).toEqual({ kind: 'help' }));
});

describe('a quote of small words only', () => {
  it.each([['the'], ['a'], ['of the']])(
    'given /quote %j then it asks for a word to look for, with one',
    (query) =>
      expect(bot.handle({ kind: 'quote', query })).toEqual({
        kind: 'invalid-query',
        reason: 'small-words',
        maxLength: bot.library.options.maxQueryLength,
        example: bot.exampleWord(),
      }),
  );

  it.each([['the bees'], ['May'], ['The Who']])(
    'given /quote %j, a content word or a name, then it is searched',
    (query) => expect(bot.handle({ kind: 'quote', query }).kind).not.toBe('invalid-query'),
  );
});

describe('a word of thanks as the subject after "about"', () => {
  it.each([['what does it say about thanks?'], ['quote about thx'], ['summarize about please thanks']])(
    'given %j then it is read as a request for that word, not a failure',
    (text) => expect(() => parseIntent(text)).not.toThrow(),
  );

  it('given "quote about thanks" then it looks for "thanks"', () =>
    expect(parseIntent('quote about thanks')).toMatchObject({ kind: 'quote', query: 'thanks' }));
});
