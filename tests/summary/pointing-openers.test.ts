import { describe, expect, it } from 'vitest';
import { Library, summarize } from '../../src/index.js';
import { strikeArticle } from './fixtures-news.js';

const article = strikeArticle();
const library = Library.create([article]);
// The openings of the report that point back to the sentence before.
const POINTING_BACK = /^(?:As a result|In turn|Because of this),/;
const indexOf = (id: string): number => article.sentences.findIndex((passage) => passage.id === id);

describe('summaries of a report whose sentences open on what the one before said', () => {
  it.each([
    { length: 'short' },
    { length: 'medium' },
    { length: 'long' },
    ...[1, 2, 3, 4, 5, 6].map((sentences) => ({ sentences })),
  ] as const)(
    'given %j then a sentence opening "As a result", "In turn" or "Because of this" comes right after the one it points back to',
    (request) => {
      const chosen = summarize(article, request, library).sentences.map((sentence) => indexOf(sentence.id));
      const orphans = chosen.filter(
        (at) => POINTING_BACK.test(article.sentences[at]!.text) && !chosen.includes(at - 1),
      );
      expect(orphans.map((at) => article.sentences[at]!.text)).toEqual([]);
    },
  );

  it.each(['dock workers', 'harbour board'])(
    'given the topic %j then its summary leaves out the sentences whose cause is about something else',
    (topic) => {
      const summary = summarize(article, { topic }, library);
      expect(summary.found).toBe(true);
      const texts = summary.sentences.map((sentence) => sentence.text);
      expect(texts[0]).toMatch(/^Dock workers/);
      expect(texts.filter((text) => POINTING_BACK.test(text))).toEqual([]);
    },
  );
});
