import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/article.js';
import { candidatesOf } from '../../src/search/candidates.js';
import type { CompiledTerm } from '../../src/search/compiled-query.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';

/**
 * `count` passages; passage i says "river" when i % river === 0, "rivers" when i % rivers === 0, "bridge"
 * when i % 5 === 0.
 */
function passages(count: number, river = 7, rivers = 11): Passage[] {
  return Array.from({ length: count }, (_, i) => {
    const words = ['the', 'town'];
    if (i % river === 0) words.push('river');
    if (i % rivers === 0) words.push('rivers');
    if (i % 5 === 0) words.push('bridge');
    const text = `${words.join(' ')} ${i}.`;
    return { id: `town#${i}`, slug: 'town', index: i, paragraph: i, text, start: 0, end: text.length };
  });
}

/** A one-word term matching any of `words`. */
function termOf(index: SentenceIndex, words: readonly string[]): CompiledTerm {
  const ids = words.map((word) => index.termId(word)!);
  const unit = new Map(ids.map((id) => [id, 1]));
  return { required: false, light: false, alternatives: [[unit]], starts: ids, maxQuality: 1, simple: true };
}

describe('the candidates of a query', () => {
  // Common forms: the union is ordered by a pass over the marks; rare ones: by a sort.
  for (const [river, rivers] of [
    [7, 11],
    [97, 89],
  ] as const) {
    it(`given a word of two forms (every ${river}th and ${rivers}th passage) then the candidates are every passage with either, in order`, () => {
      const count = 5_000;
      const index = SentenceIndex.build(passages(count, river, rivers));
      const marks = new Uint32Array(count + 1);
      const term = termOf(index, ['river', 'rivers']);
      for (const range of [
        { from: 0, to: count },
        { from: 13, to: 2_600 },
      ]) {
        const found = candidatesOf(index, [term], [0], 1, () => true, range, marks);
        const expected = [];
        for (let i = range.from; i < range.to; i++) if (i % river === 0 || i % rivers === 0) expected.push(i);
        expect([...found]).toEqual(expected);
      }
    });
  }

  it('given two words of which a hit needs one then the candidates are the union of both, in order', () => {
    const count = 5_000;
    const index = SentenceIndex.build(passages(count));
    const terms = [termOf(index, ['river']), termOf(index, ['bridge'])];
    const found = candidatesOf(
      index,
      terms,
      [1, 2],
      1,
      () => false,
      { from: 0, to: count },
      new Uint32Array(count + 1),
    );
    const expected = [];
    for (let i = 0; i < count; i++) if (i % 7 === 0 || i % 5 === 0) expected.push(i);
    expect([...found]).toEqual(expected);
  });
});
