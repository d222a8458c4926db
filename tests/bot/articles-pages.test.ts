import { describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import { ARTICLES_PAGE_SIZE, Bot, Library } from '../../src/index.js';
import { DEFAULT_NAMES } from '../adapters/slack/fixtures.js';
import { smallArticle } from '../helpers/content.js';

/** A library of two pages: one article more than a page holds. */
const bot = new Bot(
  Library.create(
    Array.from({ length: ARTICLES_PAGE_SIZE + 1 }, (_, i) =>
      smallArticle(`harbour-${i}`, `Harbour news ${i}`, [`The harbour wall was rebuilt for the ${i} time.`]),
    ),
  ),
);

describe('/articles past its last page', () => {
  it('given page 3 of 2, then page 2 is shown and the reply says there is no page 3', () => {
    const reply = bot.handle({ kind: 'articles', page: 3 });
    expect(reply).toMatchObject({ kind: 'articles', page: 2, pageCount: 2, missingPage: 3 });
    const said = 'There is no page 3: there are 2.';
    expect(renderForTerminal(reply, { color: false }).split('\n')[0]).toBe(said);
    expect(JSON.stringify(renderDiscord(reply, false, {}))).toContain(said);
    expect(JSON.stringify(renderSlack(reply, DEFAULT_NAMES, 'public'))).toContain(said);
  });

  it('given a page there is, then nothing is said of missing pages', () => {
    const reply = bot.handle({ kind: 'articles', page: 2 });
    expect(reply).toMatchObject({ kind: 'articles', page: 2 });
    expect(reply).not.toHaveProperty('missingPage');
    expect(renderForTerminal(reply, { color: false })).not.toContain('There is no page');
  });

  it('given page 2 of a library of one page, then it says there is one page', () => {
    const one = new Bot(Library.create([smallArticle('harbour', 'Harbour news', ['The harbour wall.'])]));
    expect(renderForTerminal(one.handle({ kind: 'articles', page: 2 }), { color: false })).toContain(
      'There is no page 2: there is one page.',
    );
  });
});
