import type { Article, Passage } from '../content/article.js';
import type { SearchOptions } from '../search/options.js';
import { SearchStatus, type SearchHit, type SearchRequest, type SearchResult } from '../search/result.js';
import { REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { opensInSmallLetter } from '../text/segment.js';
import { tokenize } from '../text/tokenize.js';
import { standsAlone } from './cues.js';

/** What topic focus needs from the search engine: a `Library` is one. */
export interface TopicFinder {
  search(request: SearchRequest): SearchResult;
  readonly options: Pick<SearchOptions, 'relationQuality'>;
}

/** The sentences of an article about a topic, or why there are none. */
export type TopicPassages =
  | { readonly kind: 'found'; readonly passages: readonly Passage[] }
  | { readonly kind: 'not-discussed' }
  /** The topic has no word to look for ("it", "the"): summarise the whole article instead. */
  | { readonly kind: 'no-topic' };

// "the part about sanctions", "the bit on the election in the article": the framing is not the topic.
const FRAMING =
  /^(?:(?:the|a|that|this)\s+)?(?:parts?|bits?|sections?|portions?|passages?|paragraphs?|stuff|things?)\s+(?:(?:of|in)\s+(?:the|this|that)\s+(?:article|piece|text)\s+)?(?:about|on|regarding|concerning|re|dealing\s+with|that\s+(?:talks|deals)\s+(?:about|with))\s+/i;
const LEADING = /^(?:about|on|regarding|concerning|re:?)\s+/i;
const TRAILING = /\s+(?:in|of)\s+(?:the|this|that)\s+(?:article|piece|text)$/i;

/** A topic as the user framed it ("the part about sanctions") reduced to what to look for ("sanctions"). */
export function cleanTopic(topic: string): string {
  return topic
    .trim()
    .replace(/[\s?.!]+$/, '')
    .replace(FRAMING, '')
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .trim();
}

/**
 * Whether a cleaned topic has a word to look for: only filler ("it", "the article") has none. An acronym
 * ("US") is a topic even when it spells a stopword.
 */
export function hasTopicWords(words: string): boolean {
  return tokenize(words).some(
    (token) =>
      (!STOPWORDS.has(token.term) && !REQUEST_WORDS.has(token.term)) ||
      /^\p{Lu}{2,}$/u.test(words.slice(token.start, token.end)),
  );
}

/**
 * The article's sentences about a topic, found by the search engine (same stems, synonyms and typo
 * tolerance as `/quote`), the best `limit` of them in article order.
 */
export function passagesAbout(
  finder: TopicFinder,
  article: Article,
  topic: string,
  limit: number,
): TopicPassages {
  const words = cleanTopic(topic);
  if (!hasTopicWords(words)) return { kind: 'no-topic' };
  const result = finder.search({
    query: words,
    slug: article.slug,
    limit: article.sentences.length,
  });
  if (result.status === SearchStatus.EmptyQuery) return { kind: 'no-topic' };
  if (result.status !== SearchStatus.Ok) return { kind: 'not-discussed' };
  const passages = nearBest(result.hits, finder.options)
    .slice(0, limit)
    .map((hit) => hit.passage)
    .sort((a, b) => a.index - b.index);
  return { kind: 'found', passages };
}

/**
 * The hits about a topic as much as the best one is, those that read on their own first: with a sentence in
 * the topic's own words or their inflections, one found only through a related word ("primary" for
 * "election", "cost" for "price") is about something else. The floor is a derived form's quality of the best
 * hit's score ("elected" still counts for "election").
 */
export function nearBest(
  hits: readonly SearchHit[],
  options: Pick<SearchOptions, 'relationQuality'>,
): SearchHit[] {
  const best = Math.max(0, ...hits.map((hit) => hit.score));
  const floor = best * options.relationQuality.derivation;
  // Among them, those that read on their own first: a topic summary of "But the organisers say…" lacks
  // what the "but" answers.
  const alone: SearchHit[] = [];
  const leaning: SearchHit[] = [];
  // The part of a long sentence after a semicolon, in a small letter ("the bill amending…; and…"): only when
  // nothing else is about the topic.
  const parts: SearchHit[] = [];
  for (const hit of hits) {
    if (hit.score < floor) continue;
    if (opensInSmallLetter(hit.passage.text)) parts.push(hit);
    else (hit.passage.index > 0 && !standsAlone(hit.passage.text) ? leaning : alone).push(hit);
  }
  return alone.length + leaning.length > 0 ? [...alone, ...leaning] : parts;
}
