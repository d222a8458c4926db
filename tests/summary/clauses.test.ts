import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_OPTIONS, Library, summarizeLibrary } from '../../src/index.js';
import { summarize } from '../../src/summary/summarize.js';
import { smallArticle } from '../helpers/content.js';

// Over 500 characters: cut at its semicolons into parts (see `clauses` in src/text/segment.ts).
const LIST =
  'The duties of the Government are to maintain peace abroad, and order and obedience to the laws at home, ' +
  'with a firm hand and an even temper in every province of the land and on every frontier of it; ' +
  'to establish principles and practices of administration favorable to the security of liberty and ' +
  'property, and to the protection of every citizen in the enjoyment of his rights; to reduce expenses ' +
  'to what is necessary for the useful purposes of government, and to pay the public debt in full and ' +
  'on time, as the nation promised its creditors when it borrowed from them.';

describe('summaries of a sentence cut at its semicolons', () => {
  const article = smallArticle('duties', 'The duties of government', [
    'Government exists to serve the people who pay for it.',
    LIST,
    'Taxes should be light and fairly shared among the citizens.',
    'The debt should be paid before any new spending begins.',
    'Peace is the first condition of every other good the nation seeks.',
  ]);

  it('given the parts in a small letter then no summary holds them, of any length', () => {
    const parts = article.sentences.filter((sentence) => sentence.text.startsWith('to '));
    expect(parts.length).toBeGreaterThan(0);
    for (const request of [{ length: 'short' }, { length: 'long' }, { sentences: 10 }] as const) {
      const { sentences } = summarize(article, request);
      for (const { text } of sentences) expect(text).toMatch(/^[A-Z]/);
    }
    // Across the library too, where another sentence is about the topic.
    const library = Library.create([
      article,
      smallArticle('debt', 'Debt', ['The public debt fell by a tenth.']),
    ]);
    const found = summarizeLibrary(
      library,
      { topic: 'public debt', length: 'long' },
      DEFAULT_SUMMARY_OPTIONS,
    );
    expect(found.kind).toBe('found');
    if (found.kind === 'found')
      for (const { sentences } of found.excerpts)
        for (const { text } of sentences) expect(text).toMatch(/^[A-Z]/);
    // Every sentence but the parts, asked for all.
    expect(summarize(article, { sentences: 10 }).sentences).toHaveLength(
      article.sentences.length - parts.length,
    );
  });
});
