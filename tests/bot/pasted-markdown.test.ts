import { describe, expect, it } from 'vitest';
import { Bot, followUp, Library, parseIntent } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// Sentences of a new user's own library (pass 15 of the new-user findings, #14).
const heatwave = smallArticle('heatwave', 'Heatwave closes schools across the valley', [
  'Twenty-three schools across the valley closed on Friday as temperatures passed 40C for the third day running.',
  'Parents scrambled to find childcare.',
  'The weather service expects temperatures to fall to about 30C by Monday, when schools are due to reopen.',
]);
const bot = new Bot(Library.create([heatwave], { lexicon: wordnetLexicon() }));

describe('given a message with Markdown pasted or typed in it', () => {
  it.each([
    ['> quote something about schools'],
    ['>>> quote something about schools'],
    ['# Quote about schools'],
    ['### quote about schools'],
    ['quote *schools*'],
    ['quote **schools**'],
    ['quote _schools_'],
    ['quote `schools`'],
    ['quote ||schools||'],
  ])('given %j then its markers are no words: the quote is of "schools"', (text) =>
    expect(parseIntent(text)).toEqual({ kind: 'quote', query: 'schools' }),
  );

  it('given emphasis, strikethrough and a link, then their words stay and the link’s address goes', () =>
    // After "quote", the words as `/quote` takes them: "the" stays, and the search passes over it as ever.
    expect(parseIntent('quote *closed* ~valley~ [the schools](http://x)')).toEqual({
      kind: 'quote',
      query: 'closed valley the schools',
    }));

  it('given marks inside words or between numbers ("snake_case", "2*3"), then they are left as typed', () =>
    expect(parseIntent('quote 2*3*4 snake_case')).toEqual({ kind: 'quote', query: '2*3*4 snake_case' }));

  it('given a quoted reply to the bot, then it is answered from its words, not "I did not understand"', () =>
    expect(bot.handle(bot.read('> quote something about childcare'))).toMatchObject({
      kind: 'quote',
      hit: { passage: { text: 'Parents scrambled to find childcare.' } },
    }));
});

describe('given a message that is only a fenced code block', () => {
  it.each([['```\ncode block\n```'], ['```'], ['```ts\nconst x = 1;\n```'], ['@quotebot ```x()```']])(
    'given %j then it gets the line of what to try, not the whole help nor a search',
    (text) => expect(parseIntent(text)).toEqual({ kind: 'help', brief: true }),
  );

  it('given words outside the block, then they are read and the code is not', () =>
    expect(parseIntent('quote schools\n```\ncode block\n```')).toEqual({ kind: 'quote', query: 'schools' }));

  it('given a follow-up with no quote before, then a code block is still the short line', () =>
    expect(followUp(bot, '```\nnext\n```', { followUps: undefined })).toEqual({
      request: { kind: 'help', brief: true },
    }));
});

describe('given common chat shorthand', () => {
  it.each([
    ['can u quote smth abt schools', { kind: 'quote', query: 'schools' }],
    ['quote sth abt schools plz', { kind: 'quote', query: 'schools' }],
    ['summarize abt schools pls', { kind: 'summary', topic: 'schools' }],
  ])('given %j then it reads as the words it stands for', (text, request) =>
    expect(parseIntent(text)).toEqual(request),
  );

  it('given "can u quote smth abt schools" to the bot, then it finds the schools', () =>
    expect(bot.handle(bot.read('can u quote smth abt schools'))).toMatchObject({
      kind: 'quote',
      hit: { passage: { slug: 'heatwave' } },
    }));

  it('given shorthand letters that are not shorthand here ("500 bc", "BC", "u.s."), then they stay', () => {
    expect(parseIntent('quote the year 500 bc')).toEqual({ kind: 'quote', query: 'year 500 bc' });
    expect(parseIntent('quote BC ferries')).toEqual({ kind: 'quote', query: 'BC ferries' });
    expect(parseIntent('quote the u.s. economy')).not.toMatchObject({ query: expect.stringMatching(/you/) });
  });

  it('given a misspelling two letters off ("skools"), then no passage matches and "schools" is offered', () =>
    expect(bot.handle(bot.read('can u quote smth abt skools'))).toMatchObject({
      kind: 'no-match',
      query: 'skools',
      suggestions: ['schools'],
    }));
});
