import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { articleOption, QUOTE_PICK_OPTIONS } from '../../adapters/cli/quote-pick.js';
import { SEED_SLUG, seedLibrary } from '../helpers/content.js';

describe('the options that pick a quote (quote, card)', () => {
  it('given --article and --author, or -a, then parseArgs reads them', () => {
    const parse = (args: string[]) => parseArgs({ args, options: QUOTE_PICK_OPTIONS }).values;
    expect(parse(['--article', 'north-korea', '--author', 'ballbach'])).toEqual({
      article: 'north-korea',
      author: 'ballbach',
    });
    expect(parse(['-a', 'north-korea'])).toEqual({ article: 'north-korea' });
  });

  it('given --article words of a title then the article is asked by its slug; words it lacks stay as typed', () => {
    const library = seedLibrary();
    expect(articleOption(library, undefined)).toBeUndefined();
    expect(articleOption(library, SEED_SLUG)).toBe(SEED_SLUG);
    expect(articleOption(library, 'muddling through')).toBe(SEED_SLUG);
    expect(articleOption(library, 'mary poppins')).toBe('mary poppins');
  });
});
