import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const speech = smallArticle('address', 'The annual address', [
  'Our aim is to place one of our citizens on the moon before this decade is out.',
  'Every man and woman who works deserves a fair wage.',
  'No man is above the law, and no man is below it.',
  'Here tonight is Debra Bissell, who lost her parents.',
]);
const bot = new Bot(Library.create([speech], { lexicon: wordnetLexicon() }));
const quote = (query: string) => bot.handle({ kind: 'quote', query });

describe('given words no passage has all of, some of which it has', () => {
  it('given "man on the moon", then no passage matches, and its rarest word the library has is offered alone ("moon")', () => {
    expect(quote('man on the moon')).toEqual({
      kind: 'no-match',
      query: 'man on the moon',
      suggestions: [],
      alone: 'moon',
    });
  });

  it('given a question about them in chat, then the same reply and hint', () => {
    expect(bot.handle(bot.read('is there a man on the moon?'))).toMatchObject({
      kind: 'no-match',
      alone: 'moon',
    });
  });

  it('given a word the search would take for another ("zebra" for "Debra"), then it is not offered', () => {
    const reply = quote('zebra landing');
    expect(reply.kind).toBe('no-match');
    expect(reply).not.toHaveProperty('alone');
  });

  it('given one word the library lacks, then nothing is offered alone', () => {
    expect(quote('glaciers')).not.toHaveProperty('alone');
  });

  it('given a did-you-mean ("fair wage" of "fair wage in antarctica"), then it is the only hint', () => {
    expect(quote('fair wage in antarctica')).toEqual({
      kind: 'no-match',
      query: 'fair wage in antarctica',
      suggestions: ['fair wage'],
    });
  });
});

describe('given words no passage has all of, one of them short or part of a name of several words', () => {
  const novel = smallArticle('novel', 'Da Vinci Code is lousy history', [
    'The Da Vinci Code claims this was later covered up.',
    'It is set to be made into a film starring Tom Hanks.',
    'An ox pulled the cart to the market.',
  ]);
  const library = new Bot(Library.create([speech, novel], { lexicon: wordnetLexicon() }));
  const quoteIn = (query: string) => library.handle({ kind: 'quote', query });

  it('given "ox in antarctica", then a word of fewer than 3 letters ("ox") is not offered alone', () => {
    expect(quoteIn('ox in antarctica')).toEqual({
      kind: 'no-match',
      query: 'ox in antarctica',
      suggestions: [],
    });
  });

  it('given "tom hanks on the moon", then no word of a name a passage says ("Tom Hanks") is offered, but "moon"', () => {
    expect(quoteIn('tom hanks on the moon')).toMatchObject({ kind: 'no-match', alone: 'moon' });
  });

  it('given "Tom Hanks on the moon" capitalised, then no word of the name is offered, but "moon"', () => {
    expect(quoteIn('Tom Hanks on the moon')).toMatchObject({ kind: 'no-match', alone: 'moon' });
  });

  it('given a name of a title and a passage ("da vinci on the moon"), then no word of it ("da") is offered, but "moon"', () => {
    expect(quoteIn('da vinci on the moon')).toMatchObject({ kind: 'no-match', alone: 'moon' });
  });
});

describe('given words no passage has all of, the rarest written in another form than typed', () => {
  const council = smallArticle('council', 'Council report', [
    'The council held a meeting on the new budget.',
    'The council held a vote on the road plan.',
    'The meeting was held in the town hall.',
    'The election of the mayor is in the spring.',
  ]);
  const bot = new Bot(Library.create([council], { lexicon: wordnetLexicon() }));

  it('given "elections held in antarctica", then "elections" is offered (one passage has it, as "election"), not "held" (three do)', () => {
    expect(bot.handle({ kind: 'quote', query: 'elections held in antarctica' })).toEqual({
      kind: 'no-match',
      query: 'elections held in antarctica',
      suggestions: [],
      alone: 'elections',
    });
  });

  it('given the rare word typed as the library has it, then it is offered all the same', () => {
    expect(bot.handle({ kind: 'quote', query: 'election held in antarctica' })).toMatchObject({
      alone: 'election',
    });
  });
});

describe('given words no passage has all of, whose rarest word is in another article than the rest', () => {
  // A new user's library (pass 15 of the new-user findings, #19): a bus lane's cost, a library's speech.
  const busLane = smallArticle('bus-lane', 'Council approves bus lane on Mill Road', [
    'Riverside council voted 7-4 on Tuesday night to build a dedicated bus lane on Mill Road.',
    'The lane is expected to cost £4.1m and open in September 2026.',
    'The council will hold two public drop-in sessions at the library next month.',
  ]);
  const speech = smallArticle('remarks', 'Remarks at the opening of the Harbourside Community Library', [
    'A library is not just a room full of books.',
    'Six years ago, this building was an empty warehouse with a leaking roof.',
    'Some people asked why we were spending £6.5m on a library.',
    'This library will open seven days a week.',
    'Every child in Harbourside will get a library card on their first day of school.',
    'A mobile library van will visit the care homes every Tuesday.',
  ]);
  const bot = new Bot(Library.create([busLane, speech], { lexicon: wordnetLexicon() }));
  const quote = (query: string) => bot.handle({ kind: 'quote', query });

  it('given "how much did the library cost", then "cost" (only the bus lane’s) is not offered, as "library" points to the speech', () =>
    expect(quote('how much did the library cost')).toEqual({
      kind: 'no-match',
      query: 'how much did the library cost',
      suggestions: [],
    }));

  it('given a rarest word in the article the rest points to ("warehouse roses library"), then it is offered', () =>
    expect(quote('warehouse roses library')).toMatchObject({ kind: 'no-match', alone: 'warehouse' }));

  it('given the rest in the rarest word’s article ("council" with "cost"), then it is offered', () => {
    expect(quote('council penguins cost')).toMatchObject({ kind: 'no-match', alone: 'cost' });
    expect(quote('library penguins cost')).not.toHaveProperty('alone');
  });

  it('given no other word the library has ("frozen warehouse"), then the rarest is offered, as before', () =>
    expect(quote('frozen warehouse')).toMatchObject({ kind: 'no-match', alone: 'warehouse' }));

  it('given the search in one article, then the rest points to no other and the word is offered', () =>
    expect(
      bot.handle({ kind: 'quote', query: 'how much did the library cost', article: 'bus-lane' }),
    ).toMatchObject({ kind: 'no-match', alone: 'cost' }));
});
