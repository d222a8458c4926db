import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { firstBbcHit as first } from '../helpers/bbc.js';
import { hitTexts as hits, smallArticle as article } from '../helpers/content.js';

describe('an answer spread over two sentences (BBC dev set)', () => {
  it('given a query no sentence matches alone then the sentence whose neighbour has the rest answers', () => {
    // "He served as a pilot with the Royal Air Force…" / "…his authorial debut": the author's.
    expect(first('author was an RAF airman')).toContain('He served as a pilot with the Royal Air Force');
  });
});

describe('neighbours: the rules, on a small library', () => {
  // Each article's first sentence is plain: its names would count for every sentence (title-context.test.ts).
  // The slugs keep the articles in this order in the library, so that one's last sentence precedes the next's.
  const opening = 'The address went on for an hour.';
  const library = Library.create([
    article('a-speech', 'Notes', [
      opening,
      'Iran pursues these weapons.',
      'States like these constitute an axis of evil.',
      'Their rulers are cruel.',
      'The pact was signed in secret.',
    ]),
    article('b-trade', 'More notes', [opening, 'Spain pursues new trade.']),
    article('c-sugar', 'Later notes', ['Sugar exports rose.', 'They threaten growth in the long run.']),
  ]);

  it('given words of a sentence and of the one before it then that sentence answers', () => {
    expect(hits(library, 'iran axis evil')).toEqual(['States like these constitute an axis of evil.']);
  });

  it('given a query whose words a sentence has on its own then only matches answer', () => {
    // "States like these…" would lean on "Iran pursues…", but a sentence with every word answers first.
    const withMatch = Library.create([
      article('a-speech', 'Notes', [
        opening,
        'Iran pursues these weapons.',
        'States like these constitute an axis of evil.',
        'The talks went on.',
        'Iran denied any axis of evil.',
      ]),
    ]);
    expect(hits(withMatch, 'iran axis evil')).toEqual(['Iran denied any axis of evil.']);
  });

  it('given words in quotation marks then no neighbour stands in for them', () => {
    expect(hits(library, '"iran" axis evil')).toEqual([]);
  });

  it('given one word of a sentence, the others in its neighbours, then nothing answers', () => {
    // "cruel" alone, "evil" before it, "pact" after it.
    expect(hits(library, 'evil cruel pact')).toEqual([]);
  });

  it('given two words of a query then neighbours lend nothing', () => {
    expect(hits(library, 'iran evil')).toEqual([]);
  });

  it('given two names the library writes as names, each in one of two sentences side by side, then they answer', () => {
    const treaty = Library.create([
      article('a-lands', 'Notes', [
        opening,
        'Native title has been ceded by the Delawares.',
        'That tribe ceded the country between the Wabash and the Ohio.',
        'The pact was signed in secret.',
      ]),
    ]);
    expect(hits(treaty, 'delawares wabash')[0]).toMatch(/Delawares|Wabash/);
    // Not two everyday words so placed ("title", "country"), nor a name and a word ("Delawares", "country").
    expect(hits(treaty, 'title country')).toEqual([]);
    expect(hits(treaty, 'delawares country')).toEqual([]);
  });

  it('given the last sentence of one article then it is no neighbour of the next article', () => {
    // "Spain pursues new trade." ends one article; "Sugar exports rose." starts the next.
    expect(hits(library, 'Spain sugar exports')).toEqual([]);
  });
});
