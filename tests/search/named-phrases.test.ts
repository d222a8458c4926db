import { describe, expect, it } from 'vitest';
import { Library, TextLexicon } from '../../src/index.js';
import { LEXICON_HEADER } from '../../src/search/lexicon.js';
import { hitTexts as hits, smallArticle as article } from '../helpers/content.js';

/**
 * A lexicon written for these tests, in the built file's format: two phrases it knows only as names, which
 * have no other relatives, a common phrase ("interest rate"), and "pearl", a plain word with a relative.
 */
const lexicon = new TextLexicon(
  new TextEncoder().encode(
    [
      LEXICON_HEADER,
      'bank_of_england|||||||||||name',
      'interest_rate|||||usury||||||',
      'pearl|||ivory||||||||',
      'pearl_harbor|||||||||||name',
    ].join('\n') + '\n',
  ),
);

const library = Library.create(
  [
    article('navy', 'Naval notes', [
      'The admiral took refuge in the harbor of Santiago before the attack.',
      'The fleet sailed for home in May.',
    ]),
    // "bank" and "england" are common words here, as in a library of news: a sentence without them may
    // still have most of the query's weight.
    article('markets', 'Market notes', [
      'The Federal Reserve made its decision to raise interest rates on Tuesday.',
      ...Array.from({ length: 20 }, (_, i) => `Bank branch ${i + 1} opened in Leeds.`),
      ...Array.from({ length: 20 }, (_, i) => `Rain fell on ${i + 1} towns in England.`),
    ]),
  ],
  { lexicon },
);

describe('a phrase the dictionary knows only as a name, typed in any case', () => {
  it('given a name of which the text has one word, and one other word, then nothing answers', () => {
    // "pearl harbor" is one thing: "the harbor of Santiago" is no closest match for it.
    expect(hits(library, 'pearl harbor attack')).toEqual([]);
  });

  it('given a name none of whose words the text has, and three other words, then nothing answers', () => {
    // Read as typed too, "bank of england" is one word, as "interest rate" is: of three, a match has all,
    // where three words of five would have answered.
    expect(hits(library, 'bank of england interest rate decision')).toEqual([]);
  });

  it('given the name and a word the text has then the sentence answers', () => {
    const named = Library.create(
      [article('navy', 'Naval notes', ['The attack on Pearl Harbor came on a Sunday morning.'])],
      { lexicon },
    );
    expect(hits(named, 'pearl harbor attack')).toEqual([
      'The attack on Pearl Harbor came on a Sunday morning.',
    ]);
  });
});
