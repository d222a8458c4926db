import type { BotReply, CommandTextError, Summary } from '../../src/index.js';
import {
  context,
  fallback,
  section,
  sectionsOfLines,
  withinBlockLimit,
  type SlackMessage,
} from './blocks.js';
import { slackUsage, type SlackCommandNames } from './command-names.js';
import { escapeMrkdwn, mrkdwnLink, mrkdwnWithin } from './mrkdwn.js';
import { attributionLine, renderQuote, type Visibility } from './render-quote.js';
import { SLACK_LIMITS } from './limits.js';

export type { Visibility } from './render-quote.js';

/** A short answer: one section, the same words as the notification. */
function note(mrkdwn: string, plain: string): SlackMessage {
  return { text: fallback(plain), blocks: [section(mrkdwn)] };
}

const quoted = (text: string): string => `“${mrkdwnWithin(text, 200)}”`;
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length > 0 ? ` Did you mean: ${suggestions.map((word) => escapeMrkdwn(word)).join(', ')}?` : '';

function renderSummary(summary: Summary): SlackMessage {
  const title = mrkdwnLink(summary.article.url, summary.article.title);
  if (!summary.found) {
    return note(
      `${title} does not discuss ${quoted(summary.topic ?? 'that')}.`,
      `${summary.article.title} does not discuss ${summary.topic ?? 'that'}.`,
    );
  }
  const about = summary.topic ? `, about ${quoted(summary.topic)}` : '';
  const lines = summary.sentences.map(
    (sentence) => `• ${mrkdwnWithin(sentence.text, SLACK_LIMITS.sectionText - 2)}`,
  );
  const head = [section(`*Summary of ${title}*${about}`), ...sectionsOfLines(lines)];
  const tail = [context(attributionLine(summary.article))];
  if (summary.deck && !summary.topic)
    tail.unshift(context(`The author's own summary: ${mrkdwnWithin(summary.deck, 2500)}`));
  return {
    text: fallback(`Summary of ${summary.article.title}: ${summary.sentences[0]?.text ?? ''}`),
    blocks: withinBlockLimit(head, tail),
  };
}

function renderHelp(reply: Extract<BotReply, { kind: 'help' }>, names: SlackCommandNames): SlackMessage {
  const lines = reply.commands.map(
    (command) => `\`${escapeMrkdwn(slackUsage(command, names))}\`  ${escapeMrkdwn(command.description)}`,
  );
  const head = reply.unknown ? [section(`I did not understand ${quoted(reply.unknown)}.`)] : [];
  return {
    text: fallback('What quotebot can do'),
    blocks: withinBlockLimit(
      [...head, ...sectionsOfLines(['*Commands*', ...lines])],
      [
        context(
          'Or mention me, or write to me directly: “summarize”, “tl;dr about sanctions”, “quote election”.',
        ),
      ],
    ),
  };
}

/**
 * Words a bot reply for Slack, as Block Kit within Slack's limits. All text from articles and users is
 * escaped (see `mrkdwn.ts`); the wording of every outcome lives here.
 */
export function renderReply(reply: BotReply, names: SlackCommandNames, visibility: Visibility): SlackMessage {
  switch (reply.kind) {
    case 'quote':
      return renderQuote(reply, visibility);
    case 'no-match':
      return note(
        `No passage matches ${quoted(reply.query)}.${didYouMean(reply.suggestions)}`,
        `No passage matches “${reply.query}”.`,
      );
    case 'invalid-query':
      return reply.reason === 'empty'
        ? note(
            `Tell me some words to look for, e.g. \`${names.slashOf.get('quote') ?? '/quote'} election\`.`,
            'Tell me some words to look for.',
          )
        : note(
            `That is too long to search: keep it under ${reply.maxLength} characters.`,
            'That is too long to search.',
          );
    case 'unknown-article':
      return note(
        `There is no article ${quoted(reply.article)}.${reply.suggestions.length > 0 ? didYouMean(reply.suggestions) : ` \`${names.slashOf.get('articles') ?? '/articles'}\` lists them.`}`,
        `There is no article “${reply.article}”.`,
      );
    case 'articles': {
      const lines = reply.articles.map(
        (a) =>
          `• ${mrkdwnLink(a.url, a.title)} — ${escapeMrkdwn(a.author)}, ${escapeMrkdwn(a.publication)}, ${escapeMrkdwn(a.date)}  \`${escapeMrkdwn(a.slug)}\``,
      );
      const head = `*Articles* (page ${reply.page} of ${reply.pageCount}, ${reply.total} in all)`;
      return {
        text: fallback(`Articles (page ${reply.page} of ${reply.pageCount})`),
        blocks: withinBlockLimit(sectionsOfLines([head, ...lines]), []),
      };
    }
    case 'summary':
      return renderSummary(reply.summary);
    case 'help':
      return renderHelp(reply, names);
  }
}

/** Words a slash command that could not be read (a missing or bad option). */
export function renderCommandError(
  error: CommandTextError,
  names: SlackCommandNames,
  usage: string,
): SlackMessage {
  const how = `Usage: \`${escapeMrkdwn(usage)}\``;
  const option = error.option ? ` (${escapeMrkdwn(error.option)})` : '';
  return error.problem === 'missing-option'
    ? note(
        `Missing ${escapeMrkdwn(error.option ?? 'a value')}. ${how}`,
        `Missing ${error.option ?? 'a value'}.`,
      )
    : note(
        `That value${option} is not valid. ${how}`,
        `That value is not valid. See ${names.slashOf.get('help') ?? '/quotebot-help'}.`,
      );
}

/** The answer when something broke on our side; the details go to the log, not to the user. */
export function renderFailure(): SlackMessage {
  return note('Sorry, something went wrong on my side. Please try again.', 'Sorry, something went wrong.');
}

/** The answer to a button whose value this version cannot read. */
export function renderStaleButton(): SlackMessage {
  return note('This button no longer works. Ask again with a new command.', 'This button no longer works.');
}

/** The answer to a command this Slack app lists but cannot answer yet (no handler was plugged in). */
export function renderUnavailable(slash: string): SlackMessage {
  return note(`\`${escapeMrkdwn(slash)}\` is not available on Slack yet.`, `${slash} is not available yet.`);
}
