import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/daily/prng.js';
import { Library } from '../../src/index.js';
import { sharesTrigrams } from '../../src/search/near-words.js';
import { loadBbcArticles, loadBbcQueries } from '../helpers/bbc.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** The dev queries, each also with a letter dropped, its first word moved last, and its last capitalised. */
function queries(): string[] {
  const random = seededRandom(3);
  const asked = loadBbcQueries().map((query) => query.query);
  const varied = asked.flatMap((query) => {
    const words = query.split(' ');
    const at = Math.floor(random() * words.length);
    const word = words[at]!;
    const cut = 1 + Math.floor(random() * Math.max(1, word.length - 1));
    const typo = [...words.slice(0, at), word.slice(0, cut) + word.slice(cut + 1), ...words.slice(at + 1)];
    const last = words.at(-1)!;
    // A capital makes a later word a name, which takes fewer relatives than the same word written plain.
    const named = [...words.slice(0, -1), last.charAt(0).toUpperCase() + last.slice(1)];
    return [typo.join(' '), [...words.slice(1), words[0]!].join(' '), named.join(' ')];
  });
  return [...asked, ...varied, 'the', 'in the course of', 'parliamnet  elections', 'Kim Jong Un', 'zzxq'];
}

/** What each query's padded trigrams are, as `gramsOf` built them before: the reference count. */
function grams(word: string): Set<string> {
  const padded = `\u0001\u0001${word}\u0001\u0001`;
  const found = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) found.add(padded.slice(i, i + 3));
  return found;
}

describe('units built once per word', () => {
  it('given queries asked in another order and again then every answer is the one a fresh library gives', () => {
    const articles = loadBbcArticles();
    const create = (): Library => Library.create(articles, { lexicon: wordnetLexicon() });
    const asked = queries();
    const answer = (library: Library, query: string): string =>
      JSON.stringify([library.search({ query }), library.search({ query, limit: 2 })]);
    const forward = create();
    const first = asked.map((query) => answer(forward, query));
    const backward = create();
    const reversed = [...asked]
      .reverse()
      .map((query) => answer(backward, query))
      .reverse();
    expect(reversed).toEqual(first);
    // Asked again: every word's units are cached now, and none was changed by the queries that used them.
    expect(asked.map((query) => answer(forward, query))).toEqual(first);
  });
});

describe('shared trigrams', () => {
  it('given words and their misspellings then the count filter agrees with comparing trigram sets', () => {
    const random = seededRandom(9);
    const words = ['war', 'rel', 'new', 'parliament', 'tobacco', 'aa', 'aaaa', 'abab', 'naïve', 'x'];
    for (let n = 0; n < 400; n++) {
      const word = words[n % words.length]!;
      const letters = 'abcdeilnorstuvwxï';
      let other = '';
      for (let k = 0; k < 1 + Math.floor(random() * 9); k++) other += letters[Math.floor(random() * 17)];
      if (n % 3 === 0) other = word.slice(0, Math.floor(random() * word.length)) + other.slice(0, 2);
      for (const budget of [0, 1, 2]) {
        const mine = grams(word);
        const shared = [...grams(other)].filter((gram) => mine.has(gram)).length;
        const expected = shared >= Math.max(1, mine.size - 4 * budget);
        expect(sharesTrigrams(word, budget)(other), `${word} / ${other} / ${budget}`).toBe(expected);
      }
    }
  });
});
