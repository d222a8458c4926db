import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A match report whose second sentence is `sentence`. */
const football = (sentence: string): Library =>
  Library.create(
    [
      smallArticle('derby', 'A debut to remember', [
        'The weather turned cold before kick-off.',
        sentence,
        'His goal came in the second half of the match.',
        'The manager praised the crowd after the game.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

const WITH_STRIKER = 'The 19-year-old striker had dreamed of scoring at the club stadium since he was a boy.';
const RUN_ONLY = 'The 19-year-old had dreamed of scoring at the club stadium since he was a boy.';
const RETELLING = 'the young striker always dreamed of scoring at his home ground';

describe('a long query met by a run of two of its words', () => {
  it('given a long retelling that shares "dreamed of scoring" and "striker" with a sentence then that sentence answers, said to be closest', () => {
    const result = football(WITH_STRIKER).search({ query: RETELLING });
    expect(result.status).toBe('ok');
    expect(result.closest).toBe(true);
    expect(result.hits[0]?.passage.text).toBe(WITH_STRIKER);
  });

  it('given a sentence that shares only the run with the query then nothing answers: a run alone may be a set phrase', () => {
    expect(football(RUN_ONLY).search({ query: RETELLING }).hits).toEqual([]);
  });

  it('given a third word that is a measure ("years") then nothing answers: a span of time is in every subject', () => {
    const library = football('The 19-year-old had dreamed of scoring at the club stadium for years.');
    expect(library.search({ query: `${RETELLING} for years` }).hits).toEqual([]);
  });

  it('given a word neither the library nor the dictionary knows ("easyjet") then nothing answers', () => {
    const query = 'the easyjet striker always dreamed of scoring at his home ground';
    expect(football(WITH_STRIKER).search({ query }).hits).toEqual([]);
  });

  it('given the run in another order ("scoring dreamed") then nothing answers', () => {
    const query = 'the young striker always scoring dreamed at his home ground';
    expect(football(WITH_STRIKER).search({ query }).hits).toEqual([]);
  });

  it('given a question with the run then nothing answers: a question asks for its words', () => {
    const query = 'why had the young striker dreamed of scoring at his home ground?';
    expect(football(WITH_STRIKER).search({ query }).hits).toEqual([]);
  });

  it('given a query of four content words with the run and a third word then nothing answers: each word of a short query is wanted', () => {
    // "Paris" is a name: the closest match must have it too.
    expect(football(WITH_STRIKER).search({ query: 'the striker dreamed of scoring in Paris' }).hits).toEqual(
      [],
    );
  });
});
