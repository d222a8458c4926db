import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { lemmaCandidates } from '../../src/search/lexicon.js';
import {
  compoundParts,
  type CompoundDictionary,
  type CompoundSense,
} from '../../scripts/lexicon-compounds.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A dictionary of a few words, written for these tests. */
const words = new Set(['coast', 'line', 'now', 'here', 'car', 'pet', 'man', 'mans', 'slaughter', 'laughter']);
const dictionary: CompoundDictionary = {
  isPart: (word) => words.has(word),
  familyOf: (part) => (part === 'coast' ? ['coastal'] : []),
  broaderOf: () => [],
  formsOf: lemmaCandidates,
};
const sense = (definition: string, ...synonyms: string[]): CompoundSense => ({
  definition,
  words: synonyms,
});

describe('closed compounds split at build time (scripts/lexicon-compounds.ts)', () => {
  it('given a compound whose definition names one of its parts then only that part is split off', () => {
    expect(compoundParts('coastline', [sense('the outline of a coast', 'coastline')], dictionary)).toEqual([
      { part: 'coast', named: [] },
    ]);
  });

  it("given a definition that names a word of the part's family then the part counts, and that word too", () => {
    expect(compoundParts('coastline', [sense('the coastal edge')], dictionary)).toEqual([
      { part: 'coast', named: ['coastal'] },
    ]);
  });

  it('given words made of two words whose meaning names neither then nothing is split', () => {
    expect(compoundParts('nowhere', [sense('not anywhere; in or at or to no place')], dictionary)).toEqual(
      [],
    );
    expect(
      compoundParts(
        'carpet',
        [sense('floor covering consisting of a piece of thick heavy fabric')],
        dictionary,
      ),
    ).toEqual([]);
  });

  it('given two splits then nothing is split, unless WordNet writes one of them apart', () => {
    const killing = sense('the killing of a man without malice', 'manslaughter');
    expect(compoundParts('manslaughter', [killing], dictionary)).toEqual([]);
    expect(
      compoundParts('manslaughter', [{ ...killing, words: ['manslaughter', 'man_slaughter'] }], dictionary),
    ).toEqual([
      { part: 'man', named: [] },
      { part: 'slaughter', named: [] },
    ]);
  });
});

describe('the WordNet lexicon: a compound and its parts are distant relatives', () => {
  it.each([
    ['coastline', 'coast'],
    ['wartime', 'war'],
    ['shipbuilding', 'ship'],
    ['workforce', 'worker'],
    ['workforce', 'work'],
  ])('given %j then %j is a distant relative, both ways', (compound, part) => {
    expect(wordnetLexicon().related(compound)).toContainEqual({ word: part, kind: 'distant' });
    expect(wordnetLexicon().related(part)).toContainEqual({ word: compound, kind: 'distant' });
  });

  it.each([
    ['nowhere', 'here'],
    ['understand', 'stand'],
    ['carpet', 'pet'],
    ['together', 'ether'],
    ['manslaughter', 'laughter'],
  ])('given %j then %j, which its meaning never names, is no relative of it', (word, part) => {
    expect(
      wordnetLexicon()
        .related(word)
        .map((relative) => relative.word),
    ).not.toContain(part);
  });
});

describe('search with a compound typed or written', () => {
  const library = Library.create(
    [
      smallArticle('defence', 'Defence', [
        'The fortification of the coasts must go on without delay.',
        'Wartime mobilization of the militia was ordered in the spring.',
        'The ferry leaves at noon.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given a compound beside another word of the sentence then its part in the text is found', () => {
    expect(hitTexts(library, 'fortifying coastlines')).toEqual([
      'The fortification of the coasts must go on without delay.',
    ]);
  });

  it('given a part beside another word of the sentence then the compound in the text is found', () => {
    expect(hitTexts(library, 'mobilizing for war')).toEqual([
      'Wartime mobilization of the militia was ordered in the spring.',
    ]);
  });

  it('given a compound or a part alone then nothing answers: a distant relative never does', () => {
    expect(hitTexts(library, 'coastlines')).toEqual([]);
    expect(hitTexts(library, 'war')).toEqual([]);
  });
});
