import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { fuseSimilarity, rerankWithFuse, WordPattern } from '../../src/search/rerank.js';
import type { ScoredPassage } from '../../src/search/score.js';
import { foldText } from '../../src/text/fold.js';
import { loadBbcArticles, loadBbcQueries } from '../helpers/bbc.js';

/** A seeded generator (Park–Miller), so that every run checks the same candidates. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** What fuse.js itself says: its similarity (1 − score) for each text, 0 for those it does not find. */
function fuseItself(query: string, texts: readonly string[]): number[] {
  const fuse = new Fuse(texts, {
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    threshold: 0.6,
  });
  const similarity = texts.map(() => 0);
  for (const result of fuse.search(query)) similarity[result.refIndex] = 1 - (result.score ?? 1);
  return similarity;
}

/** The blend over every candidate, with fuse.js over all of them: what `rerankWithFuse` must agree with. */
function blendAll(query: string, scored: readonly ScoredPassage[], texts: readonly string[], weight: number) {
  const similarity = fuseItself(foldText(query), texts);
  return scored
    .map((item, i) => ({ item, blended: item.rank + weight * similarity[i]! }))
    .sort((a, b) => b.blended - a.blended || a.item.at - b.item.at)
    .map(({ item }) => item);
}

const articles = loadBbcArticles();
const texts = articles.flatMap((article) =>
  Library.create([article])
    .quotable(article)
    .map((passage) => foldText(passage.text)),
);
const queries = [
  ...loadBbcQueries().map((query) => query.query),
  'in the course of',
  'the',
  '?',
  'parliamnet  elections 2024',
  'a_b c',
];

describe('fuse.js re-rank', () => {
  it('given real sentences and queries then the similarity is exactly fuse.js own for every text', () => {
    const random = generator(11);
    for (const [n, query] of queries.entries()) {
      const picked = Array.from({ length: 1 + (n % 20) }, () => texts[Math.floor(random() * texts.length)]!);
      if (n % 7 === 0) picked.push('   ', '—', picked[0]!);
      const folded = foldText(query);
      expect(fuseSimilarity(folded, picked, picked.length)).toEqual(fuseItself(folded, picked));
    }
  });

  it('given near ties then the first `limit` are those of blending every candidate with fuse.js', () => {
    const random = generator(5);
    for (let n = 0; n < 300; n++) {
      const query = queries[n % queries.length]!;
      const count = 1 + Math.floor(random() * 20);
      const spread = [0.01, 0.05, 0.2][n % 3]!;
      const scored: ScoredPassage[] = Array.from({ length: count }, () => {
        const at = Math.floor(random() * texts.length);
        const rank = Math.round((1 - random() * spread) * 100) / 100;
        return { at, score: rank, rank };
      })
        .filter((item, i, all) => all.findIndex((other) => other.at === item.at) === i)
        .sort((a, b) => b.rank - a.rank || a.at - b.at);
      const limit = 1 + Math.floor(random() * 8);
      const textOf = (at: number): string => texts[at]!;
      const expected = blendAll(
        query,
        scored,
        scored.map((item) => textOf(item.at)),
        0.05,
      );
      expect(rerankWithFuse(query, scored, textOf, 0.05, limit).slice(0, limit)).toEqual(
        expected.slice(0, limit),
      );
    }
  });

  it('given words with typos, absent words and long words then each word score is exactly Fuse.match', () => {
    const random = generator(23);
    const words = texts.flatMap((text) => text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []);
    const edited = (word: string): string => {
      const at = Math.floor(random() * word.length);
      const letter = String.fromCharCode(97 + Math.floor(random() * 26));
      return [
        word.slice(0, at) + letter + word.slice(at + 1),
        word.slice(0, at) + word.slice(at + 1),
        word.slice(0, at) + letter + word.slice(at),
        word + word.slice(0, 1 + (at % 4)),
      ][n++ % 4]!;
    };
    let n = 0;
    const extra = ['a', 'zz', 'é', 'ü', 'naïve', 'x'.repeat(33), 'internationalisationalisationsxyz', 'q_1'];
    for (let k = 0; k < 3000; k++) {
      const word = k < extra.length ? extra[k]! : words[Math.floor(random() * words.length)]!;
      const asked = k % 2 === 0 ? edited(word) : word;
      const text = k % 5 === 0 ? word : texts[Math.floor(random() * texts.length)]!;
      const fuse = Fuse.match(asked, text, { threshold: 0.6, ignoreLocation: true });
      expect(new WordPattern(asked).score(text)).toBe(fuse.isMatch ? fuse.score : -1);
    }
  });
});
