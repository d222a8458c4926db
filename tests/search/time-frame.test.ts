import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { timeFrameOf } from '../../src/search/time-frame.js';
import { wordsOf } from '../../src/search/query-words.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const lexicon = wordnetLexicon();
type Named = 'bakery' | 'club';
// A bakery's news and a rowing club's: each dates its events its own way, never "this year" or "so far".
const bakery = Library.create(
  [
    smallArticle('bakery', 'The corner bakery', [
      'The bakery opened two new shops in Leeds and York.',
      'Its sourdough won a regional prize in 2004.',
      'Sales of croissants rose 12% in the fourth quarter.',
      'The owners hope to open more shops in the north.',
    ]),
  ],
  { lexicon },
);
const club = Library.create(
  [
    smallArticle('club', 'The rowing club', [
      'Eleven rowers have joined the club since the spring regatta.',
      'The club races on the river every Saturday.',
      'A new boathouse was built beside the bridge.',
    ]),
  ],
  { lexicon },
);
const libraries: Readonly<Record<Named, Library>> = { bakery, club };

describe("a question's time frame, told against the asker's own time", () => {
  it.each([
    ['bakery', 'what did the sourdough win last year?', 'regional prize'],
    ['club', 'how many rowers joined in the past few months?', 'Eleven rowers'],
    ['club', 'how many rowers joined the club in the last couple of years?', 'Eleven rowers'],
  ] as const)(
    'given the %s library, a sentence that dates it its own way, then %j finds it',
    (name, query, part) => {
      expect(hitTexts(libraries[name], query)[0]).toContain(part);
    },
  );

  it.each([
    ['bakery', 'how many cafes did the bakery close this year?'],
    ['club', 'how many swimmers joined so far?'],
  ] as const)(
    'given the %s library and nothing with the other words, then %j stays unanswered',
    (name, query) => {
      expect(hitTexts(libraries[name], query)).toEqual([]);
    },
  );

  it('given a period told against now, then the words that set it against now are the frame, not the period', () => {
    const frame = (query: string): string[] => {
      const words = wordsOf(query);
      return timeFrameOf(words).map((at) => words[at]!.surface);
    };
    expect(frame('how much did time warner make last quarter?')).toEqual(['last']);
    expect(frame('which book won the award this year')).toEqual(['this']);
    expect(frame('how many banks has he sued so far')).toEqual(['so', 'far']);
    expect(frame('unrest in the last couple of years')).toEqual(['last', 'couple', 'of']);
    expect(frame('what was the last book he wrote')).toEqual([]);
    expect(frame('how far is the station')).toEqual([]);
  });
});
