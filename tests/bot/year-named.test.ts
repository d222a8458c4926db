import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// Two annual addresses a year apart from the one asked for; the 1861 one says "1862" in its text.
const addresses = [
  smallArticle(
    'state-of-the-union-address-1861',
    'State of the Union Address 1861',
    [
      'The receipts of the Treasury for the year ending June 30, 1862, are expected to exceed the estimate.',
      'Labor is prior to and independent of capital.',
    ],
    'Abraham Lincoln',
    '1861-12-03',
  ),
  smallArticle(
    'state-of-the-union-address-1865',
    'State of the Union Address 1865',
    ['Our Government springs from and was made for the people.', 'The war has ended and the Union stands.'],
    'Andrew Johnson',
    '1865-12-04',
  ),
];
const letter = smallArticle(
  'letter-to-horace-greeley',
  'Letter to Horace Greeley',
  ['My paramount object in this struggle is to save the Union.'],
  'Abraham Lincoln',
  '1862-08-22',
);
const bot = new Bot(Library.create(addresses, { lexicon: wordnetLexicon() }));
const withLetter = new Bot(Library.create([...addresses, letter], { lexicon: wordnetLexicon() }));

const chat = (on: Bot) => {
  const state: ChatState = { followUps: undefined };
  return async (line: string): Promise<string> => (await answerLine(on, line, state, { color: false })) ?? '';
};

describe('a year that names no article', () => {
  it('given "summarize the 1862 address" then the reply says none is of 1862 and lists the nearest, not the 1861 summary', async () => {
    const said = await chat(bot)('summarize the 1862 address');
    expect(said).toContain('No article here is of 1862');
    expect(said).toContain('“State of the Union Address 1861”, 1861-12-03');
    expect(said).not.toContain('Summary of');
  });

  it('given /summary article:1862 then the reply is no article and the nearest, never the 1861 address', () => {
    const reply = bot.handle(bot.read('/summary article:1862'));
    expect(reply).toMatchObject({
      kind: 'unknown-article',
      number: { value: '1862', named: false },
      suggestions: ['state-of-the-union-address-1861', 'state-of-the-union-address-1865'],
    });
  });

  it('given /quote with article:1862 then no passage of the 1861 address is quoted', () => {
    expect(bot.handle(bot.read('/quote labor article:1862')).kind).toBe('unknown-article');
  });

  it('given the list of nearest, then "1" summarises the first of them', async () => {
    const say = chat(bot);
    await say('summarize the 1862 address');
    expect(await say('1')).toContain('Summary of “State of the Union Address 1861”');
  });

  it('given the 1862 item is a letter, then "the 1862 address" is still not the 1861 address, and the letter is offered first', async () => {
    const said = await chat(withLetter)('summarize the 1862 address');
    expect(said).not.toContain('Summary of');
    expect(said).toMatch(/1\. “Letter to Horace Greeley”, 1862-08-22/);
  });

  it('given a year an article has then it is still named by it', () => {
    expect(bot.handle(bot.read('/summary article:1861'))).toMatchObject({
      kind: 'summary',
      summary: { article: { slug: 'state-of-the-union-address-1861' } },
    });
  });
});
