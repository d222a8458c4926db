import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { Bot, Library, parseArticle } from '../../src/index.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';
import { topicLibraryBot } from '../helpers/topic-library.js';

describe('an article that does not discuss the topic asked (new-user pass 18, #12)', () => {
  const bot = topicLibraryBot();
  const reply = bot.handle({ kind: 'summary', article: 'harbour-closes', topic: 'trams' });

  it('given the reply, then it says so and offers the summary of the whole library', () => {
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toBe(
      '“Eastham port to close old harbour to cargo ships” does not discuss trams. /summary topic:trams asks the whole library.',
    );
    expect(renderForDiscord(reply, false).content).toContain(
      '`/summary topic:trams` asks the whole library.',
    );
  });
});

describe('the one article of a library that does not discuss the topic asked', () => {
  const library = Library.create([
    parseArticle(
      'harbour.md',
      '---\ntitle: Harbour closes\nauthor: Jo Reporter\npublication: Eastham News\ndate: 2005-01-02\n---\n\nThe old harbour will close to cargo ships in May.\n',
    ),
  ]);
  const reply = new Bot(library).handle({ kind: 'summary', topic: 'trams' });

  it('given the reply, then it says so, and offers no whole library to ask, there being no other article', () => {
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toBe(
      '“Harbour closes” does not discuss trams.',
    );
    expect(renderForDiscord(reply, false).content).toBe('“Harbour closes” does not discuss trams.');
    expect(JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public'))).not.toContain('whole library');
  });
});
