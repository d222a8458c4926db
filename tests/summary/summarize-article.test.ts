import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/text/segment.js';
import { summarize, type Summary } from '../../src/index.js';
import { seedArticle, seedLibrary } from '../helpers/content.js';

const article = seedArticle();
const library = seedLibrary();
const numbers = (summary: Summary): number[] => summary.sentences.map((s) => Number(s.id.split('#')[1]));
const lengths = ['short', 'medium', 'long'] as const;

describe('summaries of the seed article (content/donald-trumps-own-version-…)', () => {
  it.each(lengths)(
    'given length %s then every sentence is a body sentence, verbatim, with its id',
    (length) => {
      const summary = summarize(article, { length }, library);
      expect(summary.sentences.length).toBeGreaterThan(0);
      for (const sentence of summary.sentences) {
        const passage = article.sentences.find((candidate) => candidate.id === sentence.id);
        expect(passage?.text).toBe(sentence.text);
        expect(article.body.slice(passage!.start, passage!.end)).toBe(sentence.text);
      }
    },
  );

  it.each(lengths)('given length %s then the sentences are in article order, each once', (length) => {
    const ids = numbers(summarize(article, { length }, library));
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
  });

  it.each(lengths)('given length %s then no sentence is the deck or one of its sentences', (length) => {
    const summary = summarize(article, { length }, library);
    const deckSentences = segmentSentences(article.meta.deck!).map((span) => span.text);
    expect(summary.deck).toBe(article.meta.deck);
    for (const sentence of summary.sentences) {
      expect(sentence.text).not.toBe(article.meta.deck);
      expect(deckSentences).not.toContain(sentence.text);
    }
  });

  it('given the three lengths then short has 2–3 sentences, medium about 5, long one key point per paragraph', () => {
    const short = summarize(article, { length: 'short' }, library);
    const medium = summarize(article, { length: 'medium' }, library);
    const long = summarize(article, { length: 'long' }, library);
    expect(short.sentences.length).toBeGreaterThanOrEqual(2);
    expect(short.sentences.length).toBeLessThanOrEqual(3);
    expect(medium.sentences.length).toBeGreaterThanOrEqual(4);
    expect(medium.sentences.length).toBeLessThanOrEqual(6);
    const paragraphs = new Set(
      long.sentences.map((s) => article.sentences.find((p) => p.id === s.id)!.paragraph),
    );
    expect(paragraphs.size).toBe(article.paragraphs.length);
    // The thesis may bring the sentence it leans on ("he is therefore …"): one extra line at most.
    expect(long.sentences.length).toBeLessThanOrEqual(article.paragraphs.length + 1);
    expect(medium.length).toBe('medium');
  });

  it.each(lengths)(
    'given length %s then the thesis (#14 and #15, which the deck restates) is included',
    (length) => {
      expect(numbers(summarize(article, { length }, library))).toEqual(expect.arrayContaining([14, 15]));
    },
  );

  it('given the medium length then it carries the steps of the argument, not just the central vocabulary', () => {
    // Our reading of the steps: relations cooled (#0), the autonomy-seeking turn (#2), the test freeze as
    // Trump's only achievement (#7), the leverage a test before the election gives (#8), Washington's choice (#12).
    const steps = [0, 2, 7, 8, 12];
    const chosen = numbers(summarize(article, { length: 'medium' }, library));
    expect(chosen.filter((n) => steps.includes(n)).length).toBeGreaterThanOrEqual(3);
    // The example ("For instance, during the Fifth Plenary Meeting …") and "That is, …" are not key points.
    expect(chosen).not.toContain(3);
    expect(chosen).not.toContain(10);
  });

  it('given no library then the summary is the same (topic search is only needed for a topic)', () => {
    expect(summarize(article, { length: 'medium' })).toEqual(
      summarize(article, { length: 'medium' }, library),
    );
  });

  it('given no length then the summary is medium', () => {
    expect(summarize(article, {}, library)).toEqual(summarize(article, { length: 'medium' }, library));
  });
});
