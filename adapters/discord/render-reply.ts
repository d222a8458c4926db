import { withBalancedMarks } from '../../src/text/quote-marks.js';
import { byline } from '../../src/content/article.js';
import type { APIEmbed } from 'discord.js';
import type {
  Attribution,
  BotReply,
  CommandDefinition,
  CommandReply,
  LibrarySummary,
} from '../../src/index.js';
import { shownWithNames } from '../../src/summary/full-names.js';
import { commandDetails } from '../shared/command-detail.js';
import { DAILY_MANAGERS } from '../shared/daily-wording.js';
import {
  en,
  followUpWords,
  librarySummaryProblem,
  problemWords,
  type WordingStyle,
} from '../shared/wording.js';
import type { QuoteButtonIds } from './button-state.js';
import { textMessage, type DiscordMessage } from './discord-message.js';
import { attributionEmbed, descriptionBudget, EMBED_COLOR, embedUrl } from './embed.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { escapeText, fitText } from './markdown.js';
import { renderDaily } from './render-daily.js';
import { renderQuote } from './render-quote.js';
import { renderReload } from './render-reload.js';

/** Discord's way of writing the shared wording: markdown escaped, commands as inline code. */
export const DISCORD_STYLE: WordingStyle = {
  quoted: (text) => `“${fitText(text, 200)}”`,
  escaped: (text) => fitText(text, 200),
  code: (text) => `\`${text}\``,
  command: (name) => `/${name}`,
};

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

/**
 * A summary, with the notes above it: that it is not in the language asked for (`untranslated`), and that it
 * is the newest article's (of the library, or of `author`'s), and that a procedure's steps are left out.
 */
function renderSummary(reply: Extract<BotReply, { kind: 'summary' }>): DiscordMessage {
  const { summary } = reply;
  const { article } = summary;
  if (!summary.found)
    return textMessage(
      en.summaryNotDiscussed(DISCORD_STYLE, article.title, summary.topic, reply.only !== true),
      false,
    );
  const title = en.summaryTitle(article.title);
  const about = summary.topic ? ` · about “${truncate(summary.topic, 100)}”` : '';
  const embed: APIEmbed = attributionEmbed(article, title, about);
  if (summary.deck && !summary.topic) {
    embed.fields = [
      { name: en.authorsSummary, value: fitText(summary.deck, DISCORD_LIMITS.embedFieldValue) },
    ];
  }
  const description = fitLines(
    summary.sentences,
    descriptionBudget(embed),
    (sentence) => `• ${escapeText(withBalancedMarks(shownWithNames(sentence)))}`,
    (sentence, room) => `• ${fitText(withBalancedMarks(shownWithNames(sentence)), room - 2)}`,
  );
  const notes = [
    ...(reply.untranslated === undefined ? [] : [en.untranslated(DISCORD_STYLE, reply.untranslated)]),
    ...(reply.newest ? [en.newestArticle(DISCORD_STYLE, reply.author)] : []),
    ...(summary.leftOutSteps === undefined
      ? []
      : [en.stepsLeftOut(DISCORD_STYLE, summary.leftOutSteps, summary.sentences.length === 0)]),
  ];
  return {
    ...(notes.length > 0 ? { content: notes.join('\n') } : {}),
    embeds: [{ ...embed, description }],
    components: [],
    private: false,
  };
}

/** An article's title in bold, linked to the article when it has a URL. */
function linkedTitle(article: Attribution): string {
  const url = embedUrl(article.url);
  const title = fitText(article.title, 200);
  return `**${url ? `[${title}](${url.replace(/[()]/g, encodeURIComponent)})` : title}**`;
}

type LibraryLine = { readonly text: string; readonly sentence?: string };

/**
 * What the library says about a topic, as one embed: per article its linked title, who wrote it and
 * when, and its sentences, the most relevant article first; cut to fit Discord's limits.
 */
