import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { Library, parseArticle, type Article } from '../../src/index.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

function article(slug: string, title: string, paragraphs: readonly string[]): Article {
  const front = [
    `title: "${title}"`,
    'author: "Jo Reporter"',
    'publication: Eastham News',
    'date: 2005-01-02',
  ];
  return parseArticle(`${slug}.md`, `---\n${front.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

const library = Library.create([
  article('school', 'A term of change', [
    'Pupils start in September.',
    'The budget deficit will be £1m.',
    'Parents were told on Monday.',
  ]),
  article('harbour', 'Council report', [
    'The harbour has run big budget deficits for years.',
    'Its budget deficit will reach about £2m next year.',
    'The council meets on Monday.',
  ]),
  article('ferries', 'Harbour firm sells its ferries', [
    'Northway bought the Eastline ferries for $40m in a sale forced by the banks.',
    'Northway will have to pay the crews of the Eastline ferries before the handover.',
    'The harbour opens at dawn.',
  ]),
  article('festival', 'Town festival returns', [
    'The festival, which will be held in the park in June, is free.',
    'The international festival will be held by the town to bring visitors.',
    'Its fair paid £20,000 to hire the square and £5,000 for the stage.',
    'The fair was paid for by the town.',
  ]),
]);

const first = (query: string): string | undefined => library.search({ query }).hits[0]?.passage.text;

describe('a question whose answer sentence may lack one of its words', () => {
  it('given "how much" and a sentence with an amount but not the verb then it beats one with every word and no amount', () => {
    expect(first('how much did Northway pay for the Eastline ferries?')).toContain('for $40m');
  });

  it('given "when" and a sentence with a date but not every word then it beats one with every word and no date', () => {
    expect(first('when will the international festival be held?')).toContain('in June');
  });

  it('given sentences with the answer then the one with every word comes first', () => {
    expect(first('how much did the fair pay for the square?')).toContain('£20,000');
  });
});

describe('sentences around a hit that lacks a word of the question', () => {
  it('given two answers that lack a word then the one whose neighbouring sentence has it comes first', () => {
    expect(first('how big will the harbour budget deficit be?')).toContain('about £2m');
  });
});

describe('a question about a word nothing here has and no dictionary knows', () => {
  const results = Library.create([
    article('results', 'Harbour firm results', [
      'Northway made £3m in the last quarter.',
      'Its crews were paid.',
    ]),
    article('winter', 'A cold winter', ['The whole bay froze in January.', 'Ships stayed in port.']),
  ]);
  const answer = (query: string): string[] => results.search({ query }).hits.map((hit) => hit.passage.text);

  it('given a word a typo away from a word here ("ebay", "bay") then the hit needs that word: none has both', () => {
    expect(answer('how much did ebay make last quarter?')).toEqual([]);
  });

  it('given a typo of a word here then the sentence with its correction answers', () => {
    expect(answer('how much did northway make last quater?')[0]).toContain('£3m');
  });
});

describe('a query of several words about a word nothing here has, a typo away or not, and no dictionary knows', () => {
  const results = Library.create([
    article('results', 'Harbour firm results', [
      'Northway made a profit of £3m in the last quarter of the year.',
      'Its crews were paid.',
    ]),
  ]);
  const answer = (query: string): string[] => results.search({ query }).hits.map((hit) => hit.passage.text);

  it('given "zorblax profit last quarter year" then no sentence that lacks "zorblax" answers it', () => {
    expect(answer('northway profit last quarter year')).toHaveLength(1);
    expect(answer('zorblax profit last quarter year')).toEqual([]);
  });

  it('given a typo of a word here among them then the sentence with its correction answers', () => {
    expect(answer('northwya profit last quarter year')).toHaveLength(1);
  });
});

describe('the word after "how" that says what a question asks for ("how many", "how fast")', () => {
  const firstIn = (address: string, query: string): string | undefined =>
    Library.create(loadSotuArticles([address]), { lexicon: wordnetLexicon() }).search({ query }).hits[0]
      ?.passage.text;

  it('given "how high" then the sentence with the figure answers, not one that says "high"', () => {
    const query = 'how high did interest rates get before reagan took office?';
    expect(firstIn('1982_ronald_reagan_r.json', query)).toBe(
      'Interest rates reached a staggering 21.5 percent.',
    );
  });

  it('given "how many" then a count with most of the words answers, though the question has more', () => {
    const query = 'how many rural mail routes were running in 1901?';
    expect(firstIn('1901_theodore_roosevelt_r.json', query)).toContain(
      'rural routes now in operation is 6,009',
    );
  });

  it('given "how many people" then a count of persons answers: "people" is the plural of "person"', () => {
    const query = "how many people were killed in highway accidents in eisenhower's time?";
    expect(firstIn('1956_dwight_d_eisenhower_r.json', query)).toContain('38,000 persons lost their lives');
  });
});
