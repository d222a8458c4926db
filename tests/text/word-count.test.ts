import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, wordCount } from '../../src/text/tokenize.js';

const BBC = join(import.meta.dirname, '../fixtures/bbc-dev');

/** What `wordCount` counted before it had a way of its own: the tokens that are no alias. */
const tokensCounted = (text: string): number => tokenize(text).filter((token) => !token.alias).length;

describe('wordCount', () => {
  it('given words with numbers, parts, possessives, acronyms and other scripts, then counts the tokens that are no alias', () => {
    for (const text of [
      '4. Loosen the nut',
      'three hundred and sixty five-year-old U.S. troops, 6,000 of them, cost £9.3bn (1.5 million) in 1999',
      "Biegun’s l'année d’été KN-23 twenty-five 5% half a million XIV",
      '北京の桃花 and ภาษาไทย with café naïve',
      '',
    ])
      expect(wordCount(text)).toBe(tokensCounted(text));
  });

  it('given each development article, then counts its words as its tokens', () => {
    for (const topic of ['business', 'entertainment'])
      for (const name of readdirSync(join(BBC, topic))) {
        const text = readFileSync(join(BBC, topic, name), 'utf8');
        expect(wordCount(text)).toBe(tokensCounted(text));
      }
  });
});
