import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'annual-message-1861',
        'Annual Message 1861',
        [
          'Labor is prior to and independent of capital.',
          'Capital is only the fruit of labor, and could never have existed if labor had not first existed.',
        ],
        'Abraham Lincoln',
        '1861-12-03',
      ),
      smallArticle('class-notes', 'Notes for the class', [
        'Lincoln told Congress that labor comes before capital.',
        'Read the 1861 message before Friday.',
      ]),
      smallArticle('harbour-letter', 'Letter to the Harbour Council', [
        'We ask the council to keep the harbour lights burning through the winter.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  ),
);

describe('words with several slips (a misspelt name, a British spelling, a wrong real word)', () => {
  it('given "lincon labour and capitol", then it is searched as the search respells it, not refused with "I did not understand"', () => {
    const reply = bot.handle(bot.read('lincon labour and capitol', { botName: 'quotebot' }));
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') return;
    expect(['annual-message-1861', 'class-notes']).toContain(reply.hit.passage.slug);
  });

  it('given words nothing here respells to, then they are still not taken for a search', () => {
    const reply = bot.handle(bot.read('blorf the wibble and the zonk', { botName: 'quotebot' }));
    expect(reply.kind).not.toBe('quote');
  });
});
