import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library, parseIntent } from '../../src/index.js';
import { gettysburgAddress, leeResignation } from '../helpers/class-texts.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A letter with one quote of its author (a salutation and a sign-off are no random quotes), and a speech.
const library = Library.create([leeResignation(), gettysburgAddress()], { lexicon: wordnetLexicon() });
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
