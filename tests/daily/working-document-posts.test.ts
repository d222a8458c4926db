import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { postablePassages } from '../../src/daily/eligible.js';
import { randomQuotable } from '../../src/library.js';
import { smallArticle } from '../helpers/content.js';

// A bakery's release notes for its ordering app: change records under their tickets, a thanks line, a sentence
// leaning on the one before it, and lines that read on their own.
const notes = smallArticle('ordering-app-notes', 'Ordering app 3.2: what changed', [
  'Orders placed after 18:00 now go to the next morning’s bake instead of being refused (BAK-212).',
  'The ORDER_CUTOFF setting is gone from the admin page; the cutoff now follows each shop’s opening hours. The setting will be removed from the database in the next release.',
  'Thanks to Lucia, Femi and the night shift team for testing the cutoff on real orders.',
  'A loaf that is ordered is a loaf that is not thrown away at closing time.',
  'Most customers now order the evening before, which lets the bakers plan the first batch.',
]);
const texts = (passages: readonly { text: string }[]): string[] => passages.map((passage) => passage.text);

describe('daily posts of a working document', () => {
  const library = Library.create([notes]);
  const posted = texts(postablePassages(library, notes, 8));

  it('given a change record ending on its ticket, then it is never posted', () =>
    expect(posted.join('\n')).not.toMatch(/BAK-212/));

  it('given a thanks to the people who helped, then it is never posted', () =>
    expect(posted.join('\n')).not.toMatch(/^Thanks to/m));

  it('given "The setting…" after the sentence that introduced the setting, then it is never posted nor a random quote', () => {
    expect(posted).not.toContain('The setting will be removed from the database in the next release.');
    expect(texts(randomQuotable(notes))).not.toContain(
      'The setting will be removed from the database in the next release.',
    );
  });

  it('given sentences that read on their own, then they are posted', () =>
    expect(posted).toEqual([
      'The ORDER_CUTOFF setting is gone from the admin page; the cutoff now follows each shop’s opening hours.',
      'A loaf that is ordered is a loaf that is not thrown away at closing time.',
      'Most customers now order the evening before, which lets the bakers plan the first batch.',
    ]));

  it('given the search, then each line is still found', () =>
    expect(library.search({ query: 'BAK-212' }).hits[0]?.passage.text).toMatch(/^Orders placed after 18:00/));
});
