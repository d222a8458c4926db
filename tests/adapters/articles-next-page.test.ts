import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { Bot } from '../../src/index.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

describe('a page of articles that is not the last', () => {
  const bot = new Bot(bbcLibrary());
  const first = bot.handle({ kind: 'articles' });
  const last = bot.handle({ kind: 'articles', page: 99 });

  it('given the first page of 40 articles then each platform says how to see the next', () => {
    const plain = terminalStyleFor(false, {});
    expect(renderForTerminal(first, plain).split('\n').at(-1)).toBe('/articles page:2 shows the next page.');
    expect(renderForDiscord(first, false).embeds?.[0]?.description).toMatch(
      /\n\n`\/articles page:2` shows the next page\.$/,
    );
    expect(JSON.stringify(renderForSlack(first, DEFAULT_NAMES, 'public').blocks?.at(-1))).toContain(
      '`/articles page:2` shows the next page.',
    );
  });

  it('given articles about words then the next page keeps them; the last page says nothing more', () => {
    const about = bot.handle({ kind: 'articles', about: 'year' });
    if (about.kind !== 'articles' || about.pageCount < 2)
      throw new Error('two pages of articles about “year” expected');
    expect(renderForTerminal(about, terminalStyleFor(false, {}))).toContain(
      '/articles page:2 about:year shows the next page.',
    );
    expect(renderForTerminal(last, terminalStyleFor(false, {}))).not.toContain('next page');
  });
});
