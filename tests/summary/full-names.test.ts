import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUMMARY_OPTIONS,
  Library,
  shownWithNames,
  summarize,
  summarizeLibrary,
} from '../../src/index.js';
import { withFullNames } from '../../src/summary/full-names.js';
import { fixtureArticle } from './fixtures.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const LEAD =
  'Helen Okoro, who chairs the planning committee, unveiled a plan on Monday to close the high street to cars.';
const LATER = 'Okoro said the plan would double the space for market stalls by next summer.';
const article = fixtureArticle('high-street', [
  LEAD,
  'Shop owners on the street have asked for a trial of six months first.',
  `${LATER} The committee votes on it in April.`,
  'Mr Okoro, her husband, runs the bakery by the bridge.',
]);
const sentence = (text: string) => {
  const passage = article.sentences.find((each) => each.text === text)!;
  return { id: passage.id, text: passage.text };
};

describe('a summary that names a person by surname alone says who it is', () => {
  it('given a sentence that names Okoro by surname only, then the reply shows her full name, marked as added', () => {
    const [noted] = withFullNames([sentence(LATER)], article.sentences);
    expect(noted).toEqual({ ...sentence(LATER), names: [{ at: 0, given: 'Helen' }] });
    expect(shownWithNames(noted!)).toBe(
      '[Helen] Okoro said the plan would double the space for market stalls by next summer.',
    );
  });

  it('given a summary that already has the full name before, then the surname stands as written', () => {
    expect(withFullNames([sentence(LEAD), sentence(LATER)], article.sentences)).toEqual([
      sentence(LEAD),
      sentence(LATER),
    ]);
  });

  it('given a topic summary of the later sentence alone, then it names her in full', () => {
    const summary = summarize(article, { topic: 'market stalls' });
    expect(summary.sentences.map(shownWithNames)).toContain(
      '[Helen] Okoro said the plan would double the space for market stalls by next summer.',
    );
  });

  it('given a topic across a library, then the article’s sentence names her in full too', () => {
    const other = fixtureArticle('weather', ['Rain is forecast for the weekend across the north.']);
    const summary = summarizeLibrary(
      Library.create([article, other]),
      { topic: 'market stalls' },
      DEFAULT_SUMMARY_OPTIONS,
    );
    expect(summary.kind === 'found' && summary.excerpts[0]!.sentences.map(shownWithNames)).toContain(
      '[Helen] Okoro said the plan would double the space for market stalls by next summer.',
    );
  });

  it('given a capitalised word that no one is said to say, then no name is added', () => {
    const korea = fixtureArticle('korea', [
      'North Korea fired a missile into the sea on Monday.',
      'Korea has tested such missiles before.',
    ]);
    const later = korea.sentences[1]!;
    expect(withFullNames([{ id: later.id, text: later.text }], korea.sentences)[0]).not.toHaveProperty(
      'names',
    );
  });
});

describe('a person introduced by what they do ("Director Helen Okoro")', () => {
  const review = fixtureArticle('macbeth', [
    'Director Helen Okoro has cut the witches to a single voice on a loudspeaker.',
    'The first half drags, and the banquet scene is muddled.',
    'Okoro said she wanted the play to feel as cold as a quarterly report.',
  ]);
  const later = review.sentences[2]!;

  it('given the library’s lexicon, then the note is her given name, not her job', () => {
    const summary = summarize(
      review,
      { topic: 'quarterly report' },
      Library.create([review], { lexicon: wordnetLexicon() }),
    );
    expect(summary.sentences.map(shownWithNames)).toEqual([`[Helen] ${later.text}`]);
  });
});
