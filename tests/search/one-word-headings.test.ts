import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const library = Library.create(
  [
    smallArticle('paper-a', 'Heat and larval fish', [
      'Larvae swam a third slower after six hours at 35 degrees.',
      'Limitations',
      'The study used a single strain raised under laboratory conditions.',
      'Conclusions',
      'Oxidative damage limits how fast heated larvae can swim.',
    ]),
    smallArticle('paper-b', 'A drug in mice', [
      'Treated mice had fewer polyps than the controls did.',
      'Limitations',
      'The mouse model develops mainly small-intestinal tumours, unlike the human disease.',
      'Other limitations of older mouse models are well known to the field.',
    ]),
  ],
  { lexicon: wordnetLexicon() },
);

describe('a question naming a one-word heading', () => {
  it('given two "Limitations" sections, then "what are the limitations?" gives the first sentence of each', () => {
    const texts = hitTexts(library, 'what are the limitations?');
    expect(texts).toHaveLength(2);
    expect(texts).toContain('The study used a single strain raised under laboratory conditions.');
    expect(texts).toContain(
      'The mouse model develops mainly small-intestinal tumours, unlike the human disease.',
    );
  });

  it('given a "Conclusions" section, then "what were the conclusions?" gives its first sentence', () => {
    expect(hitTexts(library, 'what were the conclusions?')).toEqual([
      'Oxidative damage limits how fast heated larvae can swim.',
    ]);
  });

  it('given the word alone, no question, then it is searched in the text as before', () => {
    expect(hitTexts(library, 'limitations')[0]).toContain('Other limitations of older mouse models');
  });
});
