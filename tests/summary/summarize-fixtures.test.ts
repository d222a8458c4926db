import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { DEFAULT_SUMMARY_OPTIONS, summarize } from '../../src/index.js';
import { cuesOf } from '../../src/summary/cues.js';
import { scoreSentences } from '../../src/summary/sentence-scores.js';
import { fixtureArticle, TRAM_PARAGRAPHS, TRAM_TITLE } from './fixtures.js';
import { harbourArticle } from './fixtures-news.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);

describe('summaries of small hand-written articles', () => {
  const trams = fixtureArticle('trams', TRAM_PARAGRAPHS, { title: TRAM_TITLE });
  const thesis =
    'Because trams carry more riders for less running cost, the city should therefore build the tram network now.';

  it('given an argument piece without a deck then every length carries the closing thesis and the deck is null', () => {
    for (const length of ['short', 'medium', 'long'] as const) {
      const summary = summarize(trams, { length });
      expect(summary.deck).toBeNull();
      expect(texts(summary)).toContain(thesis);
    }
  });

  it('given the long length then it says all medium says, each paragraph gives a sentence, never its example or its "That is, …"', () => {
    const long = summarize(trams, { length: 'long' });
    const medium = summarize(trams, { length: 'medium' });
    expect(long.sentences).toEqual(expect.arrayContaining([...medium.sentences]));
    const paragraphs = new Set(
      long.sentences.map((s) => trams.sentences.find((p) => p.id === s.id)!.paragraph),
    );
    expect(paragraphs.size).toBe(TRAM_PARAGRAPHS.length);
    expect(texts(long).some((text) => text.startsWith('For example'))).toBe(false);
    expect(texts(long).some((text) => text.startsWith('That is'))).toBe(false);
  });

  it('given an argument pasted as one paragraph then long says all medium says and more, from each run of ten sentences or fewer', () => {
    const sentences = [
      ...TRAM_PARAGRAPHS,
      'Other cities show what trams do. Lyon rebuilt its network in the 2000s. Ridership there doubled within ten years. Shops along the lines reported more customers, not fewer.',
      'Buses remain useful on quiet routes. They need no rails and can change their route in a week. But on the busiest corridors they are full by seven in the morning.',
      'The money is there. The regional fund would pay half of the cost. The council should therefore apply before the deadline in June. Waiting another decade would only raise the price.',
      'Residents have asked for cleaner air since the ring road opened. A tram emits nothing in the street it runs on. Doctors at the city hospital report more asthma every winter. The tram should run on power from the new wind farm.',
      'Some fear the noise of the rails at night. Modern trams are quieter than a diesel bus. The last tram would leave the centre at midnight. Night buses should take over after that.',
      'Jobs matter too. For example, building the network would employ six hundred people for four years.',
    ].join(' ');
    const pasted = fixtureArticle('pasted-trams', [sentences], { title: TRAM_TITLE });
    expect(pasted.paragraphs).toHaveLength(1);
    expect(pasted.sentences.length).toBe(30);
    expect(scoreSentences(pasted, DEFAULT_SUMMARY_OPTIONS).genre).toBe('argument');
    const medium = summarize(pasted, { length: 'medium' }).sentences;
    const long = summarize(pasted, { length: 'long' }).sentences;
    expect(long).toEqual(expect.arrayContaining([...medium]));
    expect(long.length).toBeGreaterThan(medium.length);
    const runs = new Set(long.map((s) => Math.floor(Number(s.id.split('#')[1]) / 10)));
    expect(runs).toEqual(new Set([0, 1, 2]));
  });

  it('given the 1941 State of the Union pasted as one paragraph then long is longer than medium, medium than short', () => {
    const [address] = loadSotuArticles(['1941_franklin_d_roosevelt_d.json']);
    const text = address!.sentences.map((sentence) => sentence.text).join(' ');
    const pasted = fixtureArticle('fdr-1941', [text], { title: 'State of the Union 1941' });
    expect(scoreSentences(pasted, DEFAULT_SUMMARY_OPTIONS).genre).toBe('argument');
    const count = (length: 'short' | 'medium' | 'long') => summarize(pasted, { length }).sentences.length;
    expect(count('medium')).toBeGreaterThan(count('short'));
    expect(count('long')).toBeGreaterThan(count('medium'));
  });

  it('given the 1941 State of the Union pasted as one paragraph then no summary opens on a sentence that leans on the one before ("Therefore, as your President, …")', () => {
    const [address] = loadSotuArticles(['1941_franklin_d_roosevelt_d.json']);
    const text = address!.sentences.map((sentence) => sentence.text).join(' ');
    const pasted = fixtureArticle('fdr-1941', [text], { title: 'State of the Union Address 1941' });
    const requests = [
      ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
      ...[1, 2, 3].map((sentences) => ({ sentences })),
    ];
    for (const request of requests) {
      const [opening] = texts(summarize(pasted, request));
      expect(opening, JSON.stringify(request)).not.toMatch(/^(?:Therefore|Thus|Hence|Consequently)\b/);
      expect(cuesOf(opening!).opensLeaning, `${JSON.stringify(request)}: ${opening}`).toBe(false);
    }
  });

  it('given a speech pasted as one paragraph and read as a report then long has a main sentence per run of ten, up to 18, and short and medium stay short', () => {
    const [address] = loadSotuArticles(['2010_barack_obama_d.json']);
    const text = address!.sentences.map((sentence) => sentence.text).join(' ');
    const pasted = fixtureArticle('obama-2010', [text], { title: 'State of the Union 2010' });
    expect(scoreSentences(pasted, DEFAULT_SUMMARY_OPTIONS).genre).toBe('news');
    expect(pasted.sentences.length).toBeGreaterThan(180);
    const ids = (length: 'short' | 'medium' | 'long') =>
      summarize(pasted, { length }).sentences.map((s) => Number(s.id.split('#')[1]));
    expect(ids('short')).toHaveLength(3);
    expect(ids('medium')).toHaveLength(5);
    const long = ids('long');
    expect(long).toHaveLength(DEFAULT_SUMMARY_OPTIONS.maxSentences.long);
    expect(long).toEqual(expect.arrayContaining(ids('medium')));
    // Spread over the speech, not the 7 best sentences of a news story.
    const quarters = new Set(long.map((at) => Math.floor((4 * at) / pasted.sentences.length)));
    expect(quarters).toEqual(new Set([0, 1, 2, 3]));
  });

  it.each([
    ['2004_george_w_bush_r.json', 'State of the Union Address 2004'],
    ['1966_lyndon_b_johnson_d.json', 'State of the Union Address 1966'],
  ])(
    'given %s pasted as one paragraph, more runs of ten than a long summary has places, then long has a sentence in every tenth of the speech, its close among them, and no three in a row',
    (file, title) => {
      const [address] = loadSotuArticles([file]);
      const text = address!.sentences.map((sentence) => sentence.text).join(' ');
      const pasted = fixtureArticle('pasted-speech', [text], { title });
      const count = pasted.sentences.length;
      expect(Math.ceil(count / DEFAULT_SUMMARY_OPTIONS.stepSentences)).toBeGreaterThan(
        DEFAULT_SUMMARY_OPTIONS.maxSentences.long,
      );
      const long = summarize(pasted, { length: 'long' }).sentences.map((s) => Number(s.id.split('#')[1]));
      expect(long.length).toBeLessThanOrEqual(DEFAULT_SUMMARY_OPTIONS.maxSentences.long);
      const tenths = new Set(long.map((at) => Math.floor((10 * at) / count)));
      expect(tenths).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
      const threeInARow = long.filter((at) => long.includes(at + 1) && long.includes(at + 2));
      expect(threeInARow).toEqual([]);
    },
  );

  it('given a report of 80 sentences then long has one per run of ten (8), and a short report keeps its 7', () => {
    const [address] = loadSotuArticles(['2010_barack_obama_d.json']);
    const text = address!.sentences
      .slice(0, 80)
      .map((sentence) => sentence.text)
      .join(' ');
    const part = fixtureArticle('obama-2010-part', [text], { title: 'State of the Union 2010' });
    expect(scoreSentences(part, DEFAULT_SUMMARY_OPTIONS).genre).toBe('news');
    expect(part.sentences).toHaveLength(80);
    expect(summarize(part, { length: 'long' }).sentences).toHaveLength(8);
    expect(summarize(harbourArticle(), { length: 'long' }).sentences).toHaveLength(
      DEFAULT_SUMMARY_OPTIONS.newsSentences.long,
    );
  });

  it('given the 1941 State of the Union pasted as one paragraph then no summary has "The third is…" without the freedoms it counts', () => {
    const [address] = loadSotuArticles(['1941_franklin_d_roosevelt_d.json']);
    const text = address!.sentences.map((sentence) => sentence.text).join(' ');
    const pasted = fixtureArticle('fdr-1941', [text], { title: 'State of the Union Address 1941' });
    const requests = [
      ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
      ...[3, 5, 8].map((sentences) => ({ sentences })),
    ];
    for (const request of requests) {
      const ids = summarize(pasted, request).sentences.map((s) => Number(s.id.split('#')[1]));
      const dangling = ids.filter(
        (at) => /^The (second|third|fourth) is/.test(pasted.sentences[at]!.text) && !ids.includes(at - 1),
      );
      expect(dangling, JSON.stringify(request)).toEqual([]);
      expect(
        ids.filter((at) => /^The first is/.test(pasted.sentences[at]!.text) && !ids.includes(at - 1)),
        JSON.stringify(request),
      ).toEqual([]);
    }
  });

  it('given "Yet …" after an example then the medium summary brings the point before the example, not the example', () => {
    const medium = texts(summarize(trams, { length: 'medium' }));
    expect(medium.some((text) => text.startsWith('For example'))).toBe(false);
    if (medium.some((text) => text.startsWith('Yet trams'))) {
      expect(medium).toContain('Trams cost more to build than buses.');
    }
  });

  it('given a thesis that leans on the sentence before ("he …") then that sentence comes with it', () => {
    const article = fixtureArticle(
      'mayor',
      [
        'The mayor has promised lower rents for years. Rents have risen every year since.',
        'Housing construction stalled when interest rates rose. Few new flats were finished last year.',
        'With an election in spring, the mayor cannot afford another broken promise on housing. In the coming months, he is therefore likely to announce a rent freeze.',
      ],
      {
        title: 'The Mayor Will Freeze Rents',
        deck: 'Facing an election, the mayor will likely announce a rent freeze in the coming months.',
      },
    );
    const short = texts(summarize(article, { length: 'short' }));
    expect(short).toContain('In the coming months, he is therefore likely to announce a rent freeze.');
    expect(short).toContain(
      'With an election in spring, the mayor cannot afford another broken promise on housing.',
    );
    expect(short.length).toBeLessThanOrEqual(3);
  });

  it('given a body whose first paragraph copies the deck then those copied sentences are left out', () => {
    const deck = 'Trams beat buses on cost per rider. The city should build them now.';
    const article = fixtureArticle('pasted-deck', [deck, ...TRAM_PARAGRAPHS], { title: TRAM_TITLE, deck });
    for (const length of ['short', 'medium', 'long'] as const) {
      const summary = summarize(article, { length });
      expect(summary.deck).toBe(deck);
      expect(summary.sentences.map((s) => s.id)).not.toContain('pasted-deck#0');
      expect(summary.sentences.map((s) => s.id)).not.toContain('pasted-deck#1');
    }
  });

  it('given a sentence written twice in the body then the repeat is never chosen', () => {
    const repeated = 'Trams carry three times as many riders per driver.';
    const article = fixtureArticle(
      'repeats',
      [`${repeated} They also last forty years.`, ...TRAM_PARAGRAPHS, repeated],
      {
        title: TRAM_TITLE,
      },
    );
    const summary = summarize(article, { length: 'long' });
    expect(texts(summary).filter((text) => text === repeated).length).toBeLessThanOrEqual(1);
    for (const sentence of summary.sentences) {
      expect(article.sentences.find((p) => p.id === sentence.id)?.duplicateOf).toBeUndefined();
    }
  });

  it('given a one-sentence article then every length returns that sentence', () => {
    const article = fixtureArticle('one', ['Only one thing happened today.']);
    for (const length of ['short', 'medium', 'long'] as const) {
      expect(texts(summarize(article, { length }))).toEqual(['Only one thing happened today.']);
    }
  });

  it('given a three-sentence article then medium returns all three, in order', () => {
    const article = fixtureArticle('three', [
      'The river rose overnight. Two bridges closed.',
      'The town expects the water to fall by Friday.',
    ]);
    expect(summarize(article, { length: 'medium' }).sentences.map((s) => s.id)).toEqual([
      'three#0',
      'three#1',
      'three#2',
    ]);
  });

  it('given the same article twice then the summary is the same (deterministic)', () => {
    expect(summarize(trams, { length: 'medium' })).toEqual(summarize(trams, { length: 'medium' }));
  });
});
