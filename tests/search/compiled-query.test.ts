import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/article.js';
import {
  matchCompiled,
  type CompiledTerm,
  type IdUnit,
  type TermMatch,
} from '../../src/search/compiled-query.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';

const TEXT = 'They gave up the plan, then dropped it and gave it up for good.';

function indexOf(text: string): SentenceIndex {
  const passage: Passage = { id: 'a#0', slug: 'a', index: 0, paragraph: 0, text, start: 0, end: text.length };
  return SentenceIndex.build([passage]);
}

/** A term of these alternatives, each a list of units of (word, quality). */
function termOf(index: SentenceIndex, alternatives: readonly (readonly [string, number][])[]): CompiledTerm {
  const units = alternatives.map((alternative) =>
    alternative.map(([word, quality]): IdUnit => new Map([[index.termId(word)!, quality]])),
  );
  const starts = [...new Set(units.flatMap((alternative) => [...alternative[0]!.keys()]))];
  return { required: false, light: false, alternatives: units, starts, maxQuality: 1, simple: false };
}

function match(index: SentenceIndex, term: CompiledTerm): TermMatch {
  const out = { quality: 0, first: 0, last: 0 };
  matchCompiled(index, 0, term, out);
  return out;
}

describe('matching a term of several alternatives against a sentence', () => {
  const index = indexOf(TEXT);

  it('given a phrase whose words stand together twice then the first run is found', () => {
    expect(
      match(
        index,
        termOf(index, [
          [
            ['gave', 1],
            ['up', 1],
          ],
        ]),
      ),
    ).toEqual({ quality: 1, first: 1, last: 2 });
  });

  it('given a phrase whose words never stand together then it is not found', () => {
    expect(
      match(
        index,
        termOf(index, [
          [
            ['plan', 1],
            ['dropped', 1],
          ],
        ]),
      ).quality,
    ).toBe(0);
  });

  it('given alternatives of the same quality then the first alternative wins even where it stands later', () => {
    const term = termOf(index, [
      [['dropped', 0.8]],
      [
        ['gave', 0.8],
        ['up', 0.8],
      ],
    ]);
    expect(match(index, term)).toEqual({ quality: 0.8, first: 6, last: 6 });
  });

  it('given alternatives of different qualities then the best wins, wherever it stands', () => {
    const term = termOf(index, [
      [
        ['gave', 0.6],
        ['up', 0.6],
      ],
      [['dropped', 0.9]],
    ]);
    expect(match(index, term)).toEqual({ quality: 0.9, first: 6, last: 6 });
  });

  it('given a phrase that shares its first word with a single word then each is read at its own quality', () => {
    const term = termOf(index, [
      [['gave', 0.5]],
      [
        ['gave', 0.9],
        ['it', 0.9],
      ],
    ]);
    expect(match(index, term)).toEqual({ quality: 0.9, first: 9, last: 10 });
  });
});
