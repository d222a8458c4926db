import { isQuotable, type Article, type Passage } from '../content/article.js';
import { DEFAULT_DAILY_OPTIONS } from '../daily/options.js';
import { questionOf } from '../search/question.js';
import type { SearchHit } from '../search/result.js';
import { LIGHT_WORDS, REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { tokenize, wordCount } from '../text/tokenize.js';
import { hitOf } from './hits.js';
import type { LibraryIndexes } from './library-indexes.js';

/**
 * Fewer words than this say little alone ("No."): a section's quote is its first longer one, if any (a daily
 * post's minimum).
 */
const SECTION_MIN_WORDS = DEFAULT_DAILY_OPTIONS.minWords;

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
  const wanted = stemsOf(query);
  if (wanted.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const article of indexes.catalog.articles) {
    article.sentences.forEach((heading, at) => {
      if (heading.heading !== true || hits.length >= limit) return;
      const said = new Set(stemsOf(heading.text));
      if (!wanted.every((stem) => said.has(stem))) return;
      // A question asked (an interview's, an FAQ's) is answered by the search of its words, every answer found.
      if (whole && (said.size !== new Set(wanted).size || heading.text.trimEnd().endsWith('?'))) return;
      const section = sectionAfter(article, at);
      const quote = section.find((each) => wordCount(each.text) >= SECTION_MIN_WORDS) ?? section[0];
      if (quote !== undefined) hits.push(hitOf(indexes, quote, 1, []));
    });
  }
  return hits;
}

/** The quotable sentences after a heading, up to the next one. */
function sectionAfter(article: Article, heading: number): Passage[] {
  const section: Passage[] = [];
  for (const sentence of article.sentences.slice(heading + 1)) {
    if (sentence.heading === true) break;
    if (isQuotable(sentence)) section.push(sentence);
  }
  return section;
}

/** The stems of a text's words, without the words that only frame a request ("quote", "about"). */
function stemsOf(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.alias && !REQUEST_WORDS.has(token.term) && !LIGHT_WORDS.has(token.term))
    .filter((token) => !STOPWORDS.has(token.term))
    .map((token) => token.stem);
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
  const words = new Set(stemsOf(query)).size;
  if (words === 0 || (words < SECTION_NAME_WORDS && questionOf(query) === undefined)) return [];
  return headedSections(indexes, query, limit, true);
}
