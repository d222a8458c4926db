import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { Bot, converse, Library, type ConversationKey } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A first report and its follow-up the next day, both titled with "ferry".
const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'ferry-strike',
        'Ferry crews walk out over pay',
        ['Ferry crews walked out on Monday in a dispute over pay.'],
        'Nina Holt',
        '2024-04-08',
      ),
      smallArticle(
        'ferry-deal',
        'Ferry strike ends with a pay deal',
        ['The ferry strike ended on Tuesday after crews accepted a pay deal.'],
        'Omar Reyes',
        '2024-04-09',
      ),
    ],
    { lexicon: wordnetLexicon() },
  ),
);
const key = (platform: string): ConversationKey => ({ platform, channelId: 'C1', userId: 'U1' });

describe('the choice list and "nothing newer", on Discord and Slack', () => {
  it('given several articles match, then both platforms list their titles and dates, and "2" picks on both', () => {
    for (const platform of ['discord', 'slack']) {
      const reply = converse(bot, 'summarize the ferry article', key(platform), 0);
      const text =
        platform === 'discord'
          ? (renderForDiscord(reply, false).content ?? '')
          : renderForSlack(reply, DEFAULT_NAMES, 'public').text;
      expect(text).toContain('2024-04-08');
      expect(text).toContain('Ferry strike ends with a pay deal');
      expect(converse(bot, '2', key(platform), 1)).toMatchObject({ kind: 'summary' });
    }
  });

  it('given "anything newer on this?" after the newest, then both platforms say there is none, with its date', () => {
    for (const platform of ['discord', 'slack']) {
      converse(bot, 'quote about the pay deal', key(`${platform}-newer`), 0);
      const reply = converse(bot, 'anything newer on this?', key(`${platform}-newer`), 1);
      const text =
        platform === 'discord'
          ? (renderForDiscord(reply, false).content ?? '')
          : renderForSlack(reply, DEFAULT_NAMES, 'public').text;
      expect(text).toMatch(
        /^No newer article here is about that: .+Ferry strike ends with a pay deal.+2024-04-09/,
      );
    }
  });
});
