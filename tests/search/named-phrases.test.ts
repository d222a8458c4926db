import { describe, expect, it } from 'vitest';
import { Library, TextLexicon } from '../../src/index.js';
import { LEXICON_HEADER } from '../../src/search/lexicon.js';
import { hitTexts as hits, smallArticle as article } from '../helpers/content.js';

/**
 * A lexicon written for these tests, in the built file's format (sorted): phrases it knows only as names, two
 * with no other relatives and two pairs with each other's names, a common phrase ("interest rate"), and
 * "pearl", a plain word with a relative.
 */
const lexicon = new TextLexicon(
  new TextEncoder().encode(
    [
      LEXICON_HEADER,
      'bank_of_england|||||||||||name',
      'first_world_war|||great_war,world_war_i||||||||name',
      'great_war|||first_world_war,world_war_i||||||||name',
      'interest_rate|||||usury||||||',
      'pearl|||ivory||||||||',
      'pearl_harbor|||||||||||name',
      'pearl_river|||zhu_jiang||||||||name',
      'second_world_war|||world_war_ii||||||||name',
      'world_war_i|||first_world_war,great_war||||||||name',
      'world_war_ii|||second_world_war||||||||name',
      'zhu_jiang|||pearl_river||||||||name',
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

describe('a name of several words the dictionary gives another name of several words', () => {
  const wars = Library.create(
    [
      article('pilot', 'A pilot remembered', [
        'He served as a pilot during World War II.',
        'He flew again in 1960.',
        'His father had been gassed in the Great War.',
      ]),
      article('delta', 'The delta', [
        'Ships crowd the Zhu Jiang at dawn.',
        'Fishing boats leave the Pearl River delta.',
      ]),
    ],
    { lexicon },
  );

  it('given "second world war" then the sentence that says "World War II" answers too', () => {
    expect(hits(wars, 'second world war')).toContain('He served as a pilot during World War II.');
  });

  it('given either name of a river then the sentences with the other name answer too', () => {
    expect(hits(wars, 'zhu jiang').sort()).toEqual([
      'Fishing boats leave the Pearl River delta.',
      'Ships crowd the Zhu Jiang at dawn.',
    ]);
    expect(hits(wars, 'pearl river').sort()).toEqual([
      'Fishing boats leave the Pearl River delta.',
      'Ships crowd the Zhu Jiang at dawn.',
    ]);
  });

  it('given "Second World War" typed capitalised then the sentence that says "World War II" answers too', () => {
    expect(hits(wars, 'Second World War')).toContain('He served as a pilot during World War II.');
    expect(hits(wars, 'pilot in the Second World War')).toContain(
      'He served as a pilot during World War II.',
    );
  });

  it('given "first world war", in either case, then the sentence with its other name answers', () => {
    expect(hits(wars, 'first world war')).toEqual(['His father had been gassed in the Great War.']);
    expect(hits(wars, 'First World War')).toEqual(['His father had been gassed in the Great War.']);
  });

  it('given a capitalised name the dictionary does not know then it is no other name', () => {
    expect(hits(wars, 'Second Pearl War')).toEqual([]);
  });

  it('given another query with one of its words then the other name is no answer', () => {
    expect(hits(wars, 'second pilot')).toEqual([]);
  });
});
