import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { gettysburgAddress, leeResignation } from '../helpers/class-texts.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A letter whose author's name is in no sentence (its sign-off is a formula, never quoted), and a speech.
const library = Library.create([leeResignation(), gettysburgAddress()], { lexicon: wordnetLexicon() });
const bot = new Bot(library);
const say = async (line: string): Promise<string> =>
  (await answerLine(bot, line, { followUps: undefined } satisfies ChatState, { color: false })) ?? '';

describe('an author named in a typed question', () => {
  it('given an author whose name no sentence says then the library holds it, as the search credits it to their articles', () => {
    expect(library.wordsHeld('why did lee resign').held).toBe(2);
  });

  it('given "why did lee resign" typed then the passage /quote of those words finds, not "no passage matches"', async () => {
    const command = await say('/quote why did lee resign');
    expect(command).toContain('I have the honor to tender the resignation');
    expect(await say('why did lee resign')).toBe(command);
  });

  it('given chit-chat that names no author then it is still no quote', async () => {
    expect(await say('why did you leave')).not.toContain('I have the honor');
  });
});
