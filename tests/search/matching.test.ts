import { describe, expect, it } from 'vitest';
import { Library, type Article } from '../../src/index.js';
import { hitTexts, seedLibrary, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** Index of the first hit's sentence in the seed article, or null when there is no hit. */
function first(query: string): number | null {
  return seedLibrary().search({ query }).hits[0]?.passage.index ?? null;
}

function highlighted(query: string): string[] {
  const hit = seedLibrary().search({ query }).hits[0];
  if (!hit) return [];
  return hit.highlights.map(([start, end]) => hit.passage.text.slice(start, end));
}

describe('search over the seed article', () => {
  it.each([
    ['electoin', [14, 8]],
    ['sanctons', [3]],
    ['Biegan', [3]],
    ['nuclear tsets', [4, 5, 7, 12]],
    ['missle', [4, 5, 7, 13]],
    ['Pyongang', [4, 8, 13]],
    // A hyphenated name whose parts are too short, or too well known ("Jung"), to be typos of their own.
    ['kim jung-un', [3, 11]],
    // Apart: a name the dictionary knows ("Jung"), a typo of the word the text writes beside "kim" and "un".
    ['kim jung un', [3, 11]],
    ['jung un', [3, 11]],
  ])('given the typo %j then it finds the intended word', (query, expected) => {
    expect(expected).toContain(first(query));
  });

  it.each([
    ['provocation', [10, 11]],
    ['provocations', [10, 11]],
    ['muddle through', [15]],
    ['test', [4, 5, 7, 8, 12, 13]],
  ])('given the inflection %j then other forms of the word match', (query, expected) => {
    expect(expected).toContain(first(query));
  });

  it.each([
    ["Workers' Party", [3, 5]],
    ['Workers’ Party', [3, 5]],
    ['jong un', [3, 11]],
    ['Kim Jong Un', [3, 11]],
    ['KN-23', [4]],
    ['kn23', [4]],
    ['Pukguksong-3', [4]],
    ['2019', [0, 3, 4]],
    ['75th', [5]],
    ['seventy fifth', [5]],
    ['U.S.', [0, 5, 12]],
    ['dénuclearization', [7, 12]],
  ])('given the entity, code or number %j then it is found', (query, expected) => {
    expect(expected).toContain(first(query));
  });

  it.each([
    ['covid', [1]],
    ['coronavirus', [1]],
    ['submarine missile', [4]],
    ['SLBM', [4]],
    ['ICBM', [12]],
    ['nuke', [4, 5, 7, 12, 15]],
    ['talks', [1, 8, 13, 14]],
    ['sanctions relief', [3]],
    ['decision makers', [8]],
    ['muddeling thru', [15]],
    ['US president', [5, 6, 7, 8, 13, 14]],
  ])('given the synonym or acronym %j then the sentence that means it is found', (query, expected) => {
    expect(expected).toContain(first(query));
  });

  it('given a question then the sentence matching most of its words comes first', () => {
    expect([4, 5, 8]).toContain(first('will north korea test a nuke before the election'));
    expect(first('what is the red line?')).toBe(6);
  });

  it.each([
    'South Korea',
    'bitcoin price',
    'Xi Jinping',
    'China',
    'Japan',
    'Obama North Korea policy',
    'Iran nuclear deal',
    // "Jung" is no typo of "Jong" where no word of the query stands beside "Jong" in the text.
    'jung',
    'carl jung',
  ])('given %j, which the article never discusses, then there is no hit', (query) => {
    expect(first(query)).toBeNull();
  });

  it('given "war" then it never matches inside another word such as "towards"', () => {
    for (const hit of seedLibrary().search({ query: 'war', limit: 20 }).hits) {
      const words = hit.highlights.map(([start, end]) => hit.passage.text.slice(start, end).toLowerCase());
      expect(words).not.toContain('war');
      expect(words.join(' ')).not.toMatch(/towards/);
    }
  });

  it('given a phrase then the matched words are highlighted exactly', () => {
    expect(highlighted('red line')).toEqual(['red line']);
    expect(highlighted('KN-23')).toEqual(['KN-23']);
    expect(highlighted('Biegun')).toEqual(['Biegun']);
    expect(highlighted('muddling through')).toEqual(['muddling']);
  });

  it('given a word the passage says twice then both are highlighted, and a phrase is one range where it stands whole', () => {
    const library = Library.create([
      smallArticle('forces', 'Forces', [
        'We doubled the anti-guerrilla forces and our tactical air forces by a dozen wings.',
      ]),
    ]);
    const hit = library.search({ query: 'tactical air forces wings' }).hits[0]!;
    expect(hit.highlights.map(([start, end]) => hit.passage.text.slice(start, end))).toEqual([
      'forces',
      'tactical air forces',
      'wings',
    ]);
  });

  it('given a figure with its unit then only that figure and its unit are highlighted, not the unit of another', () => {
    const library = Library.create([
      smallArticle('heat', 'Heat', [
        'Streets with a canopy cover above 40% were cooler than streets with less than 10% cover (95% CI).',
        'The effect was largest in Madrid (6.2 °C) and smallest in Manchester (2.1 °C).',
      ]),
    ]);
    const marked = (query: string): string[] => {
      const hit = library.search({ query }).hits[0]!;
      return hit.highlights.map(([start, end]) => hit.passage.text.slice(start, end));
    };
    expect(marked('canopy above 40%')).toEqual(['canopy', '40%']);
    expect(marked('"6.2 °C"')).toEqual(['6.2', 'C']);
    // A unit asked alone is every one of them.
    expect(marked('percent')).toEqual(['40%', '10%', '95%']);
  });

  it('given a hit then it carries attribution, a score in [0,1] and its neighbouring sentences', () => {
    const [hit, ...others] = seedLibrary().search({ query: 'election' }).hits;
    expect(hit?.article).toEqual({
      slug: 'donald-trumps-own-version-of-muddling-through-on-north-korea',
      title: "Donald Trump's Own Version of Muddling Through on North Korea",
      author: 'Eric Ballbach',
      publication: 'The National Interest',
      date: '2020-05-17',
      url: null,
    });
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.score).toBeLessThanOrEqual(1);
    expect(hit?.context.before).toMatch(/^While for both Trump and Kim/);
    expect(hit?.context.after).toMatch(/^In the coming months/);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.score).toBeLessThanOrEqual(hit!.score);
  });

  it('given a query with no match then it offers did-you-mean words from the article', () => {
    const result = seedLibrary().search({ query: 'sanctionz regimme' });
    expect(result.status === 'ok' || result.suggestions.length > 0).toBe(true);
  });

  it('given a query with no match then no word the library has is offered as another ("korea" as "Korean")', () => {
    const { status, suggestions } = seedLibrary().search({ query: 'how many tests did north korea stop?' });
    expect(status).toBe('no-match');
    expect(suggestions.some((suggestion) => /Korean/.test(suggestion))).toBe(false);
  });

  it('given a question about a word no sentence has then it offers no shorter query of one word', () => {
    const { status, suggestions } = seedLibrary().search({ query: 'when did omai arrive' });
    expect(status).toBe('no-match');
    expect(suggestions).toEqual([]);
    expect(seedLibrary().search({ query: 'kim jong omai' }).suggestions).toContain('kim jong');
  });

  it('given a word the dictionary knows, then no near word of the library is offered for it ("warming" is no "warning")', () => {
    const library = Library.create(
      [
        smallArticle('alarm', 'Alarm', [
          'The global warning system failed twice.',
          'Sirens sounded across the city.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    const { status, suggestions } = library.search({ query: 'global warming' });
    expect(status).toBe('no-match');
    expect(suggestions).toEqual([]);
    expect(library.search({ query: 'global warnnig' }).hits[0]?.passage.text).toBe(
      'The global warning system failed twice.',
    );
  });

  it('given a word no sentence has, then the query without it is offered, small words left at its end dropped too', () => {
    const { status, suggestions } = seedLibrary().search({ query: 'missile tests in antarctica' });
    expect(status).toBe('no-match');
    expect(suggestions).toEqual(['missile tests']);
  });

  it('given the word a query is about inside it, the end of a name, or a question, then no query without it is offered', () => {
    const library = Library.create(
      [
        smallArticle('city', 'City', [
          'The best views are from the river.',
          'How tall is the mount of the old fort?',
          'Many people live near the harbour.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    for (const query of [
      'best pizza near the river',
      'how tall is mount everest',
      'how many people live in tokyo?',
    ]) {
      const { status, suggestions } = library.search({ query });
      expect(status, query).toBe('no-match');
      expect(suggestions, query).toEqual([]);
    }
  });

  it('given a word one slip from a dictionary word the library lacks, then no library word further away is offered for it', () => {
    const library = Library.create(
      [smallArticle('reps', 'Reps', ['The representatives recovered the votes they had lost.'])],
      { lexicon: wordnetLexicon() },
    );
    expect(library.search({ query: 'recesion' }).suggestions).toEqual([]);
    expect(library.search({ query: 'represntatives' }).status).toBe('ok');
  });

  it('given words in quotation marks then only sentences with those words (or their inflections) match, no relative', () => {
    expect(hitTexts(seedLibrary(), '"muddling through"')).toHaveLength(1);
    expect(hitTexts(seedLibrary(), 'muddling through').length).toBeGreaterThanOrEqual(1);
    const library = Library.create(
      [
        smallArticle('fix', 'Fix', [
          'We muddled through the winter.',
          'It will only happen if we fix our politics.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    expect(hitTexts(library, '"muddling through"')).toEqual(['We muddled through the winter.']);
  });

  it('given a quoted query with no match then the suggestions are bare words, apostrophes kept', () => {
    for (const query of [
      '"north korea and football"',
      '“north korea and football”',
      "'Trump’s north korea and football'",
    ]) {
      const { status, suggestions } = seedLibrary().search({ query });
      expect(status).toBe('no-match');
      expect(suggestions.length).toBeGreaterThan(0);
      for (const suggestion of suggestions) expect(suggestion).not.toMatch(/["“”]|^'|'$|\s'|'\s/);
    }
    expect(
      seedLibrary().search({ query: "'Trump’s north korea and football'" }).suggestions.join(' '),
    ).toMatch(/Trump’s/);
  });

  it('given the same words twice in the body then they are never offered as two quotes', () => {
    const texts = seedLibrary()
      .search({ query: 'muddling through', limit: 20 })
      .hits.map((hit) => hit.passage.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('a sentence two articles share word for word', () => {
  const wire = 'The judges said the novel was a joy to read.';
  const library = Library.create([
    smallArticle('first-story', 'Prize shortlist', [wire, 'The shortlist has six novels.']),
    smallArticle('second-story', 'Prize winner', ['The winner was named on Tuesday.', wire]),
  ]);

  it('given a query it answers then it is listed once, under the article that said it first', () => {
    const hits = library.search({ query: 'judges novel' }).hits;
    expect(hits.map((hit) => hit.passage.text)).toEqual([wire]);
  });

  it('given the sentence found once, then an earlier article with it added, then the updated library credits that one', () => {
    const later = smallArticle(
      'later-story',
      'Prize news',
      [wire, 'The shortlist has six novels.'],
      'Tess Ward',
      '2024-05-01',
    );
    const alone = Library.create([later]);
    expect(alone.search({ query: 'judges novel' }).hits[0]?.article.slug).toBe('later-story');
    const earlier = smallArticle(
      'earlier-story',
      'Prize first',
      ['The winner was named.', wire],
      'Tess Ward',
      '2024-01-01',
    );
    const both = alone.withArticles([later, earlier]);
    expect(both.search({ query: 'judges novel' }).hits.map((hit) => hit.article.slug)).toEqual([
      'earlier-story',
    ]);
    // The library before the update still answers from its own articles.
    expect(alone.search({ query: 'judges novel' }).hits[0]?.article.slug).toBe('later-story');
  });

  const dated = (article: Article, date: string): Article => ({
    ...article,
    meta: { ...article.meta, date },
  });
  const freedoms = 'We look forward to a world founded upon four essential human freedoms.';
  const speech = [
    'The nation faces a moment unprecedented in the history of the Union.',
    freedoms,
    'Freedom means the supremacy of human rights everywhere.',
  ];
  // A collection of speeches, dated when it was put together, that holds the 1941 address word for word.
  const collection = dated(
    smallArticle(
      'addresses-1934-2021',
      'State of the Union Addresses 1934-2021',
      [
        'Tonight I report on the state of the Union once more.',
        ...speech,
        'Four years ago we said we would give people greater freedom and incentives.',
      ],
      'US Presidents',
    ),
    '2021-04-28',
  );
  const address = dated(
    smallArticle('address-1941', 'State of the Union Address 1941', speech, 'Franklin D. Roosevelt'),
    '1941-01-06',
  );
  const addresses = Library.create([collection, address]);

  it('given a speech and a later collection that holds it then the sentence is credited to the speech, within the scope searched', () => {
    const hit = addresses.search({ query: 'four essential human freedoms' }).hits[0];
    expect(hit?.passage.text).toBe(freedoms);
    expect(hit?.article).toMatchObject({ slug: 'address-1941', date: '1941-01-06' });
    expect(hit?.passage.id).toBe('address-1941#1');
    expect(hit?.context.after).toBe('Freedom means the supremacy of human rights everywhere.');
    expect(hit?.highlights.length).toBeGreaterThan(0);
    expect(
      addresses.search({ query: 'four freedoms', limit: 5 }).hits.map((each) => each.article.slug),
    ).toEqual(['address-1941', 'addresses-1934-2021']);
    // Asked of the collection, or of its author, it is the collection's.
    expect(
      addresses.search({ query: 'four essential human freedoms', slug: 'addresses-1934-2021' }).hits[0]
        ?.article.slug,
    ).toBe('addresses-1934-2021');
    expect(
      addresses.search({ query: 'four essential human freedoms', author: 'US Presidents' }).hits[0]?.article
        .slug,
    ).toBe('addresses-1934-2021');
    // Of one date, the shorter article's: the more specific.
    const sameDay = Library.create([dated(collection, '1941-01-06'), address]);
    expect(sameDay.search({ query: 'four essential human freedoms' }).hits[0]?.article.slug).toBe(
      'address-1941',
    );
  });
});

describe('a word the stemmer would give a small word’s stem', () => {
  const library = Library.create([
    smallArticle('grid', 'Grid news', [
      'The formula was agreed on Friday after the race.',
      'Their own team owned the car that won Formula One.',
      'The stewards were willing to hear the appeal.',
      'Fans will travel to the race in their thousands.',
    ]),
  ]);

  it('given "formula one" then "on" does not stand for "one"', () => {
    expect(hitTexts(library, 'formula one')).toEqual(['Their own team owned the car that won Formula One.']);
  });

  it('given "owns" or "willing" then the word’s own forms match, not "own" or "will"', () => {
    expect(hitTexts(library, 'owns car')).toEqual(['Their own team owned the car that won Formula One.']);
    expect(hitTexts(library, 'fans willing')).toEqual([]);
    expect(hitTexts(library, 'stewards willingly')).toEqual([
      'The stewards were willing to hear the appeal.',
    ]);
  });
});

describe('a word whose stem ends in a vowel and "y"', () => {
  const library = Library.create([
    smallArticle('jobs', 'Jobs news', [
      'Unemployment fell to 5.2% in March.',
      'Visitors said their enjoyment of the show was spoilt by the heat.',
    ]),
  ]);

  it('given "unemployed" or "enjoyed" then the "-ment" form is the same word, with no lexicon', () => {
    expect(hitTexts(library, 'unemployed')).toEqual(['Unemployment fell to 5.2% in March.']);
    expect(hitTexts(library, 'enjoyed the show')).toEqual([
      'Visitors said their enjoyment of the show was spoilt by the heat.',
    ]);
  });
});

describe('a number written in words inside a hyphenated word', () => {
  const library = Library.create([
    smallArticle('rupee', 'Rupee news', [
      'The rupee hit a five-year high on Thursday.',
      'The index fell for twenty-five days.',
    ]),
  ]);

  it('given the number in figures then the word is found: "5 year high" finds "a five-year high"', () => {
    expect(hitTexts(library, 'rupee 5 year high')).toEqual(['The rupee hit a five-year high on Thursday.']);
  });

  it('given a part of a number written as one word then it is not that number: "twenty-five" is no 5', () => {
    expect(hitTexts(library, '25 days')).toEqual(['The index fell for twenty-five days.']);
    expect(hitTexts(library, '5 days')).toEqual([]);
  });
});

describe('a number written in words with "hundred" or "thousand"', () => {
  const library = Library.create([
    smallArticle('fleet', 'The fleet', [
      'Some three hundred ships sailed from the port.',
      'About twenty-five thousand men were enlisted.',
      'The hundred days of the reign ended.',
      'Three men and a hundred horses crossed.',
    ]),
  ]);

  it('given the figure then the words are found: "300 ships" finds "three hundred ships"', () => {
    expect(hitTexts(library, '300 ships')).toEqual(['Some three hundred ships sailed from the port.']);
    expect(hitTexts(library, '25000 men')).toEqual(['About twenty-five thousand men were enlisted.']);
  });

  it('given the figure then the words are highlighted together', () => {
    const hit = library.search({ query: '300 ships' }).hits[0]!;
    const marked = hit.highlights.map(([from, to]) => hit.passage.text.slice(from, to));
    expect(marked.join(' ')).toContain('three hundred');
  });

  it('given "hundred" with no number word just before it then it is no figure', () => {
    expect(hitTexts(library, '100 days')).toEqual([]);
    expect(hitTexts(library, '300 horses')).toEqual([]);
  });
});

describe('a quarter of the year written short', () => {
  it('given "q4" or "Q3" then the built-in glossary finds "the fourth quarter", "a third quarter"', () => {
    const library = Library.create(
      [
        smallArticle('results', 'Results', [
          'The address went on for an hour.',
          'Revenue nearly tripled in the fourth quarter of 2004.',
          'Fuel costs rose in a third quarter of strikes.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    expect(hitTexts(library, 'revenue in q4')).toEqual([
      'Revenue nearly tripled in the fourth quarter of 2004.',
    ]);
    expect(hitTexts(library, 'Q3 fuel costs')).toEqual(['Fuel costs rose in a third quarter of strikes.']);
  });
});

describe('a roman numeral in capitals', () => {
  const library = Library.create(
    [
      smallArticle('war', 'War notes', [
        'The address went on for an hour.',
        'He served as a pilot during World War II.',
        'King Henry VIII had six wives.',
        'Her CV listed six jobs.',
        'I was there in 2005.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given its number in figures or in words then it is found: "world war 2" finds "World War II"', () => {
    expect(hitTexts(library, 'world war 2')).toEqual(['He served as a pilot during World War II.']);
    expect(hitTexts(library, 'pilot in world war two')).toEqual([
      'He served as a pilot during World War II.',
    ]);
    expect(hitTexts(library, 'henry 8')).toEqual(['King Henry VIII had six wives.']);
  });

  it('given "ww2" or "wwii" then the built-in glossary finds "World War II"', () => {
    expect(hitTexts(library, 'ww2 pilot')).toEqual(['He served as a pilot during World War II.']);
    expect(hitTexts(library, 'wwii')).toEqual(['He served as a pilot during World War II.']);
  });

  it('given a letter alone or capitals of other letters then they are no numeral: "I", "CV"', () => {
    expect(hitTexts(library, '105 jobs')).toEqual([]);
    expect(hitTexts(library, '1 was there')).toEqual([]);
  });
});

describe('a glossary term typed with a word of its middle left out', () => {
  const library = Library.create([
    smallArticle('tests', 'Missile tests', [
      'The regime tested a long-range ballistic missile in May.',
      'A submarine-launched ballistic missile was shown at the parade.',
      'Its missile program and its submarine fleet grew.',
    ]),
  ]);

  it('given "intercontinental missile" then the built-in glossary\'s "intercontinental ballistic missile" and its synonyms are found', () => {
    expect(hitTexts(library, 'intercontinental missile')).toEqual([
      'The regime tested a long-range ballistic missile in May.',
    ]);
    expect(hitTexts(library, 'submarine launched missile')).toEqual([
      'A submarine-launched ballistic missile was shown at the parade.',
    ]);
  });

  it('given the first and last words of a term with other words between them then it is no term', () => {
    expect(hitTexts(library, 'submarine fleet missile')).toEqual([
      'Its missile program and its submarine fleet grew.',
    ]);
  });
});

describe('a glossary synonym that is part of a longer one', () => {
  const library = Library.create([
    smallArticle('arms', 'Arms', [
      'The nuclear conflict was ignored for months.',
      'The country keeps its nuclear weapons as a deterrent.',
    ]),
  ]);

  it('given "nukes" then "nuclear weapons" comes before "nuclear" alone, which is still found', () => {
    expect(hitTexts(library, 'nukes')).toEqual([
      'The country keeps its nuclear weapons as a deterrent.',
      'The nuclear conflict was ignored for months.',
    ]);
  });
});

describe('a word derived from a glossary term', () => {
  const library = Library.create(
    [
      smallArticle('vote', 'The vote', [
        'The U.S. presidential elections are in November.',
        'Presidential candidates in France spoke.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given "american" then the glossary\'s synonyms of "america" are found: "U.S."', () => {
    expect(hitTexts(library, 'american president')).toEqual([
      'The U.S. presidential elections are in November.',
    ]);
  });
});

describe('a number the query writes in words and the text in figures', () => {
  const library = Library.create([
    smallArticle('calls', 'Call centres', [
      'The 10 authors shortlisted are hoping for a boost in sales.',
      'Callers on average hang up after just 65 seconds of music.',
      'It was tough getting down to 10 from the 300 submitted.',
      'Three authors made the list, and one of them won.',
    ]),
  ]);

  it('given "ten" then "10" is found: "ten authors shortlisted"', () => {
    expect(hitTexts(library, 'ten authors shortlisted')).toEqual([
      'The 10 authors shortlisted are hoping for a boost in sales.',
    ]);
  });

  it('given a number of two words, with or without its hyphen, then its figure is found', () => {
    const callers = 'Callers on average hang up after just 65 seconds of music.';
    expect(hitTexts(library, 'sixty-five seconds')).toEqual([callers]);
    expect(hitTexts(library, 'sixty five seconds')).toEqual([callers]);
    expect(hitTexts(library, 'three hundred submitted')).toEqual([
      'It was tough getting down to 10 from the 300 submitted.',
    ]);
  });

  it('given the words as the text writes them then that sentence comes before a figure', () => {
    expect(hitTexts(library, 'three authors')[0]).toBe('Three authors made the list, and one of them won.');
  });
});

describe('two words of the query that a text writes as one', () => {
  const library = Library.create([
    smallArticle('media', 'Media results', [
      'Time Warner has settled its case with the regulator.',
      'Quarterly profits at TimeWarner jumped to $1.13bn.',
    ]),
  ]);

  it('given "time warner profits" then the sentence that writes "TimeWarner" is found', () => {
    expect(hitTexts(library, 'time warner profits')).toEqual([
      'Quarterly profits at TimeWarner jumped to $1.13bn.',
    ]);
    expect(hitTexts(library, 'Time Warner case')).toEqual([
      'Time Warner has settled its case with the regulator.',
    ]);
  });
});

describe('a verb and its particle that a text writes as one noun', () => {
  const library = Library.create(
    [
      smallArticle('cars', 'Car makers', [
        'The car maker has sought a series of financial bailouts.',
        'Its staff were told about the layoffs on Monday.',
        'The plant will close for the summer.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given "bailed out" or "laid off" then the sentence with "bailouts" or "layoffs" is found', () => {
    expect(hitTexts(library, 'car maker bailed out')).toEqual([
      'The car maker has sought a series of financial bailouts.',
    ]);
    expect(hitTexts(library, 'staff laid off')).toEqual(['Its staff were told about the layoffs on Monday.']);
  });
});

describe('a word written solid that the text writes as two', () => {
  const library = Library.create([
    smallArticle('care', 'Care', [
      'Health care costs rose again this year.',
      'The work force grew by ten percent.',
      'The health of the staff and the care of patients come first.',
      'A new car was parked beside the pet shop.',
    ]),
  ]);

  it('given "healthcare costs" and "workforce" then the sentences that write them as two words are found', () => {
    expect(hitTexts(library, 'healthcare costs')).toEqual(['Health care costs rose again this year.']);
    expect(hitTexts(library, 'workforce')).toEqual(['The work force grew by ten percent.']);
  });

  it('given "healthcare" then the two words apart are no match, nor "car" and "pet" for "carpet"', () => {
    expect(hitTexts(library, 'healthcare')).toEqual(['Health care costs rose again this year.']);
    expect(hitTexts(library, 'carpet')).toEqual([]);
  });
});

describe('a noun the dictionary makes of a verb and its particle', () => {
  const library = Library.create(
    [
      smallArticle('credit', 'Credit', [
        'Beijing is clamping down on credit to cool the economy.',
        'The airline laid off 300 staff last year.',
        'Polluters should pay to clean it up.',
        'The clamp on the door held firm all the way down the hall.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given "credit clampdown", "layoffs" or "cleanup" then the verb and its particle are found, in any form', () => {
    expect(hitTexts(library, 'credit clampdown')).toEqual([
      'Beijing is clamping down on credit to cool the economy.',
    ]);
    expect(hitTexts(library, 'airline layoffs')).toEqual(['The airline laid off 300 staff last year.']);
    expect(hitTexts(library, 'polluters pay for cleanup')).toEqual(['Polluters should pay to clean it up.']);
  });

  it('given "clampdown" then the verb and the particle apart are no match', () => {
    expect(hitTexts(library, 'clampdown')).toEqual([
      'Beijing is clamping down on credit to cool the economy.',
    ]);
  });
});

describe('a number however it is written', () => {
  const library = Library.create([
    smallArticle('prizes', 'Prizes', [
      'Winners were voted for by about 6,000 children.',
      'The award carries with it a £25,000 prize.',
      'Some 1026000 visitors came.',
      'Rooms 12,6 and 9 were shut.',
      'Rosneft bought the unit for $9.3bn in a forced sale.',
      'Sales rose 5% in March.',
      'The firm asked for 1.5 million dollars of aid.',
      'It will supply 30,000 sports utility vehicles.',
      'The winner gets £25k in cash.',
    ]),
  ]);

  it('given "6000 children" and "25000 prize" then the sentences that write 6,000 and 25,000 are found', () => {
    expect(hitTexts(library, '6000 children')).toEqual(['Winners were voted for by about 6,000 children.']);
    expect(hitTexts(library, '25000 prize')).toEqual(['The award carries with it a £25,000 prize.']);
  });

  it('given "1,026,000" then the sentence that writes it without commas is found, and 6,000 is highlighted whole', () => {
    expect(hitTexts(library, '1,026,000 visitors')).toEqual(['Some 1026000 visitors came.']);
    const hit = library.search({ query: '6000' }).hits[0]!;
    expect(hit.highlights.map(([start, end]) => hit.passage.text.slice(start, end))).toEqual(['6,000']);
  });

  it('given "9.3 billion", "5 percent" or "1.5m aid" then "$9.3bn", "5%" and "1.5 million" are found', () => {
    expect(hitTexts(library, 'rosneft 9.3 billion')).toEqual([
      'Rosneft bought the unit for $9.3bn in a forced sale.',
    ]);
    expect(hitTexts(library, 'sales 5 percent')).toEqual(['Sales rose 5% in March.']);
    expect(hitTexts(library, '1.5m aid')).toEqual(['The firm asked for 1.5 million dollars of aid.']);
  });

  it('given "25%" then a share is asked for: a code with the figure ("KN-25") is no answer', () => {
    const codes = Library.create([
      smallArticle('shares', 'Missiles', ['It tested the KN-25 twice.', 'Support fell 25% in May.']),
    ]);
    expect(hitTexts(codes, '25%')).toEqual(['Support fell 25% in May.']);
    expect(hitTexts(codes, '25 %')).toEqual(['Support fell 25% in May.']);
    expect(hitTexts(codes, 'kn-25 tested')).toEqual(['It tested the KN-25 twice.']);
    // Nor the closest match where no sentence writes that share, however rare the figure and common "percent".
    const otherShares = Array.from({ length: 20 }, (_, i) => `Sales rose ${i + 30}% in week ${i + 30}.`);
    const noShare = Library.create([
      smallArticle('codes', 'Missiles', ['It tested the KN-25 twice.', ...otherShares]),
    ]);
    expect(hitTexts(noShare, '25%')).toEqual([]);
  });

  it('given "30k vehicles" or "25,000 cash" then "30,000 … vehicles" and "£25k in cash" are found', () => {
    expect(hitTexts(library, '30k vehicles')).toEqual(['It will supply 30,000 sports utility vehicles.']);
    expect(hitTexts(library, '25,000 cash')).toEqual(['The winner gets £25k in cash.']);
  });

  it('given "126", "15 million" or "93" then "12,6", "1.5 million" and "9.3bn" are other numbers', () => {
    expect(hitTexts(library, '126')).toEqual([]);
    expect(hitTexts(library, '15 million dollars')).toEqual([]);
    expect(hitTexts(library, '93')).toEqual([]);
  });
});

describe('a day typed with slashes', () => {
  const library = Library.create([
    smallArticle('dates', 'Airline news', [
      'Since the 11 September 2001 attacks, the airline has cut 13,000 jobs.',
      'The 9/11 commission published its report in July.',
      'Ticket sales on September 12 were the lowest of the year.',
      'The airline runs a 24-hour help line, open 7 days a week.',
    ]),
  ]);

  it('given "9/11" then the text finds it written so or with the month named, highlighted whole', () => {
    expect(hitTexts(library, 'jobs cut since 9/11')).toEqual([
      'Since the 11 September 2001 attacks, the airline has cut 13,000 jobs.',
    ]);
    expect(hitTexts(library, '9/11 commission')).toEqual([
      'The 9/11 commission published its report in July.',
    ]);
    const [hit] = library.search({ query: 'jobs cut since 9/11' }).hits;
    expect(hit!.highlights.map(([start, end]) => hit!.passage.text.slice(start, end))).toContain(
      '11 September',
    );
  });

  it('given another day, or figures with a slash that are no day the text names, then they find nothing else', () => {
    expect(hitTexts(library, 'sales 9/12')).toEqual([
      'Ticket sales on September 12 were the lowest of the year.',
    ]);
    expect(hitTexts(library, 'sales 9/13')).toEqual([]);
    expect(hitTexts(library, '24/7 help line')).toEqual([]);
  });
});

describe('a number with "million" or "billion", and a rough number', () => {
  const library = Library.create([
    smallArticle('figures', 'Subscriber figures', [
      'It lost 464,000 subscribers in the quarter.',
      'The firm has 5,800 staff in Leeds.',
      'In 2001 the firm opened its first office.',
      'The network now reaches 1.5 million homes.',
      'Half a million people signed the petition.',
      'Over 22 years the town grew to 19 streets.',
    ]),
  ]);

  it('given the figure in full then "1.5 million" and "half a million" are found', () => {
    expect(hitTexts(library, '1500000 homes')).toEqual(['The network now reaches 1.5 million homes.']);
    expect(hitTexts(library, '500,000 people')).toEqual(['Half a million people signed the petition.']);
  });

  it('given a number of thousands said to be rough then the figures near it are found', () => {
    expect(hitTexts(library, 'lost nearly half a million subscribers')).toEqual([
      'It lost 464,000 subscribers in the quarter.',
    ]);
    expect(hitTexts(library, 'about 6,000 staff')).toEqual(['The firm has 5,800 staff in Leeds.']);
  });

  it('given an exact number, a small one or a year, then no other figure stands for it', () => {
    expect(hitTexts(library, 'lost 500,000 subscribers')).toEqual([]);
    expect(hitTexts(library, 'about 20 streets')).toEqual([]);
    expect(hitTexts(library, 'firm opened its office in about 2000')).toEqual([]);
  });
});
