import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { seedLibrary, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bot = new Bot(seedLibrary());
const ask = (message: string) => bot.handle(bot.read(message));

describe('questions put to the bot in a mention', () => {
  it.each([
    ['@quotebot what did trump say about the election?', /election/i],
    ['<@123> why did north korea stop testing missiles?', /missile/i],
    ['what did kim jong-un say about the us?', /Kim Jong-un/],
  ])('given %j, a question the article answers, then its passage answers it', (message, pattern) => {
    const reply = ask(message);
    expect(reply.kind).toBe('quote');
    if (reply.kind === 'quote') expect(reply.hit.passage.text).toMatch(pattern);
  });

  it.each(['what time is it?', 'what?', 'how are you', 'hmm'])(
    'given %j, a line about nothing but its frame, then help names what was not understood',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'help' });
    },
  );

  it.each([
    'how big is the deficit?',
    'who won the world cup?',
    'what is the weather like?',
    'when did the hanoi summit fail?',
  ])(
    'given %j, a question about something no passage answers, then no passage matches it, as /quote says, and no weak quote',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'no-match', query: message });
    },
  );

  it('given a question about something the library lacks, then the reply is the one /quote of its words gives', () => {
    const asked = ask('how big is the deficit?');
    const quoted = bot.handle({ kind: 'quote', query: 'how big is the deficit?' });
    expect(asked).toEqual(quoted);
  });

  it.each([
    ['north korea missile tests', /missile tests/],
    ['@quotebot the november election', /November election/],
    ["what's the story with biegun", /Biegun/],
  ])('given %j, words the article holds, then its passage answers them', (message, pattern) => {
    const reply = ask(message);
    expect(reply.kind).toBe('quote');
    if (reply.kind === 'quote') expect(reply.hit.passage.text).toMatch(pattern);
  });

  it('given a question whose word only the title says ("chess"), then its passage answers it, not help', () => {
    const chess = new Bot(
      Library.create([
        smallArticle('chess', 'The Quiet Prodigy Who Won the City Chess Final', [
          'Amara Diallo sat down for the final game at noon.',
          'The win earns Diallo a place at the national championship.',
        ]),
      ]),
    );
    expect(chess.handle(chess.read('who won the chess final?')).kind).toBe('quote');
  });

  describe('given a question of one word the library writes', () => {
    const speech = new Bot(
      Library.create(
        [
          smallArticle('budget', 'The budget speech', [
            'We will cut the deficit in half by the end of this year.',
            'Too many unemployed are still looking for work, and unemployment is too high.',
            'It is time to act, and his name will be remembered.',
          ]),
        ],
        { lexicon: wordnetLexicon() },
      ),
    );
    const reply = (message: string) => speech.handle(speech.read(message));

    it.each([
      ['how big is the deficit?', /deficit/],
      ['what about unemployment?', /unemployment/],
      ['how many unemployed are there?', /unemployed/],
      ['can you tell me how big the deficit is?', /deficit/],
    ])('given %j, then its passage answers, as /quote of the words does', (message, pattern) => {
      const answer = reply(message);
      expect(answer.kind).toBe('quote');
      if (answer.kind === 'quote') expect(answer.hit.passage.text).toMatch(pattern);
    });

    it.each(['what time is it?', 'what is your name?', 'who made you?'])(
      'given %j, a question whose word is its frame or that asks of the bot, then help names what was not understood',
      (message) => {
        expect(reply(message)).toMatchObject({ kind: 'help', unknown: message });
      },
    );
  });

  it('given a question about what the article holds that no sentence answers, then no passage matches', () => {
    expect(ask('@quotebot how many tests did north korea hold?')).toMatchObject({ kind: 'no-match' });
  });

  it.each(['my cat likes the morning sun', 'i like turtles very much'])(
    "given %j, chatter with few of the article's words, then help names what was not understood",
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'help', unknown: message });
    },
  );

  it('given a question whose word only looks like a misspelt command ("city" / "cite"), then it is no quote request, and no passage matches it', () => {
    expect(bot.read('what city is the capital of france?')).toMatchObject({ kind: 'help' });
    expect(ask('what city is the capital of france?')).toMatchObject({ kind: 'no-match' });
  });

  it.each(['what counts as a recession?', '@quotebot what is a recession?'])(
    'given %j, what a word means, then the sentence that defines it answers',
    (message) => {
      const news = new Bot(bbcLibrary());
      const reply = news.handle(news.read(message));
      expect(reply.kind).toBe('quote');
      if (reply.kind === 'quote') expect(reply.hit.passage.text).toContain('definition of a recession');
    },
  );

  it('given what a word means whose only match is a relative ("love" in "Lovely"), then no passage matches, not the relative', () => {
    const books = smallArticle('books', 'Book club picks', [
      "This year's winner, Alice Sebold's The Lovely Bones, sold over one million.",
      'The club meets on Thursdays.',
    ]);
    const small = new Bot(Library.create([books], { lexicon: wordnetLexicon() }));
    expect(small.handle(small.read('what is love?'))).toMatchObject({
      kind: 'no-match',
      query: 'what is love?',
    });
  });
});
