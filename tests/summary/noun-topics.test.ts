import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_OPTIONS, Library, summarizeLibrary } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const hives = smallArticle('hive-notes', 'Notes from the Hives', [
  'Bees forage for nectar across the heath all summer.',
  'Check the mite drop every week in the spring.',
  'We checked the hives before the frost came.',
]);
const supper = smallArticle('supper', 'Supper at the Quay', ['We ate haddock and chips on the quay.']);
const minutes = smallArticle('club-minutes', 'Club Minutes', [
  'The treasurer reported a balance of £212.40 after paying for the room.',
  'The hall hire fee rises in May.',
]);
const library = Library.create([hives, supper, minutes], { lexicon: wordnetLexicon() });
const sentencesOf = (topic: string): string[] => {
  const summary = summarizeLibrary(library, { topic, length: 'long' }, DEFAULT_SUMMARY_OPTIONS);
  return summary.kind === 'found'
    ? summary.excerpts.flatMap(({ sentences }) => sentences.map(({ text }) => text))
    : [];
};

describe('a topic of a noun counts only nouns, and sums only for money itself', () => {
  it('given "food", then "Bees forage…", a verb, is left out, and the haddock stays', () => {
    expect(sentencesOf('food')).toEqual(['We ate haddock and chips on the quay.']);
  });

  it('given "money" of the hive notes alone, then "Check the mite drop…" and "We checked…", verbs, are no cheque', () => {
    const notes = Library.create([hives], { lexicon: wordnetLexicon() });
    expect(summarizeLibrary(notes, { topic: 'money' }, DEFAULT_SUMMARY_OPTIONS)).toMatchObject({
      kind: 'not-discussed',
    });
    expect(sentencesOf('money')).toContain(
      'The treasurer reported a balance of £212.40 after paying for the room.',
    );
  });

  it('given "fee", then the sentence of the fee answers and a sum alone does not', () => {
    expect(sentencesOf('fee')).toEqual(['The hall hire fee rises in May.']);
  });

  it('given "cost", a word whose meaning is a sum, then a sum counts as mentioning it', () => {
    expect(sentencesOf('cost')).toContain(
      'The treasurer reported a balance of £212.40 after paying for the room.',
    );
  });
});
