import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { quoteButtonIds } from '../../adapters/discord/button-state.js';
import { asMessageReply, NO_MENTIONS, type DiscordMessage } from '../../adapters/discord/discord-message.js';
import { embedLength } from '../../adapters/discord/embed.js';
import { DISCORD_LIMITS } from '../../adapters/discord/limits.js';
import { renderCommandReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { StateStore, type QuoteQuery } from '../../adapters/discord/state-store.js';
import type { SlackMessage } from '../../adapters/slack/blocks.js';
import { slackCommandNames } from '../../adapters/slack/command-names.js';
import { SLACK_LIMITS } from '../../adapters/slack/limits.js';
import { renderCommandReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderCommandReplyForTerminal } from '../../adapters/terminal/render.js';
import { COMMANDS, type BotReply, type CommandReply } from '../../src/index.js';
import { textOf } from '../adapters/slack/harness.js';
import { SLACK_PING } from './arbitraries.js';

/*
 * What every reply must be on every surface, whatever was asked: rendered without throwing, within the
 * platform's limits, pinging nobody; a quote's highlights inside its text.
 */

const store = new StateStore<QuoteQuery>();
const names = slackCommandNames(COMMANDS);

/** A quote's highlights are ranges of its passage's text, sorted and disjoint. */
export function expectHighlightsInside(reply: BotReply): void {
  if (reply.kind !== 'quote') return;
  const { text } = reply.hit.passage;
  let end = 0;
  for (const [from, to] of reply.hit.highlights) {
    expect(from, `highlight [${from}, ${to}) of “${text}”`).toBeGreaterThanOrEqual(end);
    expect(to, `highlight [${from}, ${to}) of “${text}”`).toBeGreaterThan(from);
    expect(to, `highlight [${from}, ${to}) of “${text}”`).toBeLessThanOrEqual(text.length);
    end = to;
  }
}

function expectEmbedWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
  expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedAuthorName);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooterText);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
    expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
  }
  expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

/** A Discord message within Discord's limits, sent with no mention allowed. */
export function expectWithinDiscordLimits(message: DiscordMessage): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  for (const embed of message.embeds) expectEmbedWithinLimits(embed);
  expect(message.embeds.map(embedLength).reduce((sum, length) => sum + length, 0)).toBeLessThanOrEqual(
    DISCORD_LIMITS.embedTotal,
  );
  expect(message.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const button of row.components) {
      if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      if ('label' in button)
        expect(button.label?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    }
  }
  expect(asMessageReply(message).allowedMentions).toEqual({ ...NO_MENTIONS, parse: [] });
}

/** A Slack message within Block Kit's limits, with no markup that notifies anyone. */
export function expectWithinSlackLimits(message: SlackMessage): void {
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  for (const block of message.blocks) {
    if (block.type === 'section' && block.text)
      expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const element of block.elements)
        if ('text' in element) expect(element.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
    }
    if (block.type === 'actions')
      for (const element of block.elements) {
        if (element.type !== 'button') continue;
        expect(element.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect(element.value?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      }
  }
  expect(`${message.text}\n${textOf(message.blocks)}`).not.toMatch(SLACK_PING);
}

/**
 * Renders an answer of the command path as Discord, Slack and the console do (public and private), and
 * checks each against its platform's limits; a quote's highlights too.
 */
export function expectRendersEverywhere(reply: CommandReply): void {
  if (reply.kind === 'bot') expectHighlightsInside(reply.reply);
  for (const isPrivate of [false, true]) {
    const ids =
      reply.kind === 'bot' && reply.reply.kind === 'quote'
        ? quoteButtonIds(reply.reply, isPrivate, store)
        : {};
    expectWithinDiscordLimits(renderForDiscord(reply, isPrivate, ids));
    expectWithinSlackLimits(renderForSlack(reply, names, isPrivate ? 'private' : 'public'));
  }
  expect(typeof renderCommandReplyForTerminal(reply, { color: false, chat: true })).toBe('string');
}

/** The same for a bot reply. */
export const expectBotReplyRendersEverywhere = (reply: BotReply): void =>
  expectRendersEverywhere({ kind: 'bot', reply });
