import { describe, expect, it } from 'vitest';
import {
  Bot,
  DEFAULT_SUMMARY_OPTIONS,
  Library,
  summarize,
  summarizeLibrary,
  wantsLibrarySummary,
} from '../../src/index.js';
import { seedArticle, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';
import { fixtureArticle, TRAM_PARAGRAPHS, TRAM_TITLE } from './fixtures.js';
import { harbourArticle } from './fixtures-news.js';

const ferries = fixtureArticle(
  'ferries',
  [
    'Ferries to the islands will run every hour from May. The operator will add two new ferries to the harbour fleet.',
    'Fares stay the same. The harbour at Eastham will take the larger ferries.',
  ],
  { title: 'Hourly ferries to the islands' },
);
const library = Library.create([
  seedArticle(),
  harbourArticle(),
  ferries,
  fixtureArticle('trams', TRAM_PARAGRAPHS, { title: TRAM_TITLE }),
]);
const options = DEFAULT_SUMMARY_OPTIONS;

describe('what the whole library says about a topic', () => {
  it('given a sentence about the topic that opens on a pronoun whose sentence before is about something else ("He presided…") then it is left out', () => {
    const payrolls = Library.create([
      fixtureArticle('payrolls', [
        'The president was re-elected in November.',
        'He presided over a net fall in payrolls before the vote.',
        'Payrolls rose by 146,000 in January.',
      ]),
      fixtureArticle('factories', ['Factory payrolls rose in the spring.']),
    ]);
    const summary = summarizeLibrary(payrolls, { topic: 'payrolls' }, options);
    if (summary.kind !== 'found') throw new Error(`expected found, got ${summary.kind}`);
    expect(summary.excerpts.flatMap((excerpt) => excerpt.sentences.map((s) => s.text)).sort()).toEqual([
      'Factory payrolls rose in the spring.',
      'Payrolls rose by 146,000 in January.',
    ]);
  });

  it('given a topic two articles discuss then their sentences come grouped by article, attributed, each in article order', () => {
    const summary = summarizeLibrary(library, { topic: 'harbour' }, options);
    if (summary.kind !== 'found') throw new Error(`expected found, got ${summary.kind}`);
    const slugs = summary.excerpts.map((excerpt) => excerpt.article.slug);
    expect(new Set(slugs)).toEqual(new Set(['harbour', 'ferries']));
    expect(slugs).toHaveLength(2);
    for (const { article, sentences } of summary.excerpts) {
      expect(article.title.length).toBeGreaterThan(0);
      expect(article).toMatchObject({ author: 'Test Author', date: '2021-03-04' });
      const indices = sentences.map((s) => Number(s.id.split('#')[1]));
      expect(indices).toEqual([...indices].sort((a, b) => a - b));
      for (const sentence of sentences) {
        expect(sentence.text).toMatch(/harbour/i);
        expect(sentence.id.startsWith(`${article.slug}#`)).toBe(true);
      }
    }
  });

  it('given a topic then the article with the best passage comes first', () => {
    const best = library.search({ query: 'missiles' }).hits[0]!.article.slug;
    const summary = summarizeLibrary(library, { topic: 'missiles' }, options);
    expect(summary.kind === 'found' && summary.excerpts[0]!.article.slug).toBe(best);
  });

  it('given an article about the topic and a passing mention elsewhere that the search scores best, then the article about it comes first', () => {
    const passengers = fixtureArticle(
      'passengers',
      [
        'Air travellers who are bumped from a flight can now claim cash from the airline under new rules.',
        'The rules set the compensation owed to a traveller at up to 600 euros, depending on the distance flown.',
        'Airlines say the compensation will push fares up for everyone else.',
        'Before, compensation was owed only by scheduled airlines and was half as much.',
      ],
      { title: 'Air travellers win new rights' },
    );
    const address = fixtureArticle(
      'address',
      [
        'Our veterans have come home to schools, homes and work. Compensation is paid to every veteran who claims it.',
        'The farms had a good year. The harbour at Eastham will take larger ships next spring.',
      ],
      { title: 'The state of the county' },
    );
    const both = Library.create([passengers, address]);
    expect(both.search({ query: 'compensation' }).hits[0]!.article.slug).toBe('address');
    const summary = summarizeLibrary(both, { topic: 'compensation' }, options);
    if (summary.kind !== 'found') throw new Error('expected found');
    expect(summary.excerpts.map((excerpt) => excerpt.article.slug)).toEqual(['passengers', 'address']);
  });

  it('given a sentence count then at most that many sentences, and at most two from one article', () => {
    const summary = summarizeLibrary(library, { topic: 'harbour', sentences: 3 }, options);
    if (summary.kind !== 'found') throw new Error('expected found');
    const counts = summary.excerpts.map((excerpt) => excerpt.sentences.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3);
    expect(Math.max(...counts)).toBeLessThanOrEqual(options.libraryPerArticle);
  });

  it('given a topic no article discusses then it says so as a value', () => {
    expect(summarizeLibrary(library, { topic: 'bitcoin' }, options)).toMatchObject({
      kind: 'not-discussed',
      topic: 'bitcoin',
    });
  });

  it('given a topic of filler words only then there is no topic to look for', () => {
    expect(summarizeLibrary(library, { topic: '  ' }, options).kind).toBe('no-topic');
    expect(summarizeLibrary(library, { topic: 'the' }, options).kind).toBe('no-topic');
  });

  it('given a topic longer than a search takes then it says so, not that there is no topic', () => {
    const summary = summarizeLibrary(library, { topic: 'harbour '.repeat(100) }, options);
    expect(summary).toMatchObject({ kind: 'too-long', maxLength: library.options.maxQueryLength });
    const bot = new Bot(library);
    for (const message of [
      `/summary topic:"${'harbour '.repeat(100)}"`,
      `/summary article:x topic:"${'oil '.repeat(200)}"`,
    ])
      expect(bot.handle(bot.read(message))).toMatchObject({ kind: 'invalid-query', reason: 'too-long' });
  });

  it('given a request then it is library-wide only with a topic, no article and more than one article', () => {
    expect(wantsLibrarySummary({ topic: 'harbour' }, 4)).toBe(true);
    expect(wantsLibrarySummary({ topic: 'harbour' }, 1)).toBe(false);
    expect(wantsLibrarySummary({ topic: 'harbour', article: 'ferries' }, 4)).toBe(false);
    expect(wantsLibrarySummary({ topic: ' ' }, 4)).toBe(false);
    expect(wantsLibrarySummary({}, 4)).toBe(false);
  });
});

describe('the sentences a topic summary quotes', () => {
  const lexicon = wordnetLexicon();
  const mixed = Library.create(
    [
      smallArticle('vote', 'The vote', [
        'The election was held on a Sunday.',
        'Turnout was high in the north.',
      ]),
      smallArticle('homes', 'Housing', [
        'The primary duty to build homes rests with private firms.',
        'Two candidates were elected to the council.',
      ]),
    ],
    { lexicon },
  );

  it('given sentences in the topic\'s words then one found only through a related word ("primary" for "election") is left out, and a derived form ("elected") is kept', () => {
    const summary = summarizeLibrary(mixed, { topic: 'election', length: 'long' }, options);
    if (summary.kind !== 'found') throw new Error(`expected found, got ${summary.kind}`);
    const texts = summary.excerpts.flatMap((excerpt) => excerpt.sentences.map((sentence) => sentence.text));
    expect(texts).toEqual(
      expect.arrayContaining([
        'The election was held on a Sunday.',
        'Two candidates were elected to the council.',
      ]),
    );
    expect(texts.join(' ')).not.toContain('primary');
    const one = summarize(
      mixed.articles.find((article) => article.slug === 'homes')!,
      { topic: 'election' },
      mixed,
    );
    expect(one.sentences.map((sentence) => sentence.text)).toEqual([
      'Two candidates were elected to the council.',
    ]);
  });
});

describe('a topic summary of sentences about the topic, not of its word in passing', () => {
  const spaceflight = Library.create(
    [
      smallArticle('launch', 'A June launch', [
        'The agency will send two astronauts into space in June.',
        'Their rocket will dock with the orbiting station a day later.',
      ]),
      smallArticle('harbour', 'The harbour town', [
        'In the short space of ten years the harbour town doubled in size.',
        'Its fishing fleet grew with it.',
        'New quays were built for the boats.',
      ]),
      smallArticle('station', 'Life on the station', [
        'Astronauts on the station farm lettuce in space.',
        'The crew eats it fresh.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );
  const passing = 'In the short space of ten years the harbour town doubled in size.';

  it('given two articles about spaceflight and one that says "the short space of ten years" then the library summary of space quotes the spaceflight sentences only', () => {
    const summary = summarizeLibrary(spaceflight, { topic: 'space' }, options);
    if (summary.kind !== 'found') throw new Error(`expected found, got ${summary.kind}`);
    const texts = summary.excerpts.flatMap((excerpt) => excerpt.sentences.map((sentence) => sentence.text));
    expect(texts).toEqual(
      expect.arrayContaining([
        'The agency will send two astronauts into space in June.',
        'Astronauts on the station farm lettuce in space.',
      ]),
    );
    expect(texts).not.toContain(passing);
  });

  it('given the article that uses the word in passing on its own then its topic summary still quotes that sentence', () => {
    const harbour = spaceflight.articles.find((article) => article.slug === 'harbour')!;
    expect(summarize(harbour, { topic: 'space' }, spaceflight).sentences.map((s) => s.text)).toEqual([
      passing,
    ]);
  });
});

describe('a topic summary of sentences about the topic, not a run-on that names it among many things', () => {
  const runOn =
    'Most people in this town get up early every day, walk their children to school, work long hours at the docks or in the shops, pay their taxes each year, look after their parents, and still find the time to help a neighbour when the winter storms come in.';
  const towns = Library.create(
    [
      smallArticle('budget', 'The council budget', [
        'The council will cut local taxes next year.',
        'The cut saves each household about forty pounds a year.',
      ]),
      smallArticle('levy', 'A levy on fuel', [
        'A new levy on fuel replaces two older taxes in April.',
        'The council expects the levy to raise more each year.',
      ]),
      smallArticle('harbour-town', 'Harbour town life', [
        'The harbour town has a long history of fishing.',
        runOn,
        'The fleet is smaller now than it was a century ago.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );
  const texts = (summary: ReturnType<typeof summarizeLibrary>): string[] => {
    if (summary.kind !== 'found') throw new Error(`expected found, got ${summary.kind}`);
    return summary.excerpts.flatMap((excerpt) => excerpt.sentences.map((sentence) => sentence.text));
  };

  it('given a run-on sentence of many things that names taxes among them, with no sentence next to it about taxes, then the library summary of taxes leaves it out', () => {
    const quoted = texts(summarizeLibrary(towns, { topic: 'taxes' }, options));
    expect(quoted).toEqual(
      expect.arrayContaining([
        'The council will cut local taxes next year.',
        'A new levy on fuel replaces two older taxes in April.',
      ]),
    );
    expect(quoted).not.toContain(runOn);
  });

  it('given a run-on about taxes next to a sentence that names taxes too then it is kept, as a passage about them', () => {
    const reform =
      'From May the council will fold the water charge, the parking permit, the garden waste fee and two smaller local taxes into one yearly bill, which it says will be simpler to pay, cheaper to collect, and easier for every household to check.';
    const withReform = Library.create(
      [
        ...towns.articles,
        smallArticle('reform', 'One bill for all', [
          'The council is changing how it collects taxes.',
          reform,
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    expect(texts(summarizeLibrary(withReform, { topic: 'taxes' }, options))).toContain(reform);
  });
});
