import { describe, expect, it } from 'vitest';
import { quoteMarksFor } from '../../src/text/quote-marks.js';

describe('the quotation marks a quote is shown between', () => {
  it('given a passage that is one quotation in its own marks then it gets no more of them', () => {
    expect(
      quoteMarksFor('"That means there are a limited number of new opportunities for workers."'),
    ).toEqual(['', '']);
    expect(quoteMarksFor('“It is a very good result.”')).toEqual(['', '']);
  });

  it('given a passage that quotes someone and goes on, or two quotations, then it gets “ and ”', () => {
    expect(quoteMarksFor('"We are pleased," said Mr Smith.')).toEqual(['“', '”']);
    expect(quoteMarksFor('"Yes," he said. "No."')).toEqual(['“', '”']);
    expect(quoteMarksFor('The dollar rose.')).toEqual(['“', '”']);
  });
});
