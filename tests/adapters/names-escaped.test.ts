import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import type { Attribution, BotReply } from '../../src/index.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

/*
 * A name from content (an article's author, a quoted speaker, a letter's reader) reaches the "who said that?" and
 * "who wrote that?" answers. Whatever it holds, it shows literally and pings no one: Discord markdown escaped,
 * Slack's `&`, `<`, `>` and formatting characters made inert, control characters gone on a terminal.
 */
const HOSTILE = '*Dev* <@U123> @everyone _x_';
const article: Attribution = {
  slug: 'ep_06_mail',
  title: 'Listener mail',
  author: HOSTILE,
  publication: 'Second Shift',
  date: '2024-05-01',
  url: null,
};
const replies: Record<string, BotReply> = {
  'who wrote that?': { kind: 'source', article },
  'who said that? (named)': { kind: 'source', article, speaker: HOSTILE },
  'who said that? (read out)': { kind: 'source', article, speaker: HOSTILE, readBy: HOSTILE },
  'who said that? (unnamed)': { kind: 'source', article, speaker: null },
  'what else did he say? (nothing else)': { kind: 'no-follow-up', reason: 'nothing-else', speaker: HOSTILE },
};

const discordText = (reply: BotReply): string => renderForDiscord(reply, false).content ?? '';
// The blocks, in mrkdwn; the fallback `text` is shown unformatted, where only `&`, `<` and `>` need escaping.
const slackText = (reply: BotReply): string =>
  JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public').blocks);
const slackFallback = (reply: BotReply): string => renderForSlack(reply, DEFAULT_NAMES, 'public').text;

describe('a name from content in a follow-up answer (pass 20: "who said that?" left the speaker unescaped)', () => {
  for (const [asked, reply] of Object.entries(replies)) {
    it(`given "${asked}" about a name with markup and mentions, then Discord escapes every markup character of it`, () => {
      const text = discordText(reply);
      expect(text).toContain(String.raw`\*Dev\* \<@U123> @everyone \_x\_`);
      expect(text).not.toMatch(/(?<!\\)<@U123>/u);
      expect(text).not.toMatch(/(?<!\\)\*Dev/u);
      expect(text).not.toContain('ep_06_mail');
    });

    it(`given "${asked}" about a name with markup and mentions, then Slack makes no mention, link or emphasis of it`, () => {
      const text = slackText(reply);
      expect(text).not.toContain('<@U123>');
      expect(text).toContain('&lt;@U123&gt;');
      expect(text).not.toContain('*Dev*');
      expect(text).not.toContain('_x_');
      expect(slackFallback(reply)).not.toContain('<@U123>');
    });
  }

  it('given "who is …?" of an author whose name and bio have markup, then the Discord embed shows them literally, escaped once', () => {
    const embed = renderForDiscord(
      { kind: 'author', author: HOSTILE, bio: 'She writes *fast* <@U9>.', articles: [article], total: 1 },
      false,
    ).embeds?.[0];
    expect(embed?.title).toBe(String.raw`\*Dev\* \<@U123> @everyone \_x\_`);
    expect(embed?.description).toContain(String.raw`She writes \*fast\* \<@U9>.`);
    expect(embed?.description).toContain(String.raw`\*Dev\* \<@U123>`);
  });

  it('given a name with control characters, then the console shows it without them', () => {
    const text = renderForTerminal(
      { kind: 'source', article, speaker: 'Dev\u001b[31m Anand' },
      terminalStyleFor(false, {}),
    );
    expect(text).toContain('Dev[31m Anand, as quoted in');
    expect(text).not.toContain('\u001b');
  });
});
