import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

// A teacher's library: two addresses by their presidents, and the teacher's table row that names each
// president beside his themes (pass 21).
const library = Library.create([
  smallArticle(
    'johnson-1865',
    'State of the Union Address 1865',
    [
      'Slavery was essentially a monopoly of labor, and as such locked the States where it prevailed against the incoming of free industry.',
      'The Southern States are again taking their places in the Union.',
    ],
    'Andrew Johnson',
    '1865-12-04',
  ),
  smallArticle(
    'lincoln-1861',
    'State of the Union Address 1861',
    [
      'Labor is prior to and independent of capital.',
      'The insurrection is largely a war upon the first principle of popular government.',
    ],
    'Abraham Lincoln',
    '1861-12-03',
  ),
  smallArticle(
    'themes',
    'State of the Union themes at a glance',
    [
      '- 1861: president Abraham Lincoln, main themes the rebellion, labor and capital.',
      '- 1865: president Andrew Johnson, main themes restoring the Southern states, the end of slavery.',
    ],
    'Ms Harper',
    '2026-12-02',
  ),
]);

const first = (query: string): string | undefined => library.search({ query }).hits[0]?.passage.text;

describe('"what did X say?" in a library of sources and notes', () => {
  it("given a note that names Johnson and Johnson's own address, then his own sentence comes first", () => {
    expect(first('what did johnson say slavery was')).toMatch(/^Slavery was essentially a monopoly of labor/);
  });

  it('given the name misspelt ("lincon"), then it is read as respelled and his own sentence comes first', () => {
    const result = library.search({ query: 'what did lincon say about labor?' });
    expect(result.respelled).toBe('what did lincoln say about labor?');
    expect(result.hits[0]?.passage.text).toBe('Labor is prior to and independent of capital.');
  });

  it('given the note named as a search of the words alone, then the note still answers', () => {
    expect(first('johnson end of slavery')).toMatch(/^1865: president Andrew Johnson/);
  });
});