function renderLibrarySummary(summary: LibrarySummary, untranslated?: string): DiscordMessage {
  if (summary.kind !== 'found') return textMessage(librarySummaryProblem(DISCORD_STYLE, summary), false);
  const lines: LibraryLine[] = summary.excerpts.flatMap(({ article, sentences }, at) => [
    { text: `${at > 0 ? '\n' : ''}${linkedTitle(article)}` },
    { text: `*— ${escapeText(`${byline(article)}, ${article.date}`)}*` },
    ...sentences.map((sentence) => ({
      text: `• ${escapeText(withBalancedMarks(shownWithNames(sentence)))}`,
      sentence: withBalancedMarks(sentence.text),
    })),
  ]);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: fitText(en.librarySummaryTitle(DISCORD_STYLE, summary), DISCORD_LIMITS.embedTitle),
  };
  const description = fitLines(
    lines,
    descriptionBudget(embed),
    (line) => line.text,
    (line, room) => (line.sentence === undefined ? '' : `• ${fitText(line.sentence, room - 2)}`),
  );
  return {
    ...(untranslated === undefined ? {} : { content: en.untranslated(DISCORD_STYLE, untranslated, true) }),
    embeds: [{ ...embed, description }],
    components: [],
    private: false,
  };
}

function usageLines(commands: readonly CommandDefinition[]): string[] {
  return commands.flatMap((command) => [
    `\`${command.usage}\` — ${escapeText(command.description)}`,
    ...(command.subcommands ?? []).map(
      (sub) => `  \`${sub.usage || `/${command.name} ${sub.name}`}\` — ${escapeText(sub.description)}`,
    ),
  ]);
}

/** `/help quote`: the command, its sub-commands and options, and examples. */
function commandEmbed(command: CommandDefinition): APIEmbed {
  const lines = commandDetails(command).flatMap((detail) => [
    `\`${detail.usage}\` — ${escapeText(detail.description)}`,
    ...detail.options.map((option) => `• \`${option.label}\` — ${escapeText(option.description)}`),
  ]);
  const examples = (command.examples ?? []).map((example) => `\`${example}\``);
  return {
    color: EMBED_COLOR,
    title: truncate(`/${command.name}`, DISCORD_LIMITS.embedTitle),
    description: fitLines(
      // A blank line before the examples (an empty line would end `fitLines`).
      [...lines, ...(examples.length > 0 ? [`\n**${en.examples}**`, ...examples] : [])],
      DISCORD_LIMITS.embedDescription,
      (line) => line,
    ),
  };
}

function renderHelp(reply: Extract<BotReply, { kind: 'help' }>, isPrivate: boolean): DiscordMessage {
  if (reply.brief || reply.unknown || reply.setUp || reply.addArticles)
    return {
      content: reply.setUp
        ? en.dailySetUp(DISCORD_STYLE, DAILY_MANAGERS.discord)
        : en.helpLine(DISCORD_STYLE, reply),
      embeds: [],
      components: [],
      private: isPrivate,
    };
  if (reply.detail) return { embeds: [commandEmbed(reply.commands[0]!)], components: [], private: isPrivate };
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: en.helpTitle,
    description: fitLines(usageLines(reply.commands), DISCORD_LIMITS.embedDescription, (line) => line),
    footer: { text: en.helpMention(reply.example) },
  };
  return {
    embeds: [embed],
    components: [],
    private: isPrivate,
  };
}

function articleLine(article: Attribution): string {
  return `${linkedTitle(article)} — ${escapeText(`${byline(article)}, ${article.date}`)} · \`${article.slug}\``;
}

/** "who is eric ballbach?": the author, what an article says of them, and their articles. */
function renderAuthor(reply: Extract<BotReply, { kind: 'author' }>): DiscordMessage {
  const head = [
    ...(reply.bio ? [fitText(reply.bio, 1000), ''] : []),
    `**${en.authorArticles(reply.total)}**`,
  ].join('\n');
  const budget = DISCORD_LIMITS.embedDescription - head.length - 1;
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    // An embed's title renders emphasis: the name is escaped as any text of content is.
    title: fitText(reply.author, DISCORD_LIMITS.embedTitle),
    description: `${head}\n${fitLines(reply.articles, budget, articleLine)}`,
  };
  return { embeds: [embed], components: [], private: false };
}

