import type { PassageRange } from './candidates.js';
import type { SearchEngine } from './engine.js';
import { WordCount } from './neighbour-context.js';
import type { QueryTerm } from './query.js';
import { questionOf } from './question.js';
import type { ScoredPassage } from './score.js';

/** Quotation marks, double anywhere or single around the query: words in them are asked for exactly. */
export const QUOTATION = /["“”]|^\s*['‘]|['’]\s*$/;

/**
 * The best passages for the terms. The words as typed (with their inflections, spellings and typos) come
 * first: when they fill the page, the lexicon's relatives are not asked for at all (the common case, and
 * the cheap one); else the sentences found only through relatives follow them. Relatives help find, they
 * never overrule a sentence with every word as written. So when the best as typed lacks a word, a sentence
 * with all of them, some through relatives, comes first: for a question, when every hit as typed lacks a
 * word (see `ScoredPassage.partial`: "how much do the secret postcards cost": "All postcards are priced at
 * £35", not the "Secrets sale" without a price); for other queries, when the best one does.
 */
export function rankedAsTyped(
  engine: SearchEngine,
  query: string,
  terms: readonly QueryTerm[],
  range: PassageRange,
  limit: number,
): ScoredPassage[] {
  // Words in quotation marks are the words wanted: no relative stands in for them ("muddling through" is
  // no "fix our politics", through "muddle", a fix).
  if (QUOTATION.test(query)) return engine.rank(query, engine.analyze(query, false), range, limit);
  if (!terms.some((term) => term.expanded)) return engine.rank(query, terms, range, limit);
  const literal = engine.rank(query, engine.analyze(query, false), range, limit);
  const partial = literal.length > 0 && literal.every((item) => item.partial);
  const words = partial || questionOf(query) !== undefined ? undefined : new WordCount(engine.index, terms);
  const lacking = words !== undefined && literal.length > 0 && !words.hasAll(literal[0]!.at);
  if (literal.length >= limit && !partial && !lacking) return literal;
  const seen = new Set(literal.map((item) => item.at));
  const wider = engine.rank(query, terms, range, limit);
  if (!partial) {
    // The best as typed lacks a word the best through relatives has: "reopening african slave trade" is
    // "…upon unhappy Africa itself if we should reopen the slave trade", not "the African slave trade"
    // without "reopen". (A question's hits that lack a word are ordered by `SearchEngine.preferAnswers`.)
    const whole = lacking ? wider.find((item) => words!.hasAll(item.at)) : undefined;
    const first = whole ? [whole] : [];
    const rest = [...literal, ...wider.filter((item) => !seen.has(item.at))];
    return [...first, ...rest.filter((item) => item.at !== whole?.at)].slice(0, limit);
  }
  // A sentence that lacks a word as typed may have them all through relatives: it comes first as such.
  const whole = wider.filter((item) => !item.partial);
  const first = new Set(whole.map((item) => item.at));
  return [
    ...whole,
    ...literal.filter((item) => !first.has(item.at)),
    ...wider.filter((item) => item.partial && !seen.has(item.at)),
  ].slice(0, limit);
}
