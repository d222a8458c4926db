import { describe, expect, it } from 'vitest';
import { Library, parseArticle, TextLexicon } from '../../src/index.js';
import { LEXICON_HEADER } from '../../src/search/lexicon.js';
import { firstBbcHit as first } from '../helpers/bbc.js';
import { hitTexts as hits, smallArticle as article } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

describe("an article's title as weak context for its sentences (BBC dev set)", () => {
  it.each([
    // The answer says "the book" and "a clergyman": the name is only in the title.
    ['how many copies has the Da Vinci Code sold?', 'The book has sold more than seven million copies'],
    ['what did the clergyman think of the Da Vinci Code?', "is 'laughable', a clergyman has said"],
    // A name of three words is one word of the question: the film, not any sentence naming the book.
    ['when is the Da Vinci Code film coming out?', 'is set to be made into a film starring Tom Hanks'],
  ])('given %j, whose name only the title has, then the sentence that answers comes first', (query, part) => {
    expect(first(query)).toContain(part);
  });
});

describe("the names of an article's first sentence as the same context (BBC dev set)", () => {
  it.each([
    // "Public show for Reynolds portrait": Omai is named in the lead, then only "him".
    ['omai arrival', 'Sir Joshua painted him after his arrival in 1774'],
    ['when did omai arrive?', 'Sir Joshua painted him after his arrival in 1774'],
  ])('given %j, whose name only the lead has, then the sentence that answers comes first', (query, part) => {
    expect(first(query)).toContain(part);
  });

  it("given a lead's name alone then only the sentences that say it answer; with a word, the one that has it", () => {
    const library = Library.create([
      article('lead', 'Harbour notes', [
        'The Marlowe Trust bought the old pier on Monday.',
        'It plans a café and a small museum.',
      ]),
    ]);
    expect(hits(library, 'marlowe')).toEqual(['The Marlowe Trust bought the old pier on Monday.']);
    expect(hits(library, 'marlowe museum')).toEqual(['It plans a café and a small museum.']);
  });
});

describe('title context: the rules, on a small library', () => {
  const library = Library.create([
    article('klondike', 'Klondike gold rush', [
      'Prospectors arrived by the thousand in the summer of 1897.',
      'Most of them found nothing and went home poorer.',
    ]),
    article('harbour', 'Harbour notes', [
      'Klondike prospectors arrived by the thousand in the summer of 1897.',
      'The ferry to the islands was late again.',
    ]),
    article('strike', 'Ferry strike ends', ['The ferry to the islands was late again.']),
    article('walks', 'Harbour walks', ['The old harbour wall was rebuilt in stone.']),
  ]);

  it('given only words of titles then no sentence matches through them: the metadata names the article', () => {
    // "gold" and "rush" are in a title and in no sentence: the hit is the article's lead, named by its
    // title as before, not a sentence matched through the title.
    const result = library.search({ query: 'gold rush' });
    expect(result.hits.map((hit) => [hit.passage.id, hit.highlights])).toEqual([['klondike#0', []]]);
  });

  it("given a title word and a sentence's own word then the sentence of that article answers", () => {
    const found = library.search({ query: 'gold prospectors' }).hits;
    expect(found.map((hit) => hit.passage.id)).toEqual(['klondike#0']);
  });

  it('given a sentence with the words itself then it comes before one that leans on its title', () => {
    const found = library.search({ query: 'Klondike prospectors' }).hits.map((hit) => hit.passage.id);
    expect(found).toEqual(['harbour#0', 'klondike#0']);
  });

  it('given the same sentence in two articles then the one whose title has the missing word answers', () => {
    const found = library.search({ query: 'ferry strike islands' }).hits.map((hit) => hit.passage.id);
    expect(found).toEqual(['strike#0']);
  });

  it('given a word in more than half of the titles then it is no context: it tells no article apart', () => {
    // "harbour" is in two titles of four: context for those two.
    expect(hits(library, 'harbour islands')).toEqual(['The ferry to the islands was late again.']);
    const three = Library.create([
      article('a', 'Harbour notes', ['The tide was low.']),
      article('b', 'Harbour walks', ['The wall was rebuilt.']),
      article('c', 'Harbour birds', ['Gulls nested on the wall.']),
    ]);
    expect(hits(three, 'harbour wall')).toEqual([]);
  });
});

describe('a phrase of the dictionary is no name of a lead sentence', () => {
  /** "right to vote" is a phrase, with "constitution" a noun of its definition (as WordNet's suffrage). */
  const lexicon = new TextLexicon(
    new TextEncoder().encode(
      [LEXICON_HEADER, 'right_to_vote|||suffrage|||amendment,constitution||||vote|'].join('\n') + '\n',
    ),
  );
  const library = Library.create(
    [
      article('assembly', 'Town assembly', [
        'The Constitution of the town was read aloud on Monday.',
        'Men and women of the town met in the hall.',
      ]),
      // "right" and "vote" are common words here, "women" a rare one.
      article('harbour', 'Harbour notes', [
        ...Array.from({ length: 30 }, (_, i) => `Ferry ${i + 1} kept to the right of the channel.`),
        ...Array.from({ length: 30 }, (_, i) => `Motion ${i + 1} was put to the vote of the board.`),
      ]),
      article('school', 'School notes', ['Suffrage was the subject of the history lesson.']),
    ],
    { lexicon },
  );

  it('given a phrase whose relative is a name of a lead ("Constitution") and one other word then nothing answers', () => {
    expect(hits(library, 'women getting the right to vote')).toEqual([]);
  });

  it("given the phrase alone then the sentence with the phrase's synonym answers", () => {
    expect(hits(library, 'right to vote')).toEqual(['Suffrage was the subject of the history lesson.']);
  });
});

