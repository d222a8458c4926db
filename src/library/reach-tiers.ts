import type { SearchEngine } from '../search/engine.js';
import { isPhrase, lemmaCandidates, type Lexicon } from '../search/lexicon.js';
import type { QueryTerm } from '../search/query.js';
import { CAPITALIZED } from '../search/query-words.js';
import { measuredFirst } from '../search/measured-first.js';
import { QUOTATION, rankedAsTyped } from '../search/ranked-as-typed.js';
import type { SearchHit } from '../search/result.js';
import { ownWordsBesideNeighbours, Reach, type ScoredPassage } from '../search/score.js';
import { sentencesWithRuns, thirdWords, wordRunsOf } from '../search/word-runs.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { Passage } from '../content/article.js';
import { hitOf, hitScore } from './hits.js';
import type { LibraryIndexes, Target } from './library-indexes.js';
import { distinctHits } from './said-first.js';
import { knowsWord } from './words-held.js';

/**
 * When no sentence matches: a sentence with two words or more of its own that leans on the sentences next
 * to it for the others (an answer spread over two: "The abolition of slavery … in Cuba…" / "…the present
 * liberal Government of Spain will voluntarily adopt this view"); else the sentences that lack one of
 * several words ("cellphone market in India" finds "India's mobile market is likely to grow"), said to be
 * the closest rather than matches; else, for a long query, a sentence with a rare run of its words (see
 * `runHits`), said to be the closest too.
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
  if (closest.length > 0) return { hits: closest, closest: true };
  const runs = runHits(indexes, targets, query, limit);
  return runs.length > 0 ? { hits: runs, closest: true } : { hits: [] };
}

/**
 * A long query that no sentence meets in enough of its words, met by a rare run of two of them as typed
 * (see `sentencesWithRuns`) and a third word of the query elsewhere in the sentence (see `thirdWords`), one
 * that is no measure: "the young striker always dreamed of scoring at his home ground" is the 19-year-old
 * striker who "had dreamed of scoring at the club's stadium since he was a boy". A run alone is often a set
 * phrase ("box office", "first time") in a sentence about something else.
 */
function runHits(
  indexes: LibraryIndexes,
  targets: readonly Target[],
  query: string,
  limit: number,
): SearchHit[] {
  if (QUOTATION.test(query)) return [];
  const hits = targets.flatMap(({ engine, range, terms }) => {
    const runs = wordRunsOf(query, terms);
    if (runs.length === 0) return [];
    // A word neither the library nor the dictionary knows ("easyjet") names what the query is about, and
    // the library has nothing of it: a run of other words is no answer.
    const lexicon = indexes.options.lexicon;
    if (terms.some((term) => !term.light && !knowsWord(engine.index, lexicon, term.label.toLowerCase())))
      return [];
    const tokensOf = (passage: Passage): readonly Token[] => indexes.cache.tokens(passage);
    return sentencesWithRuns(engine.index, tokensOf, runs, range)
      .filter((hit) =>
        thirdWords(engine.index, terms, hit).some((term) => !isMeasure(lexicon, term.label.toLowerCase())),
      )
      .map(({ at }) => hitOf(indexes, engine.passages[at]!, 0, terms));
  });
  return distinctHits(indexes, hits.slice(0, limit), targets);
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
  const found = targets.flatMap(({ engine, range, terms }) => {
    if (terms.length === 0) return [];
    let ranked: ScoredPassage[];
    if (reach === Reach.Match)
      ranked = engine.ownWordsFirst(
        query,
        terms,
        range,
        limit,
        measuredFirst(
          engine,
          indexes.options.lexicon,
          query,
          terms,
          range,
          limit,
          engine.pricedFirst(query, terms, range, limit, rankedAsTyped(engine, query, terms, range, limit)),
        ),
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
    return ranked.map(({ at, score }) => ({ passage: engine.passages[at]!, score: hitScore(score), terms }));
  });
  // Several articles' hits: the best of them all, only those made hits (their highlights marked).
  if (targets.length > 1) found.sort((a, b) => b.score - a.score);
  const hits = found
    .slice(0, limit)
    .map(({ passage, score, terms }) => hitOf(indexes, passage, score, terms));
  return distinctHits(indexes, hits, targets);
}

/**
 * Whether the dictionary files the word under measures: a span of time, a number, a unit ("years",
 * "thousand", "night"). Such a word is in sentences of every subject, so it says nothing of one.
 */
function isMeasure(lexicon: Lexicon, word: string): boolean {
  return lexicon.topicsOf?.(word)?.some((topic) => topic.word === 'measure') ?? false;
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
