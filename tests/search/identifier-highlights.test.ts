import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { tokenize } from '../../src/card/tokens.js';
import { mergeRanges } from '../../src/search/highlight.js';
import { smallArticle } from '../helpers/content.js';

const tuning = smallArticle('kiln-tuning', 'Kiln controller tuning', [
  'Raise max_ramp_rate to 150 before a glaze firing, and leave hold_minutes at 20.',
  'A slower ramp rate keeps thick pots from cracking.',
]);
const highlighted = (query: string): string[] => {
  const hit = Library.create([tuning]).search({ query }).hits[0];
  return hit === undefined ? [] : hit.highlights.map(([start, end]) => hit.passage.text.slice(start, end));
};

describe('an identifier of words joined by underscores, highlighted', () => {
  it('given a query of its words, then the identifier is one highlight, not one per word', () => {
    expect(highlighted('max_ramp_rate')).toEqual(['max_ramp_rate']);
    expect(highlighted('hold minutes')).toEqual(['hold_minutes']);
  });

  it('given a match of one of its words, then the whole identifier is highlighted', () => {
    const text = 'Raise max_ramp_rate to 150.';
    const ramp = text.indexOf('ramp');
    expect(mergeRanges(text, [[ramp, ramp + 4]])).toEqual([[6, 19]]);
  });

  it('given words matched side by side with no underscore, then they stay as they were', () => {
    const text = 'A slower ramp rate keeps pots whole.';
    expect(
      mergeRanges(text, [
        [9, 13],
        [14, 18],
      ]),
    ).toEqual([[9, 18]]);
    expect(mergeRanges(text, [[2, 8]])).toEqual([[2, 8]]);
  });

  it('given a card of the sentence, then the identifier is painted in one highlight box', () => {
    const text = 'Raise max_ramp_rate to 150.';
    const token = tokenize(text, [[6, 19]]).find((each) => each.text === 'max_ramp_rate');
    expect(token?.parts).toEqual([{ text: 'max_ramp_rate', highlighted: true }]);
  });
});
