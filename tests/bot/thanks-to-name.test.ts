import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'harbour-letter',
        'Letter to the Harbour Council',
        ['We give thanks to the crews who kept the harbour lights burning.', 'The boats need the lights.'],
        'Ada Marsh',
        '2023-02-01',
      ),
    ],
    { lexicon: wordnetLexicon() },
  ),
);
const say = (line: string) => answerLine(bot, line, { followUps: undefined }, { color: false });

describe('thanks to someone by name ("thanks ada")', () => {
  it('given thanks and a name (an author\'s, the bot\'s), then a short "You\'re welcome!", not "No passage matches"', async () => {
    for (const text of ['thanks ada', 'thank you so much marsh', 'cheers quotebot', 'Thanks Ada!']) {
      expect(bot.read(text, { botName: 'quotebot' }), text).toEqual({
        kind: 'help',
        brief: true,
        chatter: 'thanks',
      });
      expect(await say(text)).toBe('You’re welcome!');
    }
  });

  it('given thanks and an everyday word, or thanks within a search, then it is a search', () => {
    for (const text of ['thanks crews', 'thanks harbour', 'crews thanks']) {
      expect(bot.read(text, { botName: 'quotebot' }).kind, text).toBe('quote');
    }
  });
});
