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

describe('"who wrote the article" inside a statement', () => {
  it('given "the woman who wrote the article about mary poppins cried" then the sentence that says so is quoted, not the list given', () => {
    const news = new Bot(bbcLibrary());
    const reply = news.handle(news.read('the woman who wrote the article about mary poppins cried'));
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') throw new Error('expected a quote');
    expect(reply.hit.passage.text).toContain('Pamela Travers, who is said to have cried');
  });
});
