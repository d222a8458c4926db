import type { SearchHit } from '../search/result.js';
import { ConceptReader } from './concepts.js';

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
  const topic = new Set(
    hits.flatMap((hit) =>
      hit.highlights.flatMap(([start, end]) => reader.concepts(hit.passage.text.slice(start, end))),
    ),
  );
  const names = (text: string | null): boolean =>
    text !== null && reader.concepts(text).some((concept) => topic.has(concept));
  const words = hits.map(({ passage, context }) => {
    const text = [context.before ?? '', passage.text, context.after ?? ''].join('\n');
    return new Set(reader.concepts(text).filter((concept) => !topic.has(concept)));
  });
  const about = hits.filter(
    (hit, i) =>
      names(hit.context.before) ||
      names(hit.context.after) ||
      words.some((other, j) => j !== i && [...words[i]!].some((word) => other.has(word))),
  );
  return about.length > 0 ? about : [...hits];
}
