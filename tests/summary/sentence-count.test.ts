import { describe, expect, it } from 'vitest';
import { summarize, type Article } from '../../src/index.js';
import { seedArticle } from '../helpers/content.js';
import { fixtureArticle, TRAM_PARAGRAPHS, TRAM_TITLE } from './fixtures.js';
import { harbourArticle } from './fixtures-news.js';

const articles: [string, Article][] = [
  ['the seed essay', seedArticle()],
  ['the tram argument', fixtureArticle('trams', TRAM_PARAGRAPHS, { title: TRAM_TITLE })],
  ['a news report', harbourArticle()],
];

describe('exact length control (sentences: N)', () => {
  it.each(articles)('given %s and N from 1 to 8 then the summary has exactly N sentences', (_, article) => {
    for (let n = 1; n <= 8; n++) {
      const summary = summarize(article, { sentences: n });
      expect(summary.sentences).toHaveLength(n);
      const indices = summary.sentences.map((s) => article.sentences.findIndex((p) => p.id === s.id));
      expect(indices).toEqual([...new Set(indices)].sort((a, b) => a - b));
      for (const sentence of summary.sentences) {
        expect(article.sentences.find((p) => p.id === sentence.id)?.text).toBe(sentence.text);
      }
    }
  });

  it('given more sentences than the article has then it returns every candidate sentence once', () => {
    const article = harbourArticle();
    expect(summarize(article, { sentences: 50 }).sentences).toHaveLength(article.sentences.length);
  });

  it('given the seed essay and N of 3 or more then the thesis (#14 and #15) is kept', () => {
    for (const n of [3, 5, 8]) {
      const ids = summarize(seedArticle(), { sentences: n }).sentences.map((s) => s.id.split('#')[1]);
      expect(ids).toEqual(expect.arrayContaining(['14', '15']));
    }
  });
});

describe('a summary of fewer sentences than its thesis leans on', () => {
  it('given sentences:1 and a thesis that points back ("These waste acres…"), then the one sentence is what it leans on', () => {
    const acres = fixtureArticle(
      'acres',
      [
        'We must plan the use of our land with care and with patience.',
        'There are millions of acres of cut forest waste across the country. These waste acres of forest lie idle.',
        'Congress should act soon, and it should act with the states.',
      ],
      { title: 'Waste acres of forest' },
    );
    expect(summarize(acres, { length: 'short' }).sentences.map((s) => s.text)).toContain(
      'These waste acres of forest lie idle.',
    );
    expect(summarize(acres, { sentences: 1 }).sentences.map((s) => s.text)).toEqual([
      'There are millions of acres of cut forest waste across the country.',
    ]);
  });
});

describe('a short note summarised in one sentence', () => {
  const NOTE = [
    'The team met on Monday to plan the spring release of the billing service. ' +
      'Anna brought biscuits and the coffee machine was broken again. ' +
      'Everyone must finish their billing tests by Friday, or the release will slip to April. ' +
      'Tom will check the database migration for the billing service before the release. ' +
      'The next meeting is on Thursday at ten.',
  ];

  it('given a title whose words each one sentence has ("Team meeting") then the sentence is the one the note is about, not the shorter aside', () => {
    const note = fixtureArticle('note', NOTE, { title: 'Team meeting, 3 March' });
    expect(summarize(note, { sentences: 1 }).sentences.map((s) => s.text)).toEqual([
      'The team met on Monday to plan the spring release of the billing service.',
    ]);
  });

  it('given a title whose words the note keeps coming back to ("Billing release") then a sentence about them outranks one with the title word it uses once', () => {
    const note = fixtureArticle('note', NOTE, { title: 'Billing release meeting' });
    const [only] = summarize(note, { sentences: 1 }).sentences.map((s) => s.text);
    expect(only).toMatch(/billing/);
    expect(only).not.toBe('The next meeting is on Thursday at ten.');
  });
});
