import { describe, expect, it } from 'vitest';
import { LEXICON_HEADER, TextLexicon, lemmaCandidates } from '../../src/search/lexicon.js';
import { spellingVariants } from '../../src/text/spelling.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('TextLexicon', () => {
  const small = new TextLexicon(
    bytes(`${LEXICON_HEADER} test\napple|||pome|fruit\nresign||resignation|quit,vacate|\nzebra|||equine|\n`),
  );

  it('given a word of the lexicon then it lists its relatives, strongest kind first', () => {
    expect(small.related('resign')).toEqual([
      { word: 'resignation', kind: 'derivation' },
      { word: 'quit', kind: 'synonym' },
      { word: 'vacate', kind: 'synonym' },
    ]);
  });

  it.each(['apple', 'zebra'])('given the first or last word %j then it is found', (word) => {
    expect(small.related(word).length).toBeGreaterThan(0);
  });

  it.each(['banana', 'app', 'resigns', 'zzz', 'é'])('given the unknown word %j then nothing', (word) => {
    expect(small.related(word)).toEqual([]);
  });

  it('given text that is no lexicon then it throws', () => {
    expect(() => new TextLexicon(bytes('apple|||pome|\n'))).toThrow(/not a quotebot lexicon/);
  });
});

describe('the WordNet lexicon built by npm run build', () => {
  it.each([
    ['resign', 'resignation', 'derivation'],
    ['resignation', 'resign', 'derivation'],
    ['cheap', 'inexpensive', 'synonym'],
    ['organise', 'organize', 'spelling'],
    ['colour', 'color', 'spelling'],
    ['economic', 'economy', 'derivation'],
  ])('given %j then it knows %j as a %s', (word, other, kind) => {
    expect(wordnetLexicon().related(word)).toContainEqual({ word: other, kind });
  });
});

describe('lemmaCandidates and spellingVariants', () => {
  it('given an inflected word then its dictionary form is among the candidates', () => {
    expect(lemmaCandidates('resigned')).toContain('resign');
    expect(lemmaCandidates('subsidies')).toContain('subsidy');
    expect(lemmaCandidates('stopped')).toContain('stop');
  });

  it.each([
    ['organised', 'organized'],
    ['globalization', 'globalisation'],
    ['colour', 'color'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
  ])('given %j then %j is a spelling candidate', (word, variant) => {
    expect(spellingVariants(word)).toContain(variant);
  });
});
