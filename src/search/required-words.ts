import type { CompiledTerm } from './compiled-query.js';
import type { SearchOptions } from './options.js';
import type { QueryTerm } from './query.js';
import { QuestionKind } from './question.js';

/** Words of three a question's hit must have. */
const QUESTION_REQUIRED = 2;
/** Words of two a question asking for a kind of answer must have, when one is a name it is about. */
const NAMED_QUESTION_REQUIRED = 1;
/**
 * Words of the query a closest match (asked for when no sentence has every word) must still have: one
 * word of two is too little to stand for the query ("bitcoin mining" is not any sentence about mining).
 */
const CLOSEST_REQUIRED = 2;

/**
 * Words a sentence must match: all of a query of up to three words (a short query is specific: "South Korea"
 * is not "Korea"), else a share of it, never fewer than three.
 */
export function requiredMatches(termCount: number, minCoverage: number): number {
  return termCount <= 3 ? termCount : Math.max(3, Math.ceil(minCoverage * termCount));
}

/**
 * The shares a hit needs of a query: of its weighted words (`score`) and of its 3+ words (`coverage`); less
 * of a retelling's (see `SearchOptions.retellingWords`): long, and no question. A question asks for a
 * sentence with its words ("which band won best british group at the brit awards?"), however long.
 */
export function sharesNeeded(
  heavy: number,
  question: QuestionKind | undefined,
  options: SearchOptions,
): { readonly score: number; readonly coverage: number } {
  const retelling = heavy >= options.retellingWords && question === undefined;
  return retelling
    ? {
        score: Math.min(options.minScore, options.retellingShare),
        coverage: Math.min(options.minCoverage, options.retellingShare),
      }
    : { score: options.minScore, coverage: options.minCoverage };
}

/** The query's content words, each multi-word name counted once. */
export function heavyWords(terms: readonly QueryTerm[]): number {
  return terms.filter((term) => !term.light).length - nameSurplus(terms);
}

/** Words beyond the first of each multi-word name of the query (see `QueryTerm.name`). */
export function nameSurplus(terms: readonly QueryTerm[]): number {
  let surplus = 0;
  for (let i = 1; i < terms.length; i++) {
    const name = terms[i]!.name;
    if (name !== undefined && terms.slice(0, i).some((term) => term.name === name)) surplus += 1;
  }
  return surplus;
}

/**
 * Words a hit must have, names counted once (`heavy`: the query's content words so counted; `must`: the
 * words every hit needs, a name's among them). A question's verb is often not the text's ("who wrote it" /
 * "created by"): two of three words do; and of two, the name alone does when the question asks for a kind
 * of answer ("who wrote Mary Poppins?"), since then the answer's cue ranks what it finds. A closest match
 * lacks one word more, never more than one, and keeps two at least: undefined when the query has no word
 * to spare.
 */
export function wordsRequired(
  compiled: readonly CompiledTerm[],
  must: readonly boolean[],
  heavy: number,
  question: QuestionKind | undefined,
  minCoverage: number,
  closest: boolean,
): number | undefined {
  const strict = strictness(compiled, must, heavy, question, minCoverage);
  if (!closest) return strict;
  const required = Math.max(CLOSEST_REQUIRED, strict - 1);
  return required === strict ? undefined : required;
}

function strictness(
  compiled: readonly CompiledTerm[],
  must: readonly boolean[],
  heavy: number,
  question: QuestionKind | undefined,
  minCoverage: number,
): number {
  if (question !== undefined && heavy === 3) return QUESTION_REQUIRED;
  // A proposal's cue ("should") says nothing of what it is about: a name alone is too little.
  if (
    question !== undefined &&
    question !== QuestionKind.Other &&
    question !== QuestionKind.Proposal &&
    heavy === 2
  ) {
    const named = compiled.some((term, i) => !term.light && must[i]);
    const other = compiled.some((term, i) => !term.light && !must[i]);
    if (named && other) return NAMED_QUESTION_REQUIRED;
  }
  return requiredMatches(heavy, minCoverage);
}
