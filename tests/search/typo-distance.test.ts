import { describe, expect, it } from 'vitest';
import { editDistance, EditPattern } from '../../src/search/edit-distance.js';
import { FuzzyTerms } from '../../src/search/fuzzy-terms.js';
import { NearWords } from '../../src/search/near-words.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';
import { seedArticle } from '../helpers/content.js';

/** A seeded generator (Park–Miller), so that every run checks the same words. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** `word` with up to `edits` random insertions, deletions, substitutions and transpositions. */
function misspell(word: string, edits: number, letters: string, random: () => number): string {
  let out = word;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const letter = letters[Math.floor(random() * letters.length)]!;
    const kind = random();
    if (kind < 0.25) out = out.slice(0, at) + letter + out.slice(at);
    else if (kind < 0.5) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind < 0.75) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1]! + out[at]! + out.slice(at + 2);
  }
  return out;
}

describe('edit distance, bit-parallel', () => {
  it('given random pairs of words then it agrees with the table for every bound', () => {
    const random = generator(7);
    for (const letters of ['ab', 'abcdefghijklmnopqrstuvwxyz', 'aéü字']) {
      for (let n = 0; n < 4000; n++) {
        const word = misspell('', Math.floor(random() * 36), letters, random);
        const other =
          random() < 0.5 ? misspell(word, 3, letters, random) : misspell('', word.length, letters, random);
        const max = Math.floor(random() * 5);
        const exact = editDistance(word, other, 99);
        expect(new EditPattern(word).distance(other, max)).toBe(exact <= max ? exact : max + 1);
      }
    }
  });

  it('given a transposition, a doubled or a dropped letter in a long word then each counts one', () => {
    const pattern = new EditPattern('parliament');
    expect(pattern.distance('parliamnet', 2)).toBe(1);
    expect(pattern.distance('parliamment', 2)).toBe(1);
    expect(pattern.distance('parliment', 2)).toBe(1);
    expect(pattern.distance('government', 2)).toBe(3);
  });

  it('given words longer than 32 characters then the table answers', () => {
    const long = 'pneumonoultramicroscopicsilicovolcanoconiosis';
    expect(new EditPattern(long).distance(long.replace('silico', 'silcio'), 2)).toBe(1);
  });
});

describe('near words of a vocabulary', () => {
  it('given misspelt words then it finds exactly the words a full scan finds', () => {
    const words = [...new Set(seedArticle().sentences.flatMap((s) => s.text.toLowerCase().split(/\W+/)))];
    const near = new NearWords(words, 3);
    const random = generator(11);
    for (let n = 0; n < 600; n++) {
      const word = misspell(words[Math.floor(random() * words.length)]!, 2, 'aeiourstn', random);
      const budget = 1 + (n % 3);
      const found: [number, number][] = [];
      near.within(new EditPattern(word), budget, (id, distance) => found.push([id, distance]));
      const scanned = words.flatMap((other, id) => {
        if (other.length < 3 || !/^\p{L}+$/u.test(other)) return [];
        const distance = editDistance(word, other, budget);
        return distance <= budget ? [[id, distance] as [number, number]] : [];
      });
      expect(found.sort((a, b) => a[0] - b[0])).toEqual(scanned);
    }
  });

  it('given words with digits or shorter than the minimum then they are left out', () => {
    const near = new NearWords(['b52', 'ab', 'abc', 'straße'], 3);
    const found: number[] = [];
    for (const word of ['b53', 'ab', 'abd', 'strasse', 'strase']) {
      near.within(new EditPattern(word), 2, (id) => found.push(id));
    }
    expect([...new Set(found)].sort()).toEqual([2, 3]);
  });
});

describe('typo candidates over an index', () => {
  const fuzzy = new FuzzyTerms(SentenceIndex.build(seedArticle().sentences));

  it('given a misspelt word then the intended word comes first', () => {
    expect(fuzzy.match('nucelar')[0]).toEqual({ term: 'nuclear', distance: 1 });
    expect(fuzzy.match('misiles').map((found) => found.term)).toContain('missile');
  });

  it('given a word whose stem is short then unrelated short words with no trigram in common stay out', () => {
    // "relatively" stems to a short stem a few edits from "new", but they share no trigram.
    expect(fuzzy.match('relatively').map((found) => found.term)).not.toContain('new');
  });
});
