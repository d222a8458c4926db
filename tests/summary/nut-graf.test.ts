import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_OPTIONS, summarize } from '../../src/index.js';
import { scoreSentences } from '../../src/summary/sentence-scores.js';
import { wordCount } from '../../src/text/tokenize.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);

const LEDE =
  'For forty years the harbour at Eastham was a car park for boats that never left it. The quays were crumbling, the channel had silted up, and the fish market had closed in 1979.';
const NUT_GRAF =
  'Today seals bask on the slipway, a ferry calls twice a day, and the harbour board counted 9,000 visitors last summer. It took twenty years and four failed plans.';

// The body of a long feature, told section by section: who did what to the harbour, year by year.
const PEOPLE = ['Alan Price', 'Mary Dunn', 'Tom Reid', 'Sara Hughes', 'Peter Cole', 'Jane Ward', 'Ravi Shah'];
const WORKS = [
  'rebuilt the north quay with stone from the old warehouses',
  'dredged the channel to four metres so that fishing boats could come in at low tide',
  'raised money for the harbour from the lottery, the council and the people of the town',
  'persuaded the fishermen to land their catch at the harbour again instead of at Whitby',
  'restored the harbour wall after the storm that broke it in the winter',
  'opened a boatyard on the harbour where apprentices learn to build wooden boats',
  'drew up the harbour board plan that the council finally accepted',
];
const BODY = Array.from({ length: 14 }, (_, i) => {
  const who = PEOPLE[i % PEOPLE.length]!;
  const what = WORKS[i % WORKS.length]!;
  const year = 1995 + i;
  return [
    `In ${year}, ${who} ${what}.`,
    `The work on the harbour took ${i + 2} years and cost the board £${(i + 1) * 40},000, more than anyone on the harbour board had planned.`,
    `"We did not know what we were doing at the harbour in ${year}," said ${who}, who still lives above the quay.`,
    `Many in the town said the harbour money would be better spent on the roads, and the board met ${i + 3} times before it agreed.`,
  ].join(' ');
});

const feature = (lede: string, nutGraf: string) =>
  fixtureArticle('harbour-feature', [lede, nutGraf, ...BODY], { title: 'How the Harbour Came Back' });

const nutGrafOf = (article: ReturnType<typeof feature>): string | undefined => {
  const scored = scoreSentences(article, DEFAULT_SUMMARY_OPTIONS);
  return scored.nutGraf === undefined ? undefined : scored.sentences[scored.nutGraf]!.passage.text;
};

describe("a long feature's nut graf", () => {
  const nut = NUT_GRAF.split('. ')[0]! + '.';

  it('given a feature of over a thousand words whose lede is told in the past and whose next paragraph opens "Today" then its short and medium summaries carry that paragraph\'s first sentence', () => {
    const article = feature(LEDE, NUT_GRAF);
    expect(wordCount(article.body)).toBeGreaterThan(1000);
    expect(nutGrafOf(article)).toBe(nut);
    for (const length of ['short', 'medium', 'long'] as const) {
      expect(texts(summarize(article, { length })), length).toContain(nut);
    }
    expect(texts(summarize(article, { sentences: 2 }))).toContain(nut);
  });

  it('given such a feature that argues ("the town should…", an argument) then its summaries carry the nut graf too', () => {
    const arguing = fixtureArticle(
      'harbour-feature',
      [
        LEDE,
        NUT_GRAF,
        ...BODY.map(
          (paragraph, i) => `${paragraph} The town should learn from what was done in ${1995 + i}.`,
        ),
      ],
      { title: 'How the Harbour Came Back' },
    );
    expect(scoreSentences(arguing, DEFAULT_SUMMARY_OPTIONS).genre).toBe('argument');
    for (const length of ['short', 'medium', 'long'] as const) {
      expect(texts(summarize(arguing, { length })), length).toContain(nut);
    }
    expect(texts(summarize(arguing, { sentences: 2 }))).toContain(nut);
  });

  it('given a nut graf that opens on the present day in other words ("Thirty years later, …", "Nowadays …") then it is found too', () => {
    for (const opening of ['Thirty years later, seals', 'Nowadays seals', 'Now seals']) {
      const article = feature(LEDE, NUT_GRAF.replace('Today seals', opening));
      expect(nutGrafOf(article), opening).toMatch(new RegExp(`^${opening}`));
    }
  });

  it('given a lede told in the present, an address ("We meet here tonight…"), then a next paragraph opening "Today" is no nut graf', () => {
    const address =
      'We meet here tonight at a time of great challenge for the harbour. I address you as the chair of its board.';
    expect(nutGrafOf(feature(address, NUT_GRAF))).toBeUndefined();
  });

  it('given a short report whose second paragraph opens "Today" then it has no nut graf: a report states its story in its lead', () => {
    const report = fixtureArticle('harbour-report', [LEDE, NUT_GRAF, BODY[0]!], {
      title: 'How the Harbour Came Back',
    });
    expect(nutGrafOf(report)).toBeUndefined();
  });

  it('given a section heading between the lede and the paragraph opening "Today" then that paragraph is no nut graf', () => {
    const article = fixtureArticle('harbour-feature', [LEDE, 'The dredging', NUT_GRAF, ...BODY], {
      title: 'How the Harbour Came Back',
    });
    expect(nutGrafOf(article)).toBeUndefined();
  });
});
