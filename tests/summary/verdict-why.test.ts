import { describe, expect, it } from 'vitest';
import { parseArticle, summarize } from '../../src/index.js';
import { explains, judges } from '../../src/summary/verdict.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);

const VERDICT = 'It is the best thing the company has staged in a decade.';
const PRICE = 'At £40 a head it is worth every penny.';
const REVIEW = [
  'Northern Ballet brought its new Giselle to the Grand Theatre in Leeds on Tuesday night, with Mai Kato in the title role.',
  'The first act opens in a village at harvest time, where Giselle falls for a nobleman in disguise. The designer has built a hillside of golden wheat that sways as the dancers cross it.',
  'Kato dances the mad scene with a stillness that silences the house. Her partner, Leon Ashby, is steady rather than thrilling, and the wilis of the second act drift across the stage like mist.',
  'The orchestra takes the score a little fast in places. The lighting of the forest is dim, perhaps too dim for the back of the circle, and the interval runs long.',
];

describe("a review's summary keeps its verdict", () => {
  it('given a review that ends on its verdict, then its medium summary has it', () => {
    const review = fixtureArticle('giselle', [...REVIEW, `${VERDICT} ${PRICE}`], { title: 'Giselle' });
    expect(texts(summarize(review, { length: 'medium' }))).toContain(VERDICT);
  });

  it('given a review filed as one whose verdict comes before its last paragraph, then its summary has it', () => {
    const body = [
      ...REVIEW.slice(0, 3),
      PRICE,
      'Giselle runs at the Grand Theatre until Saturday, then tours to Hull and Norwich.',
    ];
    const front =
      '---\ntitle: "Giselle, Grand Theatre"\nauthor: Test Author\npublication: Test Weekly\ndate: 2021-03-04\nsection: Reviews\n---\n\n';
    const review = parseArticle('giselle-filed.md', `${front}${body.join('\n\n')}\n`);
    expect(texts(summarize(review, { length: 'short' }))).toContain(PRICE);
  });

  it.each([VERDICT, PRICE, 'The new menu is simply the finest in the county.'])(
    'given %j, then it judges',
    (text) => {
      expect(judges(text)).toBe(true);
    },
  );

  it.each([
    'The film won the best picture award in 2004.',
    'Okoro said it was the best thing the council had done.',
    '"It is worth every penny," said the owner.',
  ])('given %j, someone else’s judgment or none, then it does not judge', (text) => {
    expect(judges(text)).toBe(false);
  });
});

// A long read (over 1,000 words): the history of a market town's river, paragraph by paragraph.
const PEOPLE = ['Alan Price', 'Mary Dunn', 'Tom Reid', 'Sara Hughes', 'Peter Cole', 'Jane Ward', 'Ravi Shah'];
const BODY = Array.from({ length: 14 }, (_, i) => {
  const who = PEOPLE[i % PEOPLE.length]!;
  const year = 1990 + i;
  return [
    `In ${year}, ${who} walked the river from the weir to the mill and counted the fish in every pool.`,
    `The count that year came to ${(i + 3) * 11} trout and ${(i + 2) * 5} salmon, more than the river board had expected.`,
    `The river board met ${i + 3} times that year and argued over the cost of the new fish pass at the weir.`,
    `Many in the town said the money for the river would be better spent on the roads and the car park by the station.`,
  ].join(' ');
});
const WHY =
  'The reason is simple: the river board pays for the fish pass at the weir only in a year when the count of trout and salmon in the river goes up.';

describe('a long read’s summary keeps its why', () => {
  it('given a long read that says why the river matters, then its medium summary has it', () => {
    const paragraphs = [
      ...BODY.slice(0, 7),
      `${WHY} Without the pass the salmon cannot climb the weir.`,
      ...BODY.slice(7),
    ];
    const article = fixtureArticle('river', paragraphs, { title: 'The River Count' });
    expect(texts(summarize(article, { length: 'medium' }))).toContain(WHY);
  });

  it('given a why that leans on the sentence before it, then the summary brings that sentence too', () => {
    const setUp = 'The salmon came back to the river in 2003, after forty years without them.';
    const leaning =
      'That matters because the river board pays for the fish pass at the weir only in a year when the count of salmon in the river goes up.';
    const paragraphs = [...BODY.slice(0, 7), `${setUp} ${leaning}`, ...BODY.slice(7)];
    const article = fixtureArticle('river-leaning', paragraphs, { title: 'The River Count' });
    expect(texts(summarize(article, { length: 'medium' }))).toEqual(expect.arrayContaining([setUp, leaning]));
  });

  it.each([
    WHY,
    'That matters because the anglers fill the hotels.',
    'What is at stake is the town’s winter trade.',
  ])('given %j, then it explains', (text) => {
    expect(explains(text)).toBe(true);
  });

  it('given a cause in someone else’s words, then it does not explain in the writer’s', () => {
    expect(explains('The reason is simple, said Ms Dunn: the fish came back.')).toBe(false);
  });
});

describe('a recommendation in the passive', () => {
  it('given officers "recommended by Senators", then it is no verdict; "comes highly recommended" is', () => {
    expect(
      judges('When officers are recommended by Senators from political motives, nothing is gained.'),
    ).toBe(false);
    expect(judges('The new bakery on the quay comes highly recommended.')).toBe(true);
  });
});
