import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { quotablePassages } from '../../src/search/catalog.js';
import { pronounCredits } from '../../src/search/pronouns.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';
import { hitTexts, smallArticle } from '../helpers/content.js';

const SENTENCES = [
  'The government has confirmed it is considering raising fuel prices.',
  'Indonesia will spend more on fuel subsidies for importers.',
  'It spent 59 trillion rupiah on fuel subsidies in 2004.',
  'Indonesia raised the price of kerosene in March.',
  'It is the third rise this year.',
];

describe('a sentence that goes on about the name of the one before it with a pronoun', () => {
  const library = Library.create([smallArticle('fuel', 'Fuel prices', SENTENCES)]);

  it('given "how much did Indonesia spend…?", then "It spent 59 trillion rupiah…" has the name and the amount', () => {
    expect(hitTexts(library, 'how much did Indonesia spend on fuel subsidies?')).toEqual([
      'It spent 59 trillion rupiah on fuel subsidies in 2004.',
      'Indonesia will spend more on fuel subsidies for importers.',
    ]);
  });

  it('given "It is…" after the name, then its "it" is no thing and is credited nothing', () => {
    const index = SentenceIndex.build(quotablePassages(library.articles[0]!));
    const starts = Uint32Array.of(0, index.passageCount);
    const words = [{ label: 'Indonesia', required: true, alternatives: [] }];
    const credited = pronounCredits(index, starts, words, { from: 0, to: index.passageCount });
    expect([...(credited?.keys() ?? [])]).toEqual([2]);
  });
});
