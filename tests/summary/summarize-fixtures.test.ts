import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { fixtureArticle, TRAM_PARAGRAPHS, TRAM_TITLE } from './fixtures.js';

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

  it('given the long length then each paragraph gives its main sentence, never its example or its "That is, …"', () => {
    const long = texts(summarize(trams, { length: 'long' }));
    expect(long).toHaveLength(4);
    expect(long.some((text) => text.startsWith('For example'))).toBe(false);
    expect(long.some((text) => text.startsWith('That is'))).toBe(false);
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
