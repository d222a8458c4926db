import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { greekSpellings } from '../../src/text/greek-letters.js';
import { smallArticle } from '../helpers/content.js';

const library = Library.create([
  smallArticle('wnt', 'Wnt signalling in the gut', [
    'Aberrant activation of the Wnt/β-catenin pathway drives most colorectal cancers.',
    'The ΔROS between treated and untreated larvae was small.',
    'Cells were loaded with 5 µM of the dye and imaged at 100 × 100 µm.',
    'TNF-α rose after the infection.',
  ]),
  smallArticle('bees', 'Bees in the orchard', ['The bees visited every tree in the orchard.']),
]);
const found = (query: string): string[] => library.search({ query }).hits.map((hit) => hit.passage.text);

describe('Greek letters typed as words', () => {
  it('given "β-catenin" in the text, then "beta catenin" finds it', () => {
    expect(found('beta catenin')[0]).toContain('β-catenin');
  });

  it('given "ΔROS", then "delta ROS" finds it; given "TNF-α", then "tnf alpha" finds it', () => {
    expect(found('delta ROS')[0]).toContain('ΔROS');
    expect(found('tnf alpha')[0]).toContain('TNF-α');
  });

  it('given "µM" and "µm", then "5 um" and "micrometres" find them', () => {
    expect(found('5 um dye')[0]).toContain('5 µM');
    expect(found('micrometres')[0]).toContain('µm');
  });

  it('given a word all of Greek letters, then it has no Latin spelling (it is Greek, not a symbol)', () => {
    expect(greekSpellings('λογος')).toEqual([]);
    expect(greekSpellings('orchard')).toEqual([]);
  });
});
