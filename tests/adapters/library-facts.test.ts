import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { Bot, Library, parseArticle, type Article, type BotReply } from '../../src/index.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

const dated = (slug: string, title: string, author: string, date: string, text: string): Article =>
  parseArticle(
    `${slug}.md`,
    `---\ntitle: ${JSON.stringify(title)}\nauthor: ${author}\npublication: Coast Weekly\ndate: ${date}\n---\n\n${text}\n`,
  );
const articles = [
  dated(
    'sea-poem',
    'The Keeper: a poem',
    'Mara Lind',
    '2023-11-02',
    'She counted ships the way some count sheep.',
  ),
  dated(
    'bus-lane',
    'Council approves bus lane',
    'Jo Reporter',
    '2025-03-12',
    'The council voted for a bus lane.',
  ),
  dated(
    'old-speech',
    'Remarks at the Harbour',
    'Ann Lee',
    '1950-05-01',
    'A town that swims together stays together.',
  ),
];
const bot = new Bot(Library.create(articles));
const asked = (text: string): BotReply => bot.handle(bot.read(text));
const slugs = (reply: BotReply): string[] =>
  reply.kind === 'articles' ? reply.articles.map((article) => article.slug) : [reply.kind];

describe('a question about the library itself (new-user pass 18, #11)', () => {
  it('given "what\'s the newest one?" or "what is the latest article?", then the newest article alone', () => {
    for (const text of [
      "what's the newest one?",
      'what is the latest article?',
      'which is the most recent one?',
    ])
      expect(slugs(asked(text)), text).toEqual(['bus-lane']);
  });

  it('given "what\'s the oldest article you have?" after a lead-in, then the oldest article alone', () => {
    expect(slugs(asked("hey, quick one — what's the oldest article you have?"))).toEqual(['old-speech']);
  });

  it('given "how many articles are there?", then the count, and "who wrote the poem?" the poem', () => {
    expect(asked('how many articles are there?')).toMatchObject({
      kind: 'articles',
      fact: 'count',
      total: 3,
    });
    expect(slugs(asked('who wrote the poem?'))).toEqual(['sea-poem']);
  });

  it('given each answer, then every platform words it as an answer, not a page of the list', () => {
    const newest = asked("what's the newest one?");
    const count = asked('how many articles are there?');
    const plain = terminalStyleFor(false, {});
    expect(renderForTerminal(newest, plain)).toMatch(
      /^The newest of the 3 articles:\n• Council approves bus lane — Jo Reporter, Coast Weekly, 2025-03-12/,
    );
    expect(renderForTerminal(count, plain)).toBe('The library has 3 articles; /articles lists them.');
    expect(renderForDiscord(newest, false).embeds?.[0]?.description).toMatch(
      /^The newest of the 3 articles:\n.*Council approves bus lane/,
    );
    expect(JSON.stringify(renderForSlack(count, DEFAULT_NAMES, 'public').blocks)).toContain(
      'The library has 3 articles',
    );
  });
});
