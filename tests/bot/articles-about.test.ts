import { describe, expect, it } from 'vitest';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import { Bot, Library } from '../../src/index.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { seedArticle, smallArticle } from '../helpers/content.js';

const harbour = smallArticle('harbour-wall', 'The Harbour Wall', [
  'The harbour wall was rebuilt after the storm.',
  'Fishing boats returned to the harbour in spring.',
]);
const bot = new Bot(Library.create([seedArticle(), harbour]));

describe('which articles are about something', () => {
  it('given "which articles mention the harbour?" then only the articles with a passage about it are listed', () => {
    const reply = bot.handle(bot.read('which articles mention the harbour?'));
    expect(reply).toMatchObject({ kind: 'articles', about: 'harbour', total: 1, page: 1, pageCount: 1 });
    if (reply.kind !== 'articles') throw new Error('expected articles');
    expect(reply.articles.map((article) => article.slug)).toEqual(['harbour-wall']);
  });

  it('given words no passage has then it says plainly that no article has them, not that no passage matches', () => {
    const reply = bot.handle({ kind: 'articles', about: 'unicorns' });
    expect(reply).toMatchObject({ kind: 'no-match', query: 'unicorns', articles: true });
    expect(renderForTerminal(reply, { color: false })).toBe('No article has a passage about “unicorns”.');
  });

  it('given no words then every article is listed, as /articles lists them', () => {
    expect(bot.handle({ kind: 'articles' })).toMatchObject({ kind: 'articles', total: 2 });
  });
});

describe('which articles an author wrote', () => {
  const authors = new Bot(
    Library.create([
      seedArticle(),
      harbour,
      smallArticle('harbour-fish', 'Fish return', ['Fishing boats came back to the harbour.'], 'Jo Reporter'),
      smallArticle('harbour-tide', 'High tide', ['The tide rose over the harbour wall.'], 'Jo Reporter'),
    ]),
  );

  it.each([
    'list the articles by jo reporter',
    'what articles are there by reporter?',
    'which articles did jo reporter write?',
    'which articles are by the jo reporter?',
    'what stories were written by reporter?',
  ])('given %j then only that author’s articles are listed, under their name', (message) => {
    const reply = authors.handle(authors.read(message));
    expect(reply).toMatchObject({ kind: 'articles', author: 'Jo Reporter', total: 2 });
    expect(renderForTerminal(reply, { color: false })).toMatch(
      /^Articles by Jo Reporter \(page 1 of 1, 2 in all\):/,
    );
  });

  it('given an author and what about then those of theirs about it', () => {
    const reply = authors.handle(authors.read('which articles did jo reporter write about the tide?'));
    expect(reply).toMatchObject({ kind: 'articles', author: 'Jo Reporter', about: 'tide', total: 1 });
  });

  it('given a name no author has then it says no article is by them, not every article', () => {
    expect(authors.handle(authors.read('what articles are there by nobody?'))).toMatchObject({
      kind: 'unknown-author',
      author: 'nobody',
    });
  });

  it('given "who wrote about the tide?" then the articles about it are listed', () => {
    const reply = authors.handle(authors.read('who wrote about the tide?'));
    expect(reply).toMatchObject({ kind: 'articles', about: 'tide', total: 1 });
  });
});

describe('"who wrote the article" inside a statement', () => {
  it('given "the woman who wrote the article about mary poppins cried" then the sentence that says so is quoted, not the list given', () => {
    const news = new Bot(bbcLibrary());
    const reply = news.handle(news.read('the woman who wrote the article about mary poppins cried'));
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') throw new Error('expected a quote');
    expect(reply.hit.passage.text).toContain('Pamela Travers, who is said to have cried');
  });
});
