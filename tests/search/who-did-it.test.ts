import { describe, expect, it } from 'vitest';
import { askedWords } from '../../src/search/answer-cues.js';
import { namesDoer, type AskedDeed } from '../../src/search/doer.js';
import { Library } from '../../src/index.js';
import { firstBbcHit } from '../helpers/bbc.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const wrote: AskedDeed = {
  verb: new Set(['wrote', 'written', 'writes']),
  object: new Set(['history', 'boys']),
};
const asked = askedWords('who wrote the history boys?');
const isPerson = (word: string): boolean => word === 'producer';

describe('a "who" question answered by the one who did what it asks', () => {
  it.each([
    ['The History Boys by Alan Bennett has been named best new play.', true],
    ['Steve Brown, who wrote the musical, is working on it.', true],
    ['The play was written by the producer of the show.', true],
    ['Critic Jane Moss praised The History Boys at the awards.', false],
    ['The History Boys also won the best comedy title at the Theatregoers Choice Awards.', false],
    ['The History Boys will close by March.', false],
    ['Jane Moss called it a triumph. The History Boys was written long ago.', false],
  ])('given %j then it names the doer: %s', (text, expected) => {
    expect(namesDoer(text, wrote, asked, isPerson)).toBe(expected);
  });

  it('given two sentences with the words and a name then the one naming the doer comes first', () => {
    const library = Library.create(
      [
        smallArticle('theatre', 'Theatre awards', [
          'Critic Jane Moss praised The History Boys at the awards.',
          'The History Boys by Alan Bennett opened at the National Theatre last spring and was praised.',
          'The harvest was good this year.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    expect(hitTexts(library, 'who wrote the history boys?')[0]).toMatch(/^The History Boys by Alan Bennett/);
  });

  it("given the BBC articles then the play's author and the musical's producer answer", () => {
    expect(firstBbcHit('who wrote the history boys')).toMatch(/^The History Boys by Alan Bennett/);
    expect(firstBbcHit("who is making the it's a wonderful life musical?")).toContain(
      'a musical by the producer',
    );
  });
});
