import { describe, expect, it } from 'vitest';
import { passageSpeaker, speakerOfPassageIn } from '../../src/content/passage-speaker.js';
import type { Article } from '../../src/content/article.js';
import { withFullNames } from '../../src/summary/full-names.js';
import { fixtureArticle } from '../summary/fixtures.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const lexicon = wordnetLexicon();

/** Who "who said that?" names for the sentence of `article` that begins with `start`. */
function speakerOf(article: Article, start: string): string | null | undefined {
  const passage = article.sentences.find((each) => each.text.startsWith(start));
  if (passage === undefined) throw new Error(start);
  return speakerOfPassageIn(article, passage, lexicon);
}

const lighthouse = fixtureArticle('lighthouse', [
  'Margaret Vane stood at the window of the lighthouse, and she did not turn when the door opened. Margaret folded her hands.',
  'Captain Reyes came in from the rain, and he was smiling. Reyes shook the water from his coat.',
  '"You are late," she observed.',
  '"The roads are flooded," returned he; "the bridge at Carrow is gone."',
  '"I am listening," cried Margaret, "I have listened all night!"',
  '"Margaret," said he, "you must listen to me."',
]);

describe('a story’s dialogue tags decide who speaks', () => {
  it('given a tag with a verb of saying a report seldom uses, between the halves of a line, then it is the one it names', () =>
    expect(speakerOf(lighthouse, '"I am listening,"')).toBe('Margaret'));

  it('given "she observed", then it is the woman named before, not the man named last', () =>
    expect(speakerOf(lighthouse, '"You are late,"')).toMatch(/^Margaret/));

  it('given "returned he", then it is the man named before', () =>
    expect(speakerOf(lighthouse, '"The roads are flooded,"')).toMatch(/Reyes$/));

  it('given "said he" in a line that calls Margaret by name, then it is the man who calls her, never Margaret', () =>
    expect(speakerOf(lighthouse, '"Margaret," said he')).toMatch(/Reyes$/));

  it('given "said he" where the only person named before is a woman, then no one is credited', () => {
    const letters = fixtureArticle('letters', [
      'Margaret Vane sat alone, and she read her letters again. Margaret put her pen down.',
      '"Come in," said he.',
    ]);
    expect(speakerOf(letters, '"Come in,"')).not.toBe('Margaret Vane');
    expect(passageSpeaker(letters, letters.sentences.at(-1)!, lexicon)).toBeUndefined();
  });

  it('given "said I" where the narrator names himself, then it is the narrator, credited as quoted', () => {
    const ferry = fixtureArticle('ferry', [
      'I was born in the fen country. My name is Tomas, and my uncle kept the ferry.',
      '"Who goes there?" cried a voice from the bank.',
      '"Only Tomas," said I.',
    ]);
    expect(speakerOf(ferry, '"Only Tomas,"')).toBe('Tomas');
    expect(passageSpeaker(ferry, ferry.sentences.at(-1)!, lexicon)).toEqual({ name: 'Tomas', as: 'quoted' });
  });

  it('given "said I" where the narrator is never named, then no one named "I": the credit is the writer’s', () => {
    const walk = fixtureArticle('walk', ['"It will rain," said I.']);
    expect(speakerOf(walk, '"It will rain,"')).toBeNull();
    expect(passageSpeaker(walk, walk.sentences[0]!, lexicon)).toBeUndefined();
  });
});

describe('a title and surname is not the first-named person of that surname', () => {
  const family = fixtureArticle('harlow', [
    'Anne Harlow had not slept for two nights.',
    '"We shall be ruined by the winter," said Mrs. Harlow to her husband.',
    'Mr. Harlow made no answer.',
  ]);
  const line = family.sentences.find((each) => each.text.includes('said Mrs. Harlow'))!;

  it('given "said Mrs. Harlow" in a family with an Anne Harlow, then the line is Mrs. Harlow’s', () =>
    expect(speakerOfPassageIn(family, line, lexicon)).toBe('Mrs. Harlow'));

  it('given a summary of that line, then no name is inserted into it', () =>
    expect(withFullNames([{ id: line.id, text: line.text }], family.sentences)[0]).not.toHaveProperty('names'));

  it('given a report’s "Mr Okoro, her husband" after Helen Okoro, then no given name is inserted before it', () => {
    const report = fixtureArticle('high-street', [
      'Helen Okoro, who chairs the planning committee, unveiled a plan on Monday.',
      'Mr Okoro, her husband, runs the bakery by the bridge.',
    ]);
    const husband = report.sentences[1]!;
    expect(withFullNames([{ id: husband.id, text: husband.text }], report.sentences)[0]).not.toHaveProperty(
      'names',
    );
  });
});