/** Room a page of articles keeps below its list for the command that shows the next page. */
const NEXT_PAGE_ROOM = 200;

function renderArticles(reply: Extract<BotReply, { kind: 'articles' }>): DiscordMessage {
  if (reply.fact !== undefined) {
    const head = en.libraryFact(
      DISCORD_STYLE,
      reply.fact,
      reply.total,
      en.soleAuthor(reply.articles),
      reply.noun,
    );
    const lines = fitLines(reply.articles, DISCORD_LIMITS.embedDescription - head.length - 2, articleLine);
    return {
      embeds: [{ color: EMBED_COLOR, description: [head, lines].filter(Boolean).join('\n') }],
      components: [],
      private: false,
    };
  }
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(en.articlesTitle(DISCORD_STYLE, reply), DISCORD_LIMITS.embedTitle),
    description: [
      fitLines(reply.articles, DISCORD_LIMITS.embedDescription - NEXT_PAGE_ROOM, articleLine),
      en.nextArticlesPage(DISCORD_STYLE, reply),
    ]
      .filter((text) => text !== undefined)
      .join('\n\n'),
    footer: {
      text: `${reply.missingPage === undefined ? '' : `${en.noSuchPage(reply.missingPage, reply.pageCount)} `}Page ${reply.page} of ${reply.pageCount} · ${reply.total} article${reply.total === 1 ? '' : 's'}`,
    },
  };
  return { embeds: [embed], components: [], private: false };
}

/**
 * Words and formats a bot reply for Discord. Problems the asker caused (no match, a bad query, an unknown
 * article) and help go to the asker only; `askedPrivate` keeps a quote private too. `ids` are the quote
 * buttons' custom_ids, encoded beforehand (`quoteButtonIds`): rendering writes no state.
 */
export function renderReply(
  reply: BotReply,
  askedPrivate: boolean,
  ids: QuoteButtonIds = {},
): DiscordMessage {
  switch (reply.kind) {
    case 'quote':
      return renderQuote(reply, askedPrivate, ids);
    case 'no-match':
    case 'invalid-query':
    case 'unknown-article':
    case 'unknown-author':
      return textMessage(problemWords(DISCORD_STYLE, reply), true);
    case 'source':
      return textMessage(followUpWords(DISCORD_STYLE, reply), askedPrivate);
    case 'no-follow-up':
      return textMessage(followUpWords(DISCORD_STYLE, reply), true);
    case 'articles':
      return { ...renderArticles(reply), private: askedPrivate };
    case 'author':
      return { ...renderAuthor(reply), private: askedPrivate };
    case 'summary':
      return { ...renderSummary(reply), private: askedPrivate };
    case 'library-summary':
      return { ...renderLibrarySummary(reply.summary, reply.untranslated), private: askedPrivate };
    case 'help':
      return renderHelp(reply, true);
  }
}

/** Any answer of the command path, for Discord: the one switch over what the core replied. */
export function renderCommandReply(
  reply: CommandReply,
  askedPrivate: boolean,
  ids: QuoteButtonIds = {},
): DiscordMessage {
  switch (reply.kind) {
    case 'bot':
      return renderReply(reply.reply, askedPrivate, ids);
    case 'reload':
      return renderReload(reply.reply);
    case 'daily':
      return renderDaily(reply.reply);
    case 'daily-unavailable':
      return textMessage(en.dailyUnavailable, true);
    case 'cooldown':
      return textMessage(en.slowDown(DISCORD_STYLE, reply.command, reply.retryAfterSeconds), true);
    case 'usage':
      return textMessage(en.usageError(DISCORD_STYLE, reply.error, reply.error.usage ?? ''), true);
  }
}
