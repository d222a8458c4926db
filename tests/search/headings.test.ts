import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { headingsOf } from '../../src/library/headings.js';
import { smallArticle } from '../helpers/content.js';

/** A postmortem with two Markdown headings, one of them a question. */
const postmortem = parseArticle(
  'checkout-outage.md',
  [
    '---',
    'title: "Checkout outage"',
    'author: Platform Team',
    'publication: Engineering Notes',
    'date: 2026-03-14',
    '---',
    '',
    '## Root cause',
    '',
    'A configuration push removed the connection limit on the payments pool.',
    '',
    '## Why did nobody notice?',
    '',
    'The alert on pool saturation had been muted since January.',
    '',
  ].join('\n'),
);

describe('the headings a library reads once for the sections a search names', () => {
  it('given an article with two headings, then both are listed in order with their stems, the question told', () => {
    const headings = headingsOf([postmortem]);
    expect(headings.map(({ article, at, asks }) => ({ slug: article.slug, at, asks }))).toEqual([
      { slug: 'checkout-outage', at: 0, asks: false },
      { slug: 'checkout-outage', at: 2, asks: true },
    ]);
    expect([...headings[0]!.stems]).toEqual(['root', 'caus']);
  });

  it('given articles without headings, then there are none (a search of several words asks for no section)', () => {
    expect(headingsOf([smallArticle('news', 'News', ['The pool was full.'])])).toEqual([]);
  });
});
