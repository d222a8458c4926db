import { describe, expect, it } from 'vitest';
import { quoteLines } from '../../../runtime/daily/console-poster.js';
import type { Attribution } from '../../../src/content/article.js';

const story: Attribution = {
  slug: 'lighthouse',
  title: 'The Lighthouse',
  author: 'Captain Reyes, quoted by Ruth Calder',
  publication: 'Harbour Tales',
  date: '1901-03-04',
  url: null,
};

describe('a daily post on the console shows its quotation marks as the chat does', () => {
  it('given a line with straight marks around a tag, then every mark is curly, inside the single marks the chat puts around a line that holds quotations', () => {
    const [quote] = quoteLines(
      { text: '"The roads are flooded," returned he, "and the bridge is gone."' },
      story,
    );
    expect(quote).toBe('‘“The roads are flooded,” returned he, “and the bridge is gone.”’');
  });

  it('given the first sentence of a line that goes on, then its opening mark is curly like the one added to close it', () => {
    const [quote] = quoteLines({ text: '"I desire you will do no such thing.' }, story);
    expect(quote).toBe('“I desire you will do no such thing.”');
  });

  it('given a credit to the one who said it, then the post names them before the writer', () =>
    expect(quoteLines({ text: 'The roads are flooded.' }, story)[1]).toContain(
      '— Captain Reyes, quoted by Ruth Calder',
    ));
});
