import type { Library } from '../src/index.js';
import { seededRandom } from '../src/daily/prng.js';

/** How a bot warms its search up (see `warmUpSearch`); `DEFAULT_WARM_UP` gives each default. */
export interface SearchWarmUpOptions {
  /** Queries asked at most. */
  readonly count: number;
  /** Milliseconds of work in all, at most (a large library's queries cost more). */
  readonly budgetMs: number;
  /** Milliseconds of work per turn of the event loop: the longest a request that arrives meanwhile waits. */
  readonly sliceMs: number;
  /** Seed of the queries (see `warmUpQueries`). */
  readonly seed: number;
}

export const DEFAULT_WARM_UP: SearchWarmUpOptions = { count: 5000, budgetMs: 5000, sliceMs: 5, seed: 1 };

export interface SearchWarmUp {
  /** How many queries were asked, once done or cancelled; rejected if a search threw. */
  readonly done: Promise<number>;
  cancel(): void;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const QUESTION_FRAMES = ['what did they say about', 'who', 'when did', 'how much', 'why'] as const;

/**
 * Queries of the kinds users type, from random sentences of the library: a few words in order, the same with
 * two letters swapped, as a question, in another order, with a word of another sentence (so that some
 * match nothing, or only the closest), and a retelling (six to nine words of one sentence, half of them
 * swapped for words of another: long queries take paths of their own, see `beyondMatches`). Seeded: the same
 * library gives the same queries.
 */
export function* warmUpQueries(library: Library, seed = 1): Generator<string, void, undefined> {
  const articles = library.articles;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const wordsOf = (): string[] => {
    const article = pick(articles);
    const passage = article && pick(library.quotable(article));
    return passage ? (passage.text.match(WORD) ?? []) : [];
  };
  for (let made = 0, misses = 0; misses < 100;) {
    const chosen = wordsOf();
    if (chosen.length === 0) {
      misses += 1;
      continue;
    }
    const kind = made++ % 6;
    const size = kind === 5 ? 6 + Math.floor(random() * 4) : 2 + Math.floor(random() * 3);
    const start = Math.floor(random() * Math.max(1, chosen.length - size + 1));
    const words = chosen.slice(start, start + size);
    switch (kind) {
      case 1: {
        const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
        const at = Math.floor(random() * (longest.length - 1));
        words[words.indexOf(longest)] =
          longest.slice(0, at) + longest.charAt(at + 1) + longest.charAt(at) + longest.slice(at + 2);
        break;
      }
      case 2:
        yield `${pick(QUESTION_FRAMES)!} ${words.join(' ')}?`;
        continue;
      case 3:
        words.reverse();
        break;
      case 4:
        words.push(pick(wordsOf()) ?? '');
        break;
      case 5: {
        const others = wordsOf();
        for (let at = 1; at < words.length; at += 2) words[at] = pick(others) ?? words[at]!;
        break;
      }
    }
    yield words.join(' ').trim();
  }
}

/**
 * Warms search up in a bot that has just started. V8 optimises the search code only after thousands of
 * calls, and while it does (compiling on the second core, re-optimising what a new kind of query
 * de-optimised) one query in about fifty takes several milliseconds: on the seed article, p99 3.2–4.3 ms
 * after 500 unseen queries, 0.4–0.55 ms after 5,000 (2026-12-03). So the bot asks itself queries made from
 * its own sentences before users do, a slice of the event loop at a time, so that a request arriving meanwhile
 * is answered between two slices. `library` is read for every slice, so a reloaded library is the one warmed.
 */
export function warmUpSearch(
  library: () => Library,
  options: Partial<SearchWarmUpOptions> = {},
): SearchWarmUp {
  const { count, budgetMs, sliceMs, seed } = { ...DEFAULT_WARM_UP, ...options };
  const queries = warmUpQueries(library(), seed);
  let asked = 0;
  let spentMs = 0;
  let timer: NodeJS.Immediate | undefined;
  let settle: { resolve(asked: number): void; reject(error: unknown): void } | undefined;
  const done = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  const stop = (error?: unknown): void => {
    if (timer !== undefined) clearImmediate(timer);
    timer = undefined;
    if (error === undefined) settle?.resolve(asked);
    else settle?.reject(error);
    settle = undefined;
  };
  const slice = (): void => {
    const started = performance.now();
    try {
      const current = library();
      while (asked < count && performance.now() - started < sliceMs) {
        const next = queries.next();
        if (next.done === true) return stop();
        current.search({ query: next.value });
        asked += 1;
      }
    } catch (error) {
      // A search that fails here fails for a user too, who is told so; the warm-up just ends.
      return stop(error);
    }
    spentMs += performance.now() - started;
    if (asked >= count || spentMs >= budgetMs) stop();
    else timer = setImmediate(slice);
  };
  timer = setImmediate(slice);
  return { done, cancel: () => stop() };
}
