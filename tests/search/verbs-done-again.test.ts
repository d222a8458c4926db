import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { lemmaCandidates } from '../../src/search/lexicon.js';
import { verbDoneAgain, type AgainDictionary } from '../../scripts/lexicon-again.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A dictionary of a few verbs, written for these tests. */
const verbs = new Set(['open', 'elect', 'sign', 'act', 'do', 'cover']);
const dictionary: AgainDictionary = { isVerb: (word) => verbs.has(word), formsOf: lemmaCandidates };

describe('verbs done again, linked at build time (scripts/lexicon-again.ts)', () => {
  it('given a verb in "re" whose definition names the verb and says "again" then it is derived from it', () => {
    expect(verbDoneAgain('reopen', 'open again or anew', dictionary)).toBe('open');
    expect(verbDoneAgain('re-elect', 'elect for another term in office; elect once more', dictionary)).toBe(
      'elect',
    );
  });

  it('given a verb in "re" whose commonest meaning is not the verb again then it is not linked', () => {
    expect(verbDoneAgain('recover', 'get or find back; recover the use of', dictionary)).toBeUndefined();
    expect(
      verbDoneAgain('resign', 'leave (a job, post, or position) voluntarily', dictionary),
    ).toBeUndefined();
    expect(verbDoneAgain('react', 'act against or in opposition to', dictionary)).toBeUndefined();
    expect(verbDoneAgain('redo', 'do over, as of (part of) a house', dictionary)).toBeUndefined();
  });
});

describe('a verb done again in a query', () => {
  const library = Library.create(
    [
      smallArticle('harbour', 'A harbour town looks ahead', [
        'Over twenty years the fishing fleet shrank from ninety boats to twelve.',
        'The old harbour bridge is expected to open again in March.',
        'The council plans a new museum on the quay.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given a question in "reopen" where the text says "open again" then that sentence answers', () => {
    expect(hitTexts(library, 'when will the bridge reopen?')[0]).toBe(
      'The old harbour bridge is expected to open again in March.',
    );
  });
});
