import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library, parseIntent } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A letter with one quote of its author (a salutation and a sign-off are no random quotes), and a speech.
const library = Library.create(
  [
    smallArticle(
      'lee-resignation',
      'Letter of resignation from the U.S. Army',
      [
        'Dear Sir,',
        'I have the honor to tender the resignation of my commission as colonel of the First Regiment of Cavalry.',
        'Very respectfully, your obedient servant,',
      ],
      'Robert E. Lee',
      '1861-04-20',
    ),
    smallArticle(
      'the-gettysburg-address',
      'The Gettysburg Address',
      [
        'Four score and seven years ago our fathers brought forth on this continent a new nation.',
        'The brave men, living and dead, who struggled here, have consecrated it.',
      ],
      'Abraham Lincoln',
      '1863-11-19',
    ),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);

describe('small slips of a class chat', () => {
  it('given a flag emoji alone then a line back, as any emoji gets, not the whole help', () => {
    expect(parseIntent('🇺🇸')).toEqual({ kind: 'help', brief: true });
  });

  it('given "whats the newest article?" without its apostrophe then the newest, as "what\'s …" gets', () => {
    expect(parseIntent('whats the newest article?')).toEqual({ kind: 'articles', fact: 'newest' });
    expect(parseIntent('whats the oldest one')).toEqual({ kind: 'articles', fact: 'oldest' });
  });

  it('given a random quote of an author with one quote, then "another one" says it is their only quote, not the only match', async () => {
    const state: ChatState = { followUps: undefined };
    const say = async (line: string): Promise<string> =>
      (await answerLine(bot, line, state, { color: false })) ?? '';
    const first = await say('/quote author:lee');
    expect(first).toContain('I have the honor');
    expect(first).not.toContain('/next for another');
    const again = await say('another one');
    expect(again).toContain('That is the only quote here by Robert E. Lee');
    expect(again).not.toContain('only match');
  });
});
