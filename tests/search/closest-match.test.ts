import { describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import { Bot, Library, type QuoteReply } from '../../src/index.js';
import { seedLibrary, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';
import { DEFAULT_NAMES } from '../adapters/slack/fixtures.js';

// "cellphone" is an everyday word the seed article never uses; every sentence lacks it.
const NO_SENTENCE_HAS_ALL = 'missile tests cellphone';

describe('closest matches: no sentence has every word of a query of three or more', () => {
  it('given a common word the article lacks beside two it has then the closest sentences answer, said to be closest', () => {
    const result = seedLibrary().search({ query: NO_SENTENCE_HAS_ALL });
    expect(result.status).toBe('ok');
    expect(result.closest).toBe(true);
    for (const hit of result.hits) {
      const text = hit.passage.text.toLowerCase();
      expect(text).toMatch(/missile/);
      expect(text).toMatch(/test/);
    }
  });

  it('given a chat word the article lacks ("plz") before the query then the closest sentences still answer', () => {
    const result = seedLibrary().search({ query: `plz ${NO_SENTENCE_HAS_ALL}` });
    expect(result.status).toBe('ok');
    expect(result.closest).toBe(true);
  });

  it('given a query every word of which some sentence has then the hits are matches, not closest', () => {
    const result = seedLibrary().search({ query: 'missile tests' });
    expect(result.status).toBe('ok');
    expect(result.closest).toBeUndefined();
  });

  it.each([
    ['a name, even as the first word', 'Obama missile tests'],
    ['a name after other words', 'missile tests Obama'],
    ['a word no dictionary knows', 'missile tests bitcoin'],
    ['words in quotation marks', '"missile tests cellphone"'],
    ['two words only (one is too little to stand for the query)', 'missile cellphone'],
  ])('given %s missing from every sentence then nothing is answered', (_, query) => {
    const result = seedLibrary().search({ query });
    expect(result.status).toBe('no-match');
    expect(result.hits).toEqual([]);
  });

  it('given a closest match then Discord, Slack and the terminal each say no passage has every word', () => {
    const reply = new Bot(seedLibrary()).handle({ kind: 'quote', query: NO_SENTENCE_HAS_ALL }) as QuoteReply;
    expect(reply.kind).toBe('quote');
    expect(reply.closest).toBe(true);
    const said = 'no passage has every word; closest match';
    expect(JSON.stringify(renderDiscord(reply, false, {}))).toContain(said);
    expect(JSON.stringify(renderSlack(reply, DEFAULT_NAMES, 'public'))).toContain(said);
    expect(renderForTerminal(reply, { color: false })).toContain(said);
  });

  it('given a word typed in lower case that the library writes as a name then the closest match keeps it', () => {
    const library = Library.create([
      smallArticle('world', 'World news', [
        'The weather turned cold overnight.',
        'Troops left Iraq on Tuesday.',
        'The talks went on until dawn.',
        'The election results were announced in Ohio.',
        'Results of the vote surprised the parties.',
      ]),
    ]);
    // "iraq" is what the query is about: the results of another election are no answer.
    expect(library.search({ query: 'iraq election results' }).hits).toEqual([]);
    // A word the library writes in lower case may still be the one left out.
    expect(library.search({ query: 'troops election results' }).closest).toBe(true);
  });

  it('given a word the library lacks that the dictionary knows only as a name then every hit must have it', () => {
    const library = Library.create(
      [
        smallArticle('vote', 'Vote news', [
          'The weather turned cold overnight.',
          'The election results were announced in Ohio.',
          'Results of the vote surprised the parties.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    // No sentence says "Iraq", and WordNet knows "iraq" only as a country: Ohio's results are no answer,
    // neither as the closest match nor as a match of three words of four.
    expect(library.search({ query: 'iraq election results' }).hits).toEqual([]);
    expect(library.search({ query: 'iraq election results announced' }).hits).toEqual([]);
    expect(library.search({ query: 'ohio election results announced' }).hits).toHaveLength(1);
    // "china" is porcelain too, and "weekly" a common word: either may be the word left out.
    expect(library.search({ query: 'weekly election results' }).closest).toBe(true);
    expect(library.search({ query: 'china election results' }).closest).toBe(true);
  });
});

describe('closest matches of two words, one a rare name', () => {
  const library = Library.create(
    [
      smallArticle('towns', 'Town news', [
        'The court reached a decision on the appeal.',
        'The weather turned cold overnight.',
        'The battle for the harbour lasted a week.',
        'Ohio grew corn this year.',
        'Ohio built new roads.',
        'Our troops camped at Kessington through the winter.',
        'Ohio opened two schools.',
        'Ohio sent troops west.',
        'Scott Kelly will begin a year-long stay in space.',
        // "battle" is common here, so the rare name weighs most of the query even misspelt.
        ...Array.from({ length: 20 }, (_, i) => `Battle number ${i + 1} was fought at sea.`),
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given a word beside a name one sentence has then that sentence is the closest match, the name misspelt too', () => {
    // (A made-up town: WordNet knows the Battle of Plattsburg, and would find any battle for it.)
    for (const query of ['battle of kessington', 'battle of Kessington', 'battle of kessingotn']) {
      const result = library.search({ query });
      expect(result.closest, query).toBe(true);
      expect(result.hits[0]?.passage.text, query).toMatch(/^Our troops camped/);
    }
  });

  it('given a name many sentences have, or a longer name only part of which is here, then nothing is answered', () => {
    expect(library.search({ query: 'ohio elections' }).hits).toEqual([]);
    expect(library.search({ query: 'dred scott decision' }).hits).toEqual([]);
  });
});

describe('closest matches among one author’s articles', () => {
  const library = Library.create([
    smallArticle(
      'budget-one',
      'Budget',
      ['The pension fund was raided to pay the deficit.', 'Rain fell.', 'Taxes rose sharply.'],
      'Ann Lee',
    ),
    smallArticle('budget-two', 'Spending', ['Taxes rose again this spring.', 'Snow fell.'], 'Ann Lee'),
    smallArticle('budget-three', 'Savings', ['Pension fund shortfall worries savers.'], 'Bo Park'),
  ]);

  it('given a query that her articles only answer with a word fewer then the hits are said to be closest', () => {
    const result = library.search({ query: 'pension fund shortfall', author: 'Ann Lee' });
    expect(result.hits.map((hit) => hit.passage.text)).toEqual([
      'The pension fund was raided to pay the deficit.',
    ]);
    expect(result.closest).toBe(true);
  });

  it('given a query one of her articles matches then another article’s closest sentence is not listed', () => {
    const result = library.search({ query: 'taxes rose spring', author: 'Ann Lee' });
    expect(result.hits.map((hit) => hit.passage.text)).toEqual(['Taxes rose again this spring.']);
    expect(result.closest).toBeUndefined();
  });
});

describe('a phrase the dictionary knows counts as one word', () => {
  const library = Library.create(
    [
      smallArticle('courts', 'Courts news', ['Congress raised the penalties for murder last year.']),
      smallArticle('abolition', 'Abolition', ['The death penalty was abolished for most crimes.']),
    ],
    { lexicon: wordnetLexicon() },
  );
  const texts = (query: string): string[] => library.search({ query }).hits.map((hit) => hit.passage.text);

  it('given "death penalty for murderers" then a sentence on penalties for murder is no closest match', () => {
    expect(texts('death penalty for murderers')).toEqual([]);
  });

  it('given the phrase itself then the sentence that has it answers', () => {
    expect(texts('death penalty abolished')).toEqual(['The death penalty was abolished for most crimes.']);
  });
});

describe('a phrase the dictionary knows, said in part', () => {
  const library = Library.create(
    [
      smallArticle('rupee', 'Rupee news', [
        'Standard & Poor’s upgraded the foreign currency rating of India on Friday.',
        'Phone makers in India sold more handsets than ever.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );
  const texts = (query: string): string[] => library.search({ query }).hits.map((hit) => hit.passage.text);

  it('given "india credit rating upgraded" then a sentence with the rating and the rest answers', () => {
    expect(texts('india credit rating upgraded')[0]).toBe(
      'Standard & Poor’s upgraded the foreign currency rating of India on Friday.',
    );
  });
});

describe('one word of the text is one word of the query', () => {
  const library = Library.create(
    [
      smallArticle('leisure', 'Leisure', [
        'The people gained more time for outdoor sports and recreation.',
        'The new law took effect in May.',
        'Courts upheld the law on Friday.',
      ]),
      smallArticle('prisons', 'Prisons', ['Federal prisoners are held in thirty state prisons.']),
    ],
    { lexicon: wordnetLexicon() },
  );
  const texts = (query: string): string[] => library.search({ query }).hits.map((hit) => hit.passage.text);

  it('given "sports betting law" then "sports", a relative of "betting" too, is not two of its words', () => {
    // "betting" is related to "sporting": the sentence has one word of the three, not the two a closest
    // match needs.
    expect(texts('sports betting law')).toEqual([]);
  });

  it('given two query words that share a text word and one has another there then both count', () => {
    // "inmates" finds "prisons" (its definition's noun), which "prisons" also finds; "prisons" also has "prisoners".
    expect(texts('inmates in prisons')).toEqual(['Federal prisoners are held in thirty state prisons.']);
  });
});
