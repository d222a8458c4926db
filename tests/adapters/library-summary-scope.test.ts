import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderLibrarySummary } from '../../adapters/terminal/render-library-summary.js';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

/** Three addresses, two of them by one speaker. */
const bot = new Bot(
  Library.create(
    loadSotuArticles(['1863_abraham_lincoln_r.json', '2015_barack_obama_d.json', '2016_barack_obama_d.json']),
  ),
);

/** The head of a library summary as each platform shows it. */
function heads(reply: BotReply): { terminal: string; discord: string; slack: string } {
  if (reply.kind !== 'library-summary') throw new Error(`expected a library summary, got ${reply.kind}`);
  const slack = renderForSlack(reply, DEFAULT_NAMES, 'public');
  return {
    terminal: renderLibrarySummary(reply.summary, { color: false }).split('\n')[0]!,
    discord: renderForDiscord(reply, false).embeds?.[0]?.title ?? '',
    slack: slack.text,
  };
}

describe('the head of a library summary kept to one author', () => {
  it('given a topic with author: then every platform says whose articles it is about', () => {
    const { terminal, discord, slack } = heads(bot.handle(bot.read('/summary topic:war author:obama')));
    expect(terminal).toMatch(
      /^What (?:one article by Barack Obama says|2 articles by Barack Obama say) about war:$/,
    );
    expect(discord).toMatch(
      /^What (?:one article by Barack Obama says|2 articles by Barack Obama say) about war$/,
    );
    expect(slack).toMatch(
      /^What (?:one article by Barack Obama says|2 articles by Barack Obama say) about war: /,
    );
  });

  it('given all with author: then every platform says they are that author’s articles', () => {
    const { terminal, discord, slack } = heads(bot.handle(bot.read('/summary all author:obama')));
    expect(terminal).toBe("Barack Obama's 2 articles, each in a sentence:");
    expect(discord).toBe("Barack Obama's 2 articles, each in a sentence");
    expect(slack).toMatch(/^Barack Obama's 2 articles, each in a sentence: /);
  });

  it('given the whole library (no author) then the head names no author', () => {
    expect(heads(bot.handle(bot.read('/summary all'))).terminal).toBe('The 3 articles, each in a sentence:');
    expect(heads(bot.handle(bot.read('/summary topic:war'))).terminal).toMatch(
      /^What \d articles say about war:$/,
    );
  });
});
