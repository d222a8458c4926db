import { describe, expect, it } from 'vitest';
import { Library, summarize } from '../../src/index.js';
import { onlyDefersTo, onlyPointsTo } from '../../src/summary/substance.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);

// An opinion piece whose paragraphs open by naming their topic and say what there is in the sentences after.
const COLUMN_PARAGRAPHS = [
  'It is time the Saturday market moved to the quay. The case is stronger than most traders think.',
  'Start with the parking. Moving the stalls to the quay would free 140 spaces on Church Street every Saturday. Shoppers who drive in from the villages would stop circling the square.',
  'Then there is rent. The council charges each stall £45 a day on the square, and the harbour board has offered the quay for £20.',
  'The strongest objection is the weather. Traders on the quay would have no shelter from the wind off the sea. The harbour board should put up a canopy along the north wall, as Whitby did in 2019.',
];
const COLUMN = fixtureArticle('move-the-market', COLUMN_PARAGRAPHS, {
  title: 'Why the Market Should Move to the Quay',
});

// A feature whose plain-text section headings name what their sections tell, in words the sections do not repeat.
const FEATURE = fixtureArticle(
  'harbour-revival',
  [
    'For forty years the harbour was a car park for boats that never left it.',
    'The dredging',
    'In 2015 the harbour board dredged the channel to four metres, and fishing boats returned within a year.',
    'HARBOUR FEES',
    'Boats under ten metres pay £300 a year, and the charge has not risen since 2015.',
    'The board hopes to welcome a ferry to the island by 2027.',
  ],
  { title: 'How the Harbour Came Back' },
);

describe('topic summaries say something about the topic', () => {
  it.each([
    ['Then there is rent.', 'rent', true],
    ['Start with the parking.', 'parking', true],
    ['The strongest objection is the weather.', 'weather', true],
    ['The council charges each stall £45 a day on the square.', 'square', false],
    ['Children were told not to touch the dirty water from the mill.', 'Children', false],
    ['The harbour board says little about the Friends.', 'harbour', false],
  ] as const)('given %j found for %j then whether it only points to it is %j', (text, word, expected) => {
    const at = text.indexOf(word);
    expect(onlyPointsTo(text, [[at, at + word.length]])).toBe(expected);
  });

  it.each([
    ['parking', /140 spaces/, /^Start with/],
    ['rent', /£45 a day/, /^Then there is/],
    ['weather', /canopy/, /^The strongest objection/],
  ] as const)(
    'given the topic %j that a paragraph opens by naming then its summary has the sentence after with what there is, not the signpost',
    (topic, said, signpost) => {
      const summary = summarize(COLUMN, { topic }, Library.create([COLUMN]));
      expect(summary.found).toBe(true);
      expect(texts(summary).some((text) => said.test(text))).toBe(true);
      expect(texts(summary).some((text) => signpost.test(text))).toBe(false);
    },
  );

  it.each([
    ['Fees went up in March, and I will come to the parking.', 'parking', true],
    ['Fees went up in March, and I will come to the parking.', 'Fees', false],
    ['Parking is short, and I will come back to that later.', 'Parking', false],
  ] as const)(
    'given %j found for %j then whether it only puts the topic off is %j',
    (text, word, expected) => {
      const at = text.indexOf(word);
      expect(onlyDefersTo(text, [[at, at + word.length]])).toBe(expected);
    },
  );

  it('given a sentence that names the topic only to put it off ("…, and I will come to the weather.") then the topic summary leaves it out for those that say something', () => {
    const column = fixtureArticle(
      'move-the-market',
      [
        'It is time the Saturday market moved to the quay. Stall rents on the square went up by £5 in March, and I will come to the weather.',
        ...COLUMN_PARAGRAPHS.slice(1),
      ],
      { title: 'Why the Market Should Move to the Quay' },
    );
    const summary = summarize(column, { topic: 'weather' }, Library.create([column]));
    expect(texts(summary).some((text) => /canopy/.test(text))).toBe(true);
    expect(texts(summary).some((text) => /I will come to/.test(text))).toBe(false);
  });

  it('given a topic that a section heading names then the summary has the section’s sentence that says something, never the heading', () => {
    const summary = summarize(FEATURE, { topic: 'dredging' }, Library.create([FEATURE]));
    expect(summary.found).toBe(true);
    expect(texts(summary)).toContain(
      'In 2015 the harbour board dredged the channel to four metres, and fishing boats returned within a year.',
    );
    expect(texts(summary)).not.toContain('The dredging');
  });

  it('given a topic that only a heading marked as one names then the article discusses it, by the section under it', () => {
    const summary = summarize(FEATURE, { topic: 'fees' }, Library.create([FEATURE]));
    expect(summary.found).toBe(true);
    expect(texts(summary)).toEqual([
      'Boats under ten metres pay £300 a year, and the charge has not risen since 2015.',
    ]);
  });

  it('given a topic the article does not name anywhere then it does not discuss it', () => {
    expect(summarize(FEATURE, { topic: 'cinema' }, Library.create([FEATURE])).found).toBe(false);
  });
});
