import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

const library = Library.create([
  smallArticle('the-long-march', 'The Long March', [
    'We set out from the valley at dawn.',
    'The path climbed through pine forest.',
    'By noon the heat had made every step slow.',
    'We rested by a stream.',
  ]),
  smallArticle('march-of-the-penguins', 'March of the Penguins', [
    'The penguins march inland every winter.',
    'They walk for days.',
  ]),
]);
const bot = new Bot(library);
const summaryOf = (message: string) => {
  const reply = bot.handle(bot.read(message));
  return reply.kind === 'summary'
    ? { slug: reply.summary.article.slug, length: reply.summary.length }
    : reply.kind;
};

describe('a length word inside an article’s name', () => {
  it('given "/summary the long march" then it summarises “The Long March” at the usual length, not "march"', () => {
    expect(summaryOf('/summary the long march')).toEqual({ slug: 'the-long-march', length: 'medium' });
    expect(summaryOf('summarize the long march')).toEqual({ slug: 'the-long-march', length: 'medium' });
  });

  it('given a length word outside the name too then that one sets the length', () => {
    expect(summaryOf('summarize the long march briefly')).toEqual({
      slug: 'the-long-march',
      length: 'short',
    });
    expect(summaryOf('summarize the penguins in short')).toEqual({
      slug: 'march-of-the-penguins',
      length: 'short',
    });
  });
});
