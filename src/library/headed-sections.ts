import { isQuotable, type Article, type Passage } from '../content/article.js';
import { DEFAULT_DAILY_OPTIONS } from '../daily/options.js';
import { questionOf } from '../search/question.js';
import type { SearchHit } from '../search/result.js';
import { wordCount } from '../text/tokenize.js';
import { stemsOf } from './headings.js';
import { hitOf } from './hits.js';
import type { LibraryIndexes } from './library-indexes.js';

/**
 * Fewer words than this say little alone ("No."): a section's quote is its first longer one, if any (a daily
 * post's minimum).
 */
export const SECTION_MIN_WORDS = DEFAULT_DAILY_OPTIONS.minWords;

/**
 * The sections whose heading (a Markdown `##` line, or a line of capitals: no sentence a search reads) has
 * every word of the query, each answered by its first sentence of a few words or more: "chickens" of an FAQ's
 * "Can I keep chickens?" is its answer, "No. Livestock of any kind is not allowed…". Empty when no heading
 * has them all. `whole`: only headings that say the query's words and no other ("Root cause", "Action items").
 */
export function headedSections(
  indexes: LibraryIndexes,
  query: string,
  limit: number,
  whole = false,
): SearchHit[] {
  // The library's headings are read once (`LibraryIndexes.headings`); without any, no query names one.
  if (indexes.headings.length === 0) return [];
  return sectionsHeaded(indexes, stemsOf(query), limit, whole);
}

/** `headedSections` of the query's stems. */
function sectionsHeaded(
  indexes: LibraryIndexes,
  wanted: readonly string[],
  limit: number,
  whole: boolean,
): SearchHit[] {
  if (wanted.length === 0) return [];
  const distinct = new Set(wanted).size;
  const hits: SearchHit[] = [];
  for (const { article, at, stems, asks } of indexes.headings) {
    if (hits.length >= limit) break;
    if (!wanted.every((stem) => stems.has(stem))) continue;
    // A question asked (an interview's, an FAQ's) is answered by the search of its words, every answer found.
    if (whole && (stems.size !== distinct || asks)) continue;
    const section = sectionAfter(article, at);
    const quote = section.find((each) => wordCount(each.text) >= SECTION_MIN_WORDS) ?? section[0];
    if (quote !== undefined) hits.push(hitOf(indexes, quote, 1, []));
  }
  return hits;
}

/** The quotable sentences after a heading, up to the next one. */
export function sectionAfter(article: Article, heading: number): Passage[] {
  const section: Passage[] = [];
  for (let at = heading + 1; at < article.sentences.length; at++) {
    const sentence = article.sentences[at]!;
    if (sentence.heading === true) break;
    if (isQuotable(sentence)) section.push(sentence);
  }
  return section;
}

/**
 * Fewest words of a query that names a section by its heading: one word typed alone is a topic, searched in
 * the text ("/quote methods"); asked as a question ("what are the limitations?") it names the sections.
 */
const SECTION_NAME_WORDS = 2;

/**
 * The sections a query names by their heading's words and no others ("root cause", "what are the action
 * items?" of "## Action items" or a label "Action items.", "what are the limitations?" of "Limitations"):
 * each answered by its first sentence, as `headedSections` does, before any sentence that merely says the
 * words. Empty for one word that is no question.
 */
export function namedSections(indexes: LibraryIndexes, query: string, limit: number): SearchHit[] {
  if (indexes.headings.length === 0) return [];
  const wanted = stemsOf(query);
  const words = new Set(wanted).size;
  if (words === 0 || (words < SECTION_NAME_WORDS && questionOf(query) === undefined)) return [];
  return sectionsHeaded(indexes, wanted, limit, true);
}
