import type { SearchEngine } from '../search/engine.js';
import { isPhrase, lemmaCandidates } from '../search/lexicon.js';
import type { QueryTerm } from '../search/query.js';
import { CAPITALIZED } from '../search/query-words.js';
import { QUOTATION, rankedAsTyped } from '../search/ranked-as-typed.js';
import type { SearchHit } from '../search/result.js';
import { ownWordsBesideNeighbours, Reach, type ScoredPassage } from '../search/score.js';
import { tokenize } from '../text/tokenize.js';
import { hitOf } from './hits.js';
import type { LibraryIndexes, Target } from './library-indexes.js';
import { distinctHits } from './said-first.js';
import { knowsWord } from './words-held.js';

/**
 * When no sentence matches: a sentence with two words or more of its own that leans on the sentences next
 * to it for the others (an answer spread over two: "The abolition of slavery … in Cuba…" / "…the present
 * liberal Government of Spain will voluntarily adopt this view"); else the sentences that lack one of
 * several words ("cellphone market in India" finds "India's mobile market is likely to grow"), said to be
 * the closest rather than matches.
 */
export function beyondMatches(
  indexes: LibraryIndexes,
  targets: readonly Target[],
  query: string,
  limit: number,
): { hits: SearchHit[]; closest?: true } {
  const hits = tier(indexes, targets, query, limit, Reach.Neighbours);
  if (hits.length > 0) return { hits };
  const closest = tier(indexes, targets, query, limit, Reach.Closest);
  return closest.length > 0 ? { hits: closest, closest: true } : { hits: [] };
}

/**
 * The hits of one way of finding them (see `Reach`) over these targets, best first, each sentence once.
 * Words in quotation marks ask for exactly what they say: no sentence stands in for them by leaning on its
 * neighbours or by being the closest.
 */
export function tier(
  indexes: LibraryIndexes,
  targets: readonly Target[],
  query: string,
  limit: number,
  reach: Reach,
): SearchHit[] {
  if (reach !== Reach.Match && QUOTATION.test(query)) return [];
  const hits = targets.flatMap(({ engine, range, terms }) => {
    if (terms.length === 0) return [];
    let ranked: ScoredPassage[];
    if (reach === Reach.Match)
      ranked = engine.ownWordsFirst(
        query,
        terms,
        range,
        limit,
        engine.pricedFirst(query, terms, range, limit, rankedAsTyped(engine, query, terms, range, limit)),
      );
    else if (reach === Reach.Neighbours) {
      const own = ownWordsBesideNeighbours(engine.index, terms);
      if (terms.filter((term) => !term.light).length <= own) return [];
      ranked = engine.rank(query, terms, range, limit, Reach.Neighbours);
    } else {
      const essential = terms.map((term) =>
        isEssential(indexes, term, engine) ? { ...term, required: true } : term,
      );
      ranked = engine.rank(query, essential, range, limit, Reach.Closest);
    }
    return ranked.map(({ at, score }) => hitOf(indexes, engine.passages[at]!, score, terms));
  });
  // Several articles' hits: the best of them all.
  if (targets.length > 1) hits.sort((a, b) => b.score - a.score);
  return distinctHits(indexes, hits.slice(0, limit), targets);
}

/**
 * Whether a closest match must still have this word: a name (capitalised, first word too, a word the
 * library writes as a name, or one the dictionary knows only as a name: "iraq"), a number, or a word that
 * nothing here matches and no dictionary knows ("bitcoin"): the query is about it. A common word the
 * library lacks ("cellphone" where the text says "mobile") may be the one left out.
 */
function isEssential(indexes: LibraryIndexes, term: QueryTerm, engine: SearchEngine): boolean {
  if (term.required) return true;
  // A question's frame or a contraction ("don't") is never what the query is about.
  if (term.light) return false;
  if (CAPITALIZED.test(term.label)) return true;
  const word = tokenize(term.label)[0];
  if (word !== undefined && engine.index.writesAsName(word.term)) return true;
  const lexicon = indexes.options.lexicon;
  if (lexicon.isName?.(term.label.toLowerCase())) return true;
  // A slip in a name ("plattsbrug"): a word nobody knows whose every way to be found is a name here.
  if (term.alternatives.length > 0 && !knowsWord(indexes.engine.index, lexicon, term.label.toLowerCase()))
    return term.alternatives.every(({ units }) =>
      units.every((unit) => [...unit.keys()].every((key) => engine.index.writesAsName(key))),
    );
  if (term.alternatives.length > 0) return false;
  // (Known only through synonyms of several words, none of them here, it is as good as unknown.)
  return lemmaCandidates(term.label.toLowerCase()).every((lemma) => lexicon.related(lemma).every(isPhrase));
}
