import type { SearchHit } from '../search/result.js';
import { wordCount } from '../text/tokenize.js';
import { ConceptReader } from './concepts.js';

/** The concepts of the topic as the search found it in the hits, and whether a text names one of them. */
export function topicNamer(hits: readonly SearchHit[], reader: ConceptReader) {
  const topic = new Set(
    hits.flatMap((hit) =>
      hit.highlights.flatMap(([start, end]) => reader.concepts(hit.passage.text.slice(start, end))),
    ),
  );
  const names = (text: string | null): boolean =>
    text !== null && reader.concepts(text).some((concept) => topic.has(concept));
  return { topic, names };
}

/**
 * The hits that are about the topic, in their order: a hit that only uses the topic's word in passing ("in
 * the short space of an annual message" for space) is left out when another is about it.
 *
 * A hit is about the topic when a sentence next to it names the topic too (it sits in a passage about it),
 * or when its passage (it and the sentences around it) has a word besides the topic's in common with
 * another hit's (it says what the topic's other sentences say: astronauts, the moon, rockets). The topic's
 * words are those the search highlighted in each hit, so that its inflections and relatives count as the
 * topic. The order stays the search's: how much a passage shares with the others is no measure of how well
 * it speaks of the topic (two copies of one wire story share the most).
 */
export function aboutTopic(hits: readonly SearchHit[]): SearchHit[] {
  if (hits.length < 2) return [...hits];
  const reader = new ConceptReader([]);
  const { topic, names } = topicNamer(hits, reader);
  const words = hits.map(({ passage, context }) => {
    const text = [context.before ?? '', passage.text, context.after ?? ''].join('\n');
    return new Set(reader.concepts(text).filter((concept) => !topic.has(concept)));
  });
  // How many hits' passages have each word: a word of two or more is shared with another hit.
  const hitsWith = new Map<string, number>();
  for (const set of words) for (const word of set) hitsWith.set(word, (hitsWith.get(word) ?? 0) + 1);
  const sharesAWord = (set: ReadonlySet<string>): boolean => {
    for (const word of set) if (hitsWith.get(word)! > 1) return true;
    return false;
  };
  const about = hits.filter(
    (hit, i) => names(hit.context.before) || names(hit.context.after) || sharesAWord(words[i]!),
  );
  return about.length > 0 ? about : [...hits];
}

/** At least this long, and twice as long as the found sentences usually are, a sentence is a run-on. */
const RUN_ON_WORDS = 40;

/**
 * The hits without the run-ons that name the topic in passing, when another hit is not one: a sentence of
 * many things ("…obey the law, pay their taxes, do their best to raise their kids.") whose neighbours do
 * not name the topic is no passage about it, however well the search scores its word. A run-on is long for
 * the found sentences (twice their median), so that a text written in long sentences keeps its own.
 */
export function withoutPassingRunOns(hits: readonly SearchHit[]): SearchHit[] {
  if (hits.length < 2) return [...hits];
  const words = hits.map((hit) => wordCount(hit.passage.text));
  const sorted = [...words].sort((a, b) => a - b);
  const longest = Math.max(RUN_ON_WORDS, 2 * sorted[sorted.length >> 1]!);
  const { names } = topicNamer(hits, new ConceptReader([]));
  const kept = hits.filter(
    (hit, i) => words[i]! <= longest || names(hit.context.before) || names(hit.context.after),
  );
  return kept.length > 0 ? kept : [...hits];
}
