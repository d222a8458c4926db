import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { numeronymOf } from '../../src/search/numeronyms.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

describe('a numeronym the library writes out', () => {
  const library = Library.create(
    [
      smallArticle('cluster', 'The cluster', [
        'We moved the monolith to Kubernetes last spring.',
        'The node pool upgrade took the notifications service down.',
        'Internationalization of the checkout pages is planned.',
      ]),
      smallArticle('kitchen', 'The kitchen', ['The old kettles were replaced.', 'Breakfast is at eight.']),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given a word of the library then its numeronym is its first letter, the count between, its last', () => {
    expect(numeronymOf('kubernetes')).toBe('k8s');
    expect(numeronymOf('internationalization')).toBe('i18n');
  });

  it('given a numeronym typed then the one word of the library it abbreviates is found', () => {
    expect(hitTexts(library, 'k8s')).toEqual(['We moved the monolith to Kubernetes last spring.']);
    expect(hitTexts(library, 'i18n checkout')).toEqual([
      'Internationalization of the checkout pages is planned.',
    ]);
  });

  it('given a numeronym of no word of the library then nothing is found', () => {
    expect(hitTexts(library, 'k7s')).toEqual([]);
    expect(hitTexts(library, 'a11y')).toEqual([]);
  });
});

describe('a numeronym several words of the library share', () => {
  const library = Library.create(
    [smallArticle('words', 'Words', ['The deployment failed twice.', 'The department approved it.'])],
    { lexicon: wordnetLexicon() },
  );

  it('given two words with one numeronym then it stands for neither', () => {
    expect(numeronymOf('deployment')).toBe(numeronymOf('department'));
    expect(hitTexts(library, 'd8t')).toEqual([]);
  });
});
