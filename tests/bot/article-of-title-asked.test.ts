import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// Addresses named by their year; the 1904 one quotes an older message "of 1898", the 1945 one says "1945".
const library = Library.create(
  [
    smallArticle(
      'state-of-the-union-address-1904',
      'State of the Union Address 1904',
      ['In his message of 1898 he stated that our trade with China should grow.'],
      'Theodore Roosevelt',
      '1904-12-06',
    ),
    smallArticle(
      'state-of-the-union-address-1945',
      'State of the Union Address 1945',
      ['The requirements for 1945 had to be increased another 10 percent.'],
      'Franklin D. Roosevelt',
      '1945-01-06',
    ),
    smallArticle(
      'causes-of-the-civil-war',
      'Causes of the Civil War',
      ['The war began when guns fired on Fort Sumter in 1861.'],
      'Ms Harper',
    ),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);
const named = (article: string) => ({ kind: 'articles', fact: 'named', article });

describe('who gave, or when was, an item named by its title', () => {
  it('given "who gave the 1904 address?" then that article is the answer (its author), not a passage saying 1898', () => {
    expect(bot.read('who gave the 1904 address?')).toMatchObject(named('state-of-the-union-address-1904'));
    expect(bot.handle(bot.read('who gave the 1904 address?'))).toMatchObject({
      kind: 'articles',
      articles: [{ author: 'Theodore Roosevelt' }],
    });
  });

  it('given "when was the 1945 address?" then that article is the answer (its date)', () => {
    expect(bot.handle(bot.read('when was the 1945 address?'))).toMatchObject({
      kind: 'articles',
      articles: [{ date: '1945-01-06' }],
    });
  });

  it('given no noun for an item ("when was the civil war?") then it is a question of the texts', () => {
    expect(bot.read('when was the civil war?')).not.toMatchObject({ kind: 'articles' });
  });
});
