import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// An American text: "labor" as it writes it, and no "capitol" (a real word typed for "capital").
const message = smallArticle(
  'annual-message',
  'Annual Message to Congress',
  [
    'Labor is prior to and independent of capital.',
    'Capital is only the fruit of labor, and could never have existed if labor had not first existed.',
    'The new dome over the hall is nearly finished.',
  ],
  'Abraham Lincoln',
);
const bot = new Bot(Library.create([message], { lexicon: wordnetLexicon() }));
const say = async (line: string) =>
  (await answerLine(bot, line, { followUps: undefined }, { color: false })) ?? '';

describe('a message in the other spelling of English (new-user pass 21: "labour and capitol" was refused)', () => {
  it('given British spelling and a wrong real word, with no name, then it is searched as its American spelling is', async () => {
    const answer = await say('labour and capitol');
    expect(answer).toContain('Labor is prior to and independent of capital.');
    expect(answer).not.toContain('I did not understand');
  });

  it('given British spelling alone, then it is searched', async () =>
    expect(await say('labour and capital')).toContain('Labor is prior to and independent of capital.'));

  it('given words of the other spelling that the library does not write, then the reply stays "I did not understand"', async () =>
    expect(await say('my favourite flavour of cheese')).toMatch(/^I did not understand/));
});
