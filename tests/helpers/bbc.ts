import { Library } from '../../src/index.js';
import { loadBbcArticles } from '../../bench/bbc-corpus.js';
import { wordnetLexicon } from './lexicon.js';

/** The BBC development library and its queries (shared with bench:quality). */
export * from '../../bench/bbc-corpus.js';

let cached: Library | undefined;
/** The 40 BBC development articles as one library, no glossary, with the WordNet lexicon (built once). */
export function bbcLibrary(): Library {
  cached ??= Library.create(loadBbcArticles(), { lexicon: wordnetLexicon() });
  return cached;
}

/** The text of the best hit for `query` in the BBC library, if any. */
export function firstBbcHit(query: string): string | undefined {
  return bbcLibrary().search({ query }).hits[0]?.passage.text;
}
