import { describe, expect, it } from 'vitest';
import { speakerInParagraph } from '../../src/text/speaker.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A new user's match report, twinning story and chess story (pass 17 #1): a person named doing something, then
// quoted with "she said".
const whoSaid = (sentences: readonly string[], at: number, before: readonly string[] = []): string | undefined =>
  speakerInParagraph(sentences, at, before, wordnetLexicon());

describe('words "she said" right after a sentence that names the person doing something, not saying', () => {
  const match = [
    'Town manager Ellen Marsh changed both full-backs at the interval and switched to three at the back.',
    '"We were too polite in the first half," she said.',
    '"I told them nobody remembers a polite derby."',
  ];

  it('given a manager named as the subject in the sentence before, then "she said" is hers, and so is the quotation after it', () => {
    expect(whoSaid(match, 1)).toBe('Ellen Marsh');
    expect(whoSaid(match, 2)).toBe('Ellen Marsh');
  });

  it('given a mayor named in the paragraph before, then her words are hers', () =>
    expect(
      whoSaid(['"Our towns are small, but our friendship has outlasted three governments," she said.'], 0, [
        'Mayor Susan Clarke welcomed the guests in the town hall.',
      ]),
    ).toBe('Susan Clarke'));

  it('given a subject whose age and description say she is a person, then "she said afterwards" is hers', () =>
    expect(
      whoSaid(['"I saw the combination about ten moves before," she said afterwards.'], 0, [
        'Fifteen-year-old Maya Lin, the youngest player in the team, won the decisive game on board six.',
      ]),
    ).toBe('Maya Lin'));

  it('given two people named, then the one who is the subject', () =>
    expect(whoSaid(['"We lost our shape," he said.'], 0, ['Manager Ellen Marsh praised striker Tom Reid.'])).toBe(
      'Ellen Marsh',
    ));

  it('given two people named, neither the subject, then neither', () =>
    expect(
      whoSaid(['"We lost our shape," he said.'], 0, ['The club thanked striker Tom Reid and coach Ann Bell.']),
    ).toBeUndefined());

  it('given a club as the subject and no person named, then no one: a club is no "she"', () =>
    expect(
      whoSaid(['"It was a long wait," she said.'], 0, ['Harbury Chess Club has won the county league at last.']),
    ).toBeUndefined());

  it('given a person named only in the quotation before, then not them: the one who said it is', () =>
    expect(
      whoSaid(
        ['Coach Ann Bell said the side was tired.', '"Mayor Tom Reid came to watch," she said.', '"It helped," she added.'],
        2,
      ),
    ).toBe('Ann Bell'));

  it('given the narration before a named speaker\'s words names no one, then "he said" is still that speaker\'s', () =>
    expect(
      whoSaid(['The rain began at noon.', '"We should have stopped," he said.'], 1, [
        'Race director Tom Hale said the course was safe.',
      ]),
    ).toBe('Tom Hale'));
});
