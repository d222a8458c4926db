import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { firstBbcHit as first } from '../helpers/bbc.js';
import { hitTexts as hits, smallArticle as article } from '../helpers/content.js';

describe('a person named in full, then by the surname (BBC dev set)', () => {
  it.each([
    // "Pam Ferris, Victoria Hamilton and Kelly Reilly are nominated…" / "Ferris - best known for…"
    ['what is pam ferris best known for?', 'Ferris - best known for her television roles'],
    // "…a £7m musical by producer Jon Thoday." / "Mr Thoday said the idea…"
    ['how long has jon thoday wanted to turn the film into a musical?', 'Mr Thoday said the idea'],
  ])('given %j then the sentence that says only the surname can answer', (query, part) => {
    expect(first(query)).toContain(part);
  });
});

describe('surnames: the rules, on a small library', () => {
  const library = Library.create([
    article('harbour', 'Harbour notes', [
      // Not in the first sentence, whose names count for every sentence (see title-context.test.ts).
      'Two swimmers were rescued off the point on Monday.',
      'Skipper Nell Marlowe reached them first.',
      'Marlowe said the sea had turned without warning.',
      'Her brother Tom Marlowe runs the ferry.',
    ]),
    article('korea', 'Talks', [
      'North Korea fired a missile on Sunday.',
      'South Korea said the missile fell into the sea.',
    ]),
    article('awards', 'Awards night', [
      'The Harbour Awards were presented on Friday.',
      // Between the two, so that neither lends the other its words (see neighbours.test.ts).
      'Judges came from three towns.',
      'The awards said the sea was rough this year.',
    ]),
  ]);

  // A capitalised query word is required (see QueryTerm.required): a sentence must have it or be credited it.
  it('given the full name and a word then the sentence with the surname and the word answers', () => {
    expect(hits(library, 'Nell Marlowe sea')).toEqual(['Marlowe said the sea had turned without warning.']);
    expect(hits(library, 'nell marlowe sea')[0]).toBe('Marlowe said the sea had turned without warning.');
  });

  it('given the full name alone then the sentence with the full name comes first', () => {
    expect(hits(library, 'nell marlowe')[0]).toBe('Skipper Nell Marlowe reached them first.');
  });

  it('given a surname that is part of another name there then that sentence is not credited', () => {
    // "South Korea" is not "North Korea" said again.
    expect(hits(library, 'North Korea sea')).toEqual([]);
    // Another person of the same surname, named in full, is someone else.
    expect(hits(library, 'Nell Marlowe ferry')).toEqual([]);
  });

  it('given a capitalised word the article also writes in lower case then it is no surname', () => {
    expect(hits(library, 'Harbour Awards sea')).toEqual([]);
  });
});
