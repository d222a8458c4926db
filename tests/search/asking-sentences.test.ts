import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { asksOrLists } from '../../src/text/asking.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const library = Library.create(
  [
    smallArticle('review', 'A journal club review', [
      'Interleukin-6 (IL-6) is a cytokine released by many cell types during inflammation and infection.',
      '3. How could we test whether the fibroblasts secrete IL-6?',
      'ROS levels rose twofold in heated larvae compared with the controls kept at 28 °C.',
      '2. Measure ROS in the larvae.',
    ]),
    smallArticle('council', 'The ring road consultation', [
      'Traffic on the ring road fell by a fifth in the months after the new bypass opened.',
      'Would a new bridge ease traffic on the ring road?',
    ]),
  ],
  { lexicon: wordnetLexicon() },
);

describe('a question or a numbered step among the hits', () => {
  it.each([
    ['IL-6', 'Interleukin-6 (IL-6) is a cytokine'],
    ['ROS', 'ROS levels rose twofold'],
    ['ring road traffic', 'Traffic on the ring road fell'],
  ])('given a statement with the same words, then %j finds the statement first', (query, part) => {
    expect(hitTexts(library, query)[0]).toContain(part);
  });

  it('given sentences, then questions and numbered items ask or list, statements do not', () => {
    expect(asksOrLists('Would a new bridge ease traffic?')).toBe(true);
    expect(asksOrLists('2. Measure ROS in the larvae.')).toBe(true);
    expect(asksOrLists('Traffic fell by 2.5% in 2024.')).toBe(false);
  });
});
