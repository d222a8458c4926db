import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// One sentence says the phrase whole; another says its content words ("government", "people") more often.
const library = Library.create(
  [
    smallArticle(
      'the-gettysburg-address',
      'The Gettysburg Address',
      [
        'Four score and seven years ago our fathers brought forth on this continent a new nation.',
        'We here highly resolve that government of the people, by the people, for the people, shall not perish from the earth.',
      ],
      'Abraham Lincoln',
      '1863-11-19',
    ),
    smallArticle(
      'state-of-the-union-address-1865',
      'State of the Union Address 1865',
      ['Our Government springs from and was made for the people-not the people for the Government.'],
      'Andrew Johnson',
      '1865-12-04',
    ),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);
const PHRASE = 'government of the people, by the people, for the people';

describe('"quote …" typed without the slash', () => {
  it('given "quote <phrase>" then it searches the words /quote <phrase> searches, small words and all', () => {
    const typed = bot.read(`quote ${PHRASE}`);
    const slashed = bot.read(`/quote ${PHRASE}`);
    expect(typed).toMatchObject({ kind: 'quote', query: PHRASE });
    expect(slashed).toMatchObject({ kind: 'quote', query: PHRASE });
  });

  it('given "quote <phrase>" then "as a card", then the card hint names the quote shown by its id', async () => {
    const state: ChatState = { followUps: undefined };
    const say = async (line: string): Promise<string> =>
      (await answerLine(bot, line, state, { color: false })) ?? '';
    const quoted = await say(`quote ${PHRASE}`);
    const slashed = await say(`/quote ${PHRASE}`);
    expect(quoted.split('\n')[0]).toBe(slashed.split('\n')[0]);
    const card = await say('as a card');
    const id = /npx quotebot card (\S+) --out card\.png/.exec(card)?.[1];
    expect(id).toMatch(/^[a-z0-9-]+#\d+$/);
    expect(library.quoteById(id!)?.passage.text).toBe(
      library.search({ query: PHRASE, limit: 1 }).hits[0]!.passage.text,
    );
  });
});
