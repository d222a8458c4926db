import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { isMeasureNoun, statesMeasurement } from '../../src/search/measured-first.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const lexicon = wordnetLexicon();
// A methods section: the answers say a figure with its unit, or a count, not "dose", "concentration" or "used".
const lab = Library.create(
  [
    smallArticle('methods', 'Methods of the trial', [
      'Forty-eight mice (n = 48; 24 male, 24 female) received LF-271 at 2.5 mg/kg or vehicle for six weeks.',
      'LF-271 was dissolved in saline before each injection.',
      'Cells were pre-treated with N-acetylcysteine (NAC, 100 µM) for one hour.',
      'N-acetylcysteine is an antioxidant that many labs keep in the fridge.',
      'The mice were housed in groups in a quiet room.',
    ]),
  ],
  { lexicon },
);
// A garden club's newsletter: other words, the same kinds of question.
const garden = Library.create(
  [
    smallArticle('club', 'The allotment club', [
      'The new allotment covers 420 m² behind the station.',
      'The allotment was opened by the mayor last spring.',
      'Twelve volunteers joined the club in May.',
      'The volunteers meet every Sunday at the gate.',
    ]),
  ],
  { lexicon },
);

describe('a question answered by a quantity', () => {
  it.each([
    [lab, 'what dose of LF-271?', '2.5 mg/kg'],
    [lab, 'what concentration of N-acetylcysteine?', '100 µM'],
    [lab, 'how many mice were used?', 'Forty-eight mice'],
    [garden, 'how many volunteers were recruited?', 'Twelve volunteers'],
  ])(
    'given a sentence with the quantity and not the measure word, then %#: %j finds it',
    (library, query, part) => {
      expect(hitTexts(library, query)[0]).toContain(part);
    },
  );

  it.each([
    [lab, 'what dose of aspirin?'],
    [garden, 'what size is the greenhouse?'],
    [garden, 'how many members were recruited?'],
  ])(
    'given nothing with the other words (nothing counted of what is asked), then %#: %j stays unanswered',
    (library, query) => {
      expect(hitTexts(library, query)).toEqual([]);
    },
  );

  it('given nouns of a measure and of a quality, then only the measures stand for a figure', () => {
    for (const word of ['dose', 'concentration', 'temperature', 'size', 'budget'])
      expect(isMeasureNoun(lexicon, word), word).toBe(true);
    for (const word of ['colour', 'method', 'mouse', 'shape'])
      expect(isMeasureNoun(lexicon, word), word).toBe(false);
  });

  it('given figures with and without units, then only a unit or a sum makes a measurement', () => {
    expect(statesMeasurement(lexicon, 'received LF-271 at 2.5 mg/kg')).toBe(true);
    expect(statesMeasurement(lexicon, 'from 38.2 ± 4.1 mm³')).toBe(true);
    expect(statesMeasurement(lexicon, 'Expenditure to date is £412,300.')).toBe(true);
    expect(statesMeasurement(lexicon, 'Fieldwork took place at 12 streams in 2021.')).toBe(false);
    expect(statesMeasurement(lexicon, 'See Fig. 3 and table 2 of the report.')).toBe(false);
  });
});
