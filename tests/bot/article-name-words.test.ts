import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

/** Slugs made of the titles, as the import writes them: the author's name is in none of them. */
const library = Library.create([
  smallArticle(
    'letter-of-resignation-from-the-u-s-army',
    'Letter of resignation from the U.S. Army',
    [
      'I have the honor to tender the resignation of my commission as colonel of the First Regiment of Cavalry.',
    ],
    'Robert E. Lee',
    '1861-04-20',
  ),
  smallArticle(
    'the-gettysburg-address',
    'The Gettysburg Address',
    ['Four score and seven years ago our fathers brought forth on this continent a new nation.'],
    'Abraham Lincoln',
    '1863-11-19',
  ),
  smallArticle('a-new-ferry', 'A new ferry for the islands', ['The ferry carries two hundred people.']),
]);
const bot = new Bot(library);

describe('an article name made of its author and its title words', () => {
  it('given "lee-resignation" (the author\'s name and a title word, no slug), then that article is suggested', () =>
    expect(library.similarArticles('lee-resignation')).toEqual(['letter-of-resignation-from-the-u-s-army']));

  it('given /summary of such a name, then the reply is "no article" with that look-alike', () => {
    const reply = bot.handle({ kind: 'summary', article: 'lincoln-gettysburg' });
    expect(reply.kind === 'unknown-article' && reply.suggestions).toEqual(['the-gettysburg-address']);
  });

  it('given words that no one title and author hold between them, then nothing is suggested', () => {
    expect(library.similarArticles('lee-ferry')).toEqual([]);
    expect(library.similarArticles('zebra')).toEqual([]);
  });
});
