import type { Article, Passage } from '../content/article.js';
import { answersQuestion, askedWords } from '../search/answer-cues.js';
import { QuestionKind, questionOf } from '../search/question.js';
import type { SearchHit } from '../search/result.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stemOf, tokenize, wordCount } from '../text/tokenize.js';
import { SECTION_MIN_WORDS, sectionAfter } from './headed-sections.js';
import { hitOf } from './hits.js';
import type { LibraryIndexes } from './library-indexes.js';

/** Words of a heading that say its section gives a cause or a reason: "Root cause", "Why", "Motivation". */
const CAUSE_HEADING_STEMS: ReadonlySet<string> = new Set(
  ['cause', 'why', 'reason', 'motivation', 'rationale'].map(stemOf),
);

/** Fewest words of a heading a longer question names by saying them all ("root cause", "what went well"). */
const NAMED_HEADING_WORDS = 2;

/** A section a question asks about: its heading's words and its quotable sentences. */
export interface AskedSection {
  readonly stems: readonly string[];
  readonly sentences: readonly Passage[];
}

/**
 * The opening sentence of the section a question asks about, to come first: a section whose heading of two
 * words or more the question says in full ("what was the root cause of the search incident?" of "## Root
 * cause"), or for a why question ("what caused the outage?") one whose heading names a cause or a reason ("Root
 * cause", "Why", "Motivation"). A structured document (a postmortem, a design note) answers there, while the
 * sentence that shares most words may only repeat the question ("Together they caused a 47-minute outage.").
 * The article is, of the hits' articles with such a section, the one whose title says most of the question's
 * other words ("search" of "Postmortem: Search latency…"), else the best hit's own. Undefined when the best hit
 * is already in that section (for a why question: when it gives a cause), or no such section is there.
 */
export function askedSection(
  indexes: LibraryIndexes,
  query: string,
  hits: readonly SearchHit[],
): SearchHit | undefined {
  const best = hits[0];
  if (best === undefined) return undefined;
  const why = questionOf(query) === QuestionKind.Why;
  const said = new Set(contentStems(query));
  if (!why && said.size <= NAMED_HEADING_WORDS) return undefined;
  const rest = (section: AskedSection): string[] =>
    contentStems(query).filter((stem) => !section.stems.includes(stem));
  const titled = (article: Article, section: AskedSection): number => {
    const title = new Set(contentStems(article.meta.title));
    return rest(section).filter((stem) => title.has(stem)).length;
  };
  let chosen: { article: Article; section: AskedSection; titled: number } | undefined;
  for (const slug of new Set(hits.map((hit) => hit.passage.slug))) {
    const article = indexes.catalog.article(slug);
    const section = article === undefined ? undefined : sectionAsked(article, said, why);
    if (article === undefined || section === undefined) continue;
    const count = titled(article, section);
    if (chosen === undefined ? count > 0 || slug === best.passage.slug : count > chosen.titled)
      chosen = { article, section, titled: count };
  }
  // Only where the hits are in a structured document: then any article with the section whose title says
  // more of the question ("the search incident" of a search postmortem the words found nothing in).
  if (chosen === undefined) return undefined;
  for (const article of indexes.catalog.articles) {
    const section = sectionAsked(article, said, why);
    const count = section === undefined ? 0 : titled(article, section);
    if (section !== undefined && count > chosen.titled) chosen = { article, section, titled: count };
  }
  if (chosen === undefined) return undefined;
  const inSection = chosen.section.sentences.some((passage) => passage.id === best.passage.id);
  const answers = why && answersQuestion(QuestionKind.Why, best.passage.text, askedWords(query));
  // The best hit answers already: a cause (in that article) for a why question, or a sentence of the section.
  if (best.passage.slug === chosen.article.slug && (why ? answers : inSection)) return undefined;
  const sentences = chosen.section.sentences;
  const lead = sentences.find((passage) => wordCount(passage.text) >= SECTION_MIN_WORDS) ?? sentences[0];
  return lead === undefined || lead.id === best.passage.id ? undefined : hitOf(indexes, lead, best.score, []);
}

/** An article's first section a question asks about (see `askedSection`), if any. */
export function sectionAsked(
  article: Article,
  said: ReadonlySet<string>,
  why: boolean,
): AskedSection | undefined {
  for (const [at, heading] of article.sentences.entries()) {
    if (heading.heading !== true || heading.text.trimEnd().endsWith('?')) continue;
    const stems = contentStems(heading.text);
    const named = stems.length >= NAMED_HEADING_WORDS && stems.every((stem) => said.has(stem));
    const cause = why && foldedWords(heading.text).some((word) => CAUSE_HEADING_STEMS.has(stemOf(word)));
    if (!named && !cause) continue;
    const sentences = sectionAfter(article, at);
    if (sentences.length > 0) return { stems, sentences };
  }
  return undefined;
}

/**
 * A text's stems but its small words', request words kept: "search" of "the search incident" names a title's
 * "Search", though it is no word to look for in the text ("search for…").
 */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.alias && !STOPWORDS.has(token.term))
    .map((token) => token.stem);
}
