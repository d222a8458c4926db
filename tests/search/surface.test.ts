import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/article.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';

function index(...texts: string[]): SentenceIndex {
  return SentenceIndex.build(
    texts.map((text, i) => ({
      id: `a#${i}`,
      slug: 'a',
      index: i,
      paragraph: i,
      text,
      start: 0,
      end: text.length,
    })) satisfies Passage[],
  );
}

describe('a term as first written (SentenceIndex.surfaceOf)', () => {
  it('given a word of plain letters then its first whole-word spelling is returned, not a longer word', () => {
    const library = index("The Ferrises' boat and Ferris's dog met Ferris-Smith.", 'Pam Ferris spoke.');
    expect(library.surfaceOf('ferris')).toBe('Ferris');
    expect(library.surfaceOf('pam')).toBe('Pam');
  });

  it('given a word with diacritics, or text whose lower case changes length, then the tokens decide', () => {
    expect(index('Café Müller opened.').surfaceOf('cafe')).toBe('Café');
    expect(index('İstanbul and Ankara.').surfaceOf('ankara')).toBe('Ankara');
  });

  it('given a term the library lacks then there is none', () => {
    expect(index('Pam Ferris spoke.').surfaceOf('reilly')).toBeUndefined();
  });

  it('given the same term asked twice, found or not, then the second answer is the first', () => {
    const library = index('Pam Ferris spoke.');
    for (const term of ['ferris', 'reilly']) expect(library.surfaceOf(term)).toBe(library.surfaceOf(term));
    expect(library.surfaceOf('reilly')).toBeUndefined();
  });
});

describe('a term the library writes as a name (SentenceIndex.writesAsName)', () => {
  it('given a word capitalised inside each sentence that has it then it is a name', () => {
    expect(index('Troops left Iraq on Tuesday.', 'The talks in Iraq went on.').writesAsName('iraq')).toBe(
      true,
    );
  });

  it('given a word capitalised first ("New Orleans") and in lower case after ("new programs") then it is none', () => {
    const library = index('The port of New Orleans was opened.', 'We added many new programs.');
    expect(library.writesAsName('new')).toBe(false);
    expect(library.writesAsName('orleans')).toBe(true);
  });

  it('given a word that only opens sentences, or one the library lacks, then it is none', () => {
    const library = index('Rain fell.', 'Rain stopped.');
    expect(library.writesAsName('rain')).toBe(false);
    expect(library.writesAsName('snow')).toBe(false);
  });
});
