import { describe, expect, it } from 'vitest';
import { DEFAULT_GLOSSARY } from '../../src/search/default-glossary.js';
import { SearchEngine } from '../../src/search/engine.js';
import { Glossary } from '../../src/search/glossary.js';
import { Catalog } from '../../src/search/catalog.js';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/options.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';
import { loadBbcArticles, loadBbcQueries } from '../helpers/bbc.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** Engines over the 40 BBC articles with the WordNet lexicon, as a library makes its own: each new one. */
function engines(): () => SearchEngine {
  const index = SentenceIndex.build(new Catalog(loadBbcArticles()).passages);
  const options = { ...DEFAULT_SEARCH_OPTIONS, lexicon: wordnetLexicon() };
  return () => new SearchEngine(index, new Glossary([...DEFAULT_GLOSSARY]), options);
}

/** The terms as text, their units' maps as entries. */
function termsOf(engine: SearchEngine, query: string, lexical: boolean): string {
  return JSON.stringify(engine.analyze(query, lexical), (_, value: unknown) =>
    value instanceof Map ? [...value] : value,
  );
}

describe('a query read once for both analyses', () => {
  it('given each query analysed both ways after other queries then each analysis is a fresh engine’s', () => {
    const queries = [
      ...loadBbcQueries().map((query) => query.query),
      'how many people voted for the Bank of England?',
      '"interest rates" rise',
      'The Second World War',
      'what did blair want?',
      'nearly finally hesitantly rising costs',
    ];
    const engine = engines();
    const fresh = (query: string, lexical: boolean): string => termsOf(engine(), query, lexical);
    const shared = engine();
    const asked = (query: string, lexical: boolean): string => termsOf(shared, query, lexical);
    const sample = queries.filter((_, i) => i % 7 === 0);
    for (const [i, query] of sample.entries()) {
      const other = sample[(i + 1) % sample.length]!;
      // Both ways in turn (as a search asks), the other way first, and with another query between.
      expect(asked(query, true)).toBe(fresh(query, true));
      expect(asked(query, false)).toBe(fresh(query, false));
      expect(asked(query, false)).toBe(fresh(query, false));
      expect(asked(other, true)).toBe(fresh(other, true));
      expect(asked(query, true)).toBe(fresh(query, true));
    }
  });
});
