import type { SearchResult } from '../../src/index.js';

/** The stable JSON of `quotebot quote --json` (documented in the README). */
export function searchResultJson(result: SearchResult) {
  return {
    query: result.query,
    status: result.status,
    closest: result.closest === true,
    respelled: result.respelled ?? null,
    hits: result.hits.map((hit) => ({
      id: hit.passage.id,
      text: hit.passage.text,
      score: hit.score,
      highlights: hit.highlights.map(([start, end]) => [start, end]),
      context: hit.context,
      article: hit.article,
    })),
    suggestions: result.suggestions,
  };
}
