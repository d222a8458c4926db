import type { APIEmbed } from 'discord.js';
import type { Attribution, BotReply, CommandDefinition, Summary } from '../../src/index.js';
import { textMessage, type DiscordMessage } from './discord-message.js';
import { attributionEmbed, descriptionBudget, EMBED_COLOR, embedUrl } from './embed.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { escapeText, fitText } from './markdown.js';
import { renderQuote } from './render-quote.js';
import type { QuoteQuery, StateStore } from './state-store.js';

const quoted = (text: string): string => `“${fitText(text, 200)}”`;
const list = (items: readonly string[]): string => items.slice(0, 5).map(quoted).join(', ');

/** Lines joined until the budget is spent; the first that does not fit whole is cut (or left out). */
function fitLines<T>(
  items: readonly T[],
  budget: number,
  line: (item: T) => string,
  cut: (item: T, room: number) => string = () => '',
): string {
  let out = '';
  for (const item of items) {
    const room = budget - out.length - (out ? 1 : 0);
    const whole = line(item);
    const shown = whole.length <= room ? whole : room > 1 ? cut(item, room) : '';
    if (!shown) break;
    out += (out ? '\n' : '') + shown;
    if (shown !== whole) break;
  }
  return out;
}

function renderSummary(summary: Summary): DiscordMessage {
  const { article } = summary;
  if (!summary.found)
    return textMessage(`${quoted(article.title)} does not discuss ${quoted(summary.topic ?? '')}.`, false);
  const title = `Summary: ${article.title}`;
  const about = summary.topic ? ` · about “${truncate(summary.topic, 100)}”` : '';
  const embed: APIEmbed = attributionEmbed(article, title, about);
  if (summary.deck && !summary.topic) {
    embed.fields = [
      { name: "The author's own summary", value: fitText(summary.deck, DISCORD_LIMITS.embedFieldValue) },
    ];
  }
  const description = fitLines(
    summary.sentences,
    descriptionBudget(embed),
    (sentence) => `• ${escapeText(sentence.text)}`,
    (sentence, room) => `• ${fitText(sentence.text, room - 2)}`,
  );
  return { embeds: [{ ...embed, description }], components: [], private: false };
}

function usageLines(commands: readonly CommandDefinition[]): string[] {
  return commands.flatMap((command) => [
    `\`${command.usage}\` — ${escapeText(command.description)}`,
    ...(command.subcommands ?? []).map(
      (sub) => `  \`${sub.usage || `/${command.name} ${sub.name}`}\` — ${escapeText(sub.description)}`,
    ),
  ]);
}

function renderHelp(reply: Extract<BotReply, { kind: 'help' }>, isPrivate: boolean): DiscordMessage {
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: 'What I can do',
    description: fitLines(usageLines(reply.commands), DISCORD_LIMITS.embedDescription, (line) => line),
    footer: { text: 'Or mention me with a request: “quote election”, “summarize”, “tl;dr about sanctions”.' },
  };
  return {
    ...(reply.unknown ? { content: `I did not understand ${quoted(reply.unknown)}.` } : {}),
    embeds: [embed],
    components: [],
    private: isPrivate,
  };
}

function renderArticles(reply: Extract<BotReply, { kind: 'articles' }>): DiscordMessage {
  const line = (article: Attribution): string => {
    const url = embedUrl(article.url);
    const title = fitText(article.title, 200);
    const linked = url ? `[${title}](${url.replace(/[()]/g, encodeURIComponent)})` : title;
    return `**${linked}** — ${escapeText(`${article.author}, ${article.publication}, ${article.date}`)} · \`${article.slug}\``;
  };
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: 'Articles',
    description: fitLines(reply.articles, DISCORD_LIMITS.embedDescription, line),
    footer: {
      text: `Page ${reply.page} of ${reply.pageCount} · ${reply.total} article${reply.total === 1 ? '' : 's'}`,
    },
  };
  return { embeds: [embed], components: [], private: false };
}

/**
 * Words and formats a bot reply for Discord. Problems the asker caused (no match, a bad query, an unknown
 * article) and help go to the asker only; `askedPrivate` keeps a quote private too.
 */
export function renderReply(
  reply: BotReply,
  askedPrivate: boolean,
  store: StateStore<QuoteQuery>,
): DiscordMessage {
  switch (reply.kind) {
    case 'quote':
      return renderQuote(reply, askedPrivate, store);
    case 'no-match':
      return textMessage(
        `No passage matches ${quoted(reply.query)}.${reply.suggestions.length ? ` Did you mean ${list(reply.suggestions)}?` : ''}`,
        true,
      );
    case 'invalid-query':
      return textMessage(
        reply.reason === 'empty'
          ? 'Tell me some words to look for, e.g. `/quote election`.'
          : `That is too long to search: keep it under ${reply.maxLength} characters.`,
        true,
      );
    case 'unknown-article':
      return textMessage(
        `There is no article ${quoted(reply.article)}.${reply.suggestions.length ? ` Did you mean ${list(reply.suggestions)}?` : ' `/articles` lists them.'}`,
        true,
      );
    case 'articles':
      return { ...renderArticles(reply), private: askedPrivate };
    case 'summary':
      return { ...renderSummary(reply.summary), private: askedPrivate };
    case 'help':
      return renderHelp(reply, true);
  }
}