describe("an article's author as the same weak context (speeches: the speaker is not in the sentences)", () => {
  const library = Library.create([
    article(
      'a',
      'Annual address 1901',
      ['Taxes must be cut for every family.', 'Our navy needs ships.'],
      'Ada Byrne',
    ),
    article('b', 'Annual address 1902', ['Taxes must be raised to pay for roads.'], 'Cyril Holt'),
    article('c', 'Annual address 1903', ['The harvest was good this year.'], 'Dora Finch'),
  ]);

  it("given the speaker's name and a word of the speech then that speaker's sentence answers", () => {
    expect(hits(library, 'holt taxes')).toEqual(['Taxes must be raised to pay for roads.']);
    expect(hits(library, 'byrne taxes')[0]).toBe('Taxes must be cut for every family.');
  });

  it("given the speaker's name and a word none of that speaker's sentences has then nothing answers", () => {
    expect(hits(library, 'finch taxes')).toEqual([]);
  });

  it('given a plain word whose synonym is the author\'s given name ("scored": mark, by Mark Ellison), then the author credits it nothing, while the name typed still does', () => {
    const library = Library.create(
      [
        article(
          'chess',
          'Chess club wins league',
          ['The chess club has won the county league at last.'],
          'Mark Ellison',
        ),
        article(
          'derby',
          'Town beat Rovers',
          ['The captain headed the winner in the 89th minute.', 'The penalty spot had no mark on it.'],
          'Ann Cole',
        ),
      ],
      { lexicon: wordnetLexicon() },
    );
    expect(hits(library, 'scored the winner')).not.toContain(
      'The chess club has won the county league at last.',
    );
    expect(hits(library, 'mark league')).toEqual(['The chess club has won the county league at last.']);
  });
});

describe('a word only a title says, which the text has only through a loose relative', () => {
  const library = Library.create(
    [
      article('trees', 'Street Trees and Summer Heat', [
        'We estimate that planting one tree would cool the street.',
        'Planting costs were estimated at 1,150 euros per tree.',
      ]),
      article('appeal', 'Harlow v Riverside Council: Judgment on the Footpath Appeal', [
        'This is an appeal by Mr Harlow against the order of the council.',
        'The appeal is dismissed.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given "judgment", which only a title says, then that article answers, not a kind of judgment ("estimate")', () => {
    expect(hits(library, 'judgment')[0]).toBe(
      'This is an appeal by Mr Harlow against the order of the council.',
    );
  });

  it('given a word the text says as typed then its sentence answers, whatever the titles say', () => {
    expect(hits(library, 'estimate')[0]).toBe('We estimate that planting one tree would cool the street.');
    expect(hits(library, 'appeal')[0]).toBe('The appeal is dismissed.');
  });
});

describe('a typo or the other spelling of a word only a title says', () => {
  const library = Library.create(
    [
      article('address', 'The Gettysburg Address', [
        'Four score and seven years ago our fathers brought forth a new nation.',
      ]),
      article('appeal', 'Harlow v Riverside Council: Judgment on the Footpath Appeal', [
        'This is an appeal by Mr Harlow against the order of the council.',
      ]),
      article('ruling', 'A Judgement on Allotment Fees', ['The fees were set by the committee in May.']),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given a typo of a title word ("gettysberg") then its article answers, and the reply says how it read it', () => {
    const result = library.search({ query: 'gettysberg' });
    expect(result.hits[0]?.passage.text).toBe(
      'Four score and seven years ago our fathers brought forth a new nation.',
    );
    expect(result.respelled).toBe('gettysburg');
  });

  it('given the British or American spelling of a title word then the other spelling finds it, both ways', () => {
    const judgment = library.search({ query: 'judgment' }).hits.map((hit) => hit.article.slug);
    const judgement = library.search({ query: 'judgement' }).hits.map((hit) => hit.article.slug);
    expect(judgment).toContain('appeal');
    expect(judgment).toContain('ruling');
    expect(judgement).toEqual(judgment);
    expect(library.search({ query: 'judgement' }).respelled).toBeUndefined();
  });

  it('given a word no title is near then nothing answers', () => {
    expect(hits(library, 'zzyzzx')).toEqual([]);
  });
});

describe('a word only a heading says', () => {
  const faq = parseArticle(
    'faq.md',
    [
      '---',
      'title: "Frequently Asked Questions"',
      'author: Garden Committee',
      'publication: Garden News',
      'date: 2024-03-01',
      '---',
      '',
      '## Can I keep chickens?',
      '',
      'No. Livestock of any kind is not allowed, because the lease forbids it.',
      '',
      '## Abstract',
      '',
      'Street trees are widely promoted as a way to cool cities.',
      '',
    ].join('\n'),
  );
  const library = Library.create(
    [
      faq,
      article('poem', 'The Keeper', ['She said the sea was not a thing to fear, and taught her so.']),
      article('club', 'Club News', ['The speaker is a retired primary teacher from Valencia.']),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given a word of a heading that no sentence says then the section under it answers', () => {
    expect(hits(library, 'chickens')).toEqual([
      'No. Livestock of any kind is not allowed, because the lease forbids it.',
    ]);
  });

  it('given a heading word the text has only through a loose relative then the section answers first', () => {
    // WordNet gives "teacher" as a more specific word of "abstract" (0.55): no answer where a heading says it.
    expect(hits(library, 'abstract')[0]).toBe('Street trees are widely promoted as a way to cool cities.');
  });
});
