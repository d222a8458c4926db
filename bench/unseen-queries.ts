import type { Library, Passage } from '../src/index.js';
import { DEFAULT_WARM_UP, warmUpQueries } from '../runtime/search-warm-up.js';
import { seededRandom } from '../src/daily/prng.js';
import { queriesFor } from './scale-queries.js';

/**
 * Distinct queries drawn from the library's own sentences (words, a typo, a phrase, small words, shuffled
 * words: bench/scale-queries.ts), shuffled, none asked twice: no memo or cache of the engine has seen one
 * before it is timed. Seeded, so every run asks the same stream.
 */
export function unseenQueries(passages: readonly Passage[], count: number, seed = 7): string[] {
  const rand = seededRandom(seed);
  const seen = new Set<string>();
  const queries: string[] = [];
  for (let round = 0; queries.length < count && round < 50; round++) {
    for (const { query } of queriesFor(passages, Math.ceil(count / 4), rand)) {
      const key = query.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      queries.push(query);
    }
  }
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return queries.slice(0, count);
}

/**
 * `unseenQueries` of the library, less any the bot's search warm-up asks (runtime/search-warm-up.ts): the
 * stream for a bot timed after its warm-up, so that no memo answers a query the warm-up asked.
 */
export function unseenAfterWarmUp(library: Library, count: number, seed = 7): string[] {
  const warmUp = warmUpQueries(library);
  const asked = new Set(Array.from({ length: DEFAULT_WARM_UP.count }, () => String(warmUp.next().value)));
  const passages = library.articles.flatMap((article) => library.quotable(article));
  return unseenQueries(passages, count, seed).filter((query) => !asked.has(query));
}
