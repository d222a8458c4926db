import type { Article } from '../content/article.js';
import { offeredPassages } from '../search/catalog.js';
import { QuestionKind, questionOf } from '../search/question.js';
import type { SearchHit } from '../search/result.js';
import { namesPurpose } from '../summary/purpose.js';
import { wordCount } from '../text/tokenize.js';
import { contentStems, sectionAsked } from './asked-section.js';
import { SECTION_MIN_WORDS, sectionAfter } from './headed-sections.js';
import { stemsOf } from './headings.js';
import { hitOf } from './hits.js';
import type { LibraryIndexes } from './library-indexes.js';

/** A question: it ends with "?" or opens on a question word. */
const ASKS = /\?\s*$|^\s*(?:who|what|whats|when|where|why|how|which)\b/iu;

/**
 * The answer to a question whose words, but those of a section's heading, are all words of an article's
 * title ("what went wrong in the heating outage?" of "Review: Heating outage at Hill School"), when the text's
 * words found nothing: the title's words say which article, not what to look for in it, so the question is
 * about the article as a whole. It is answered by the section it names ("What went wrong"), for a why question
 * by the section that gives a cause ("Root cause", "Why"), else by the article's purpose (the first sentence
 * of its "Summary", "Overview"… section: `namesPurpose`) or its lead. Of the articles whose title says most of
 * the question's words, in library order; empty when the question has a word that is neither in such a title
 * nor in a heading of that article ("what did the heating outage cost?": "cost" is asked of the text).
 */
export function titledQuestion(indexes: LibraryIndexes, query: string, limit: number): SearchHit[] {
  if (!ASKS.test(query)) return [];
  const asked = stemsOf(query);
  if (asked.length === 0) return [];
  const said = new Set(contentStems(query));
  const why = questionOf(query) === QuestionKind.Why;
  let most = 0;
  let answers: SearchHit[] = [];
  for (const article of indexes.catalog.articles) {
    const title = new Set(stemsOf(article.meta.title));
    const titled = asked.filter((stem) => title.has(stem)).length;
    if (titled === 0 || titled < most) continue;
    const rest = asked.filter((stem) => !title.has(stem));
    const section = sectionAsked(article, said, why);
    if (rest.some((stem) => !section?.stems.includes(stem))) continue;
    const lead = section === undefined ? purposeLead(article) : opening(section.sentences);
    if (lead === undefined) continue;
    const hit = hitOf(indexes, lead, 1, []);
    answers = titled > most ? [hit] : [...answers, hit];
    most = titled;
  }
  return answers.slice(0, limit);
}

/** A section's first sentence of a few words or more, else its first. */
const opening = <T extends { readonly text: string }>(sentences: readonly T[]): T | undefined =>
  sentences.find((sentence) => wordCount(sentence.text) >= SECTION_MIN_WORDS) ?? sentences[0];

/** The opening of the article's first section that states its purpose ("Summary"), else its lead. */
function purposeLead(article: Article) {
  for (const [at, heading] of article.sentences.entries()) {
    if (heading.heading !== true || heading.navigation === true || !namesPurpose(heading.text)) continue;
    const lead = opening(sectionAfter(article, at));
    if (lead !== undefined) return lead;
  }
  return offeredPassages(article)[0];
}
