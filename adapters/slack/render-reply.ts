import { withBalancedMarks } from '../../src/text/quote-marks.js';
import { byline } from '../../src/content/article.js';
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
import {
  context,
  fallback,
  section,
  sectionsOfLines,
  withinBlockLimit,
  type SlackMessage,
} from './blocks.js';
import { slackUsage, type SlackCommandNames } from './command-names.js';
import { escapeMrkdwn, mrkdwnCode, mrkdwnLink, mrkdwnWithin } from './mrkdwn.js';
import { attributionLine, renderQuote, type Visibility } from './render-quote.js';
import { SLACK_LIMITS } from './limits.js';
import { renderDaily } from './render-daily.js';
import { renderReload } from './render-reload.js';

export type { Visibility } from './render-quote.js';

/** A short answer: one section, the same words as the notification. */
function note(mrkdwn: string, plain: string): SlackMessage {
  return { text: fallback(plain), blocks: [section(mrkdwn)] };
}

const quoted = (text: string): string => `“${mrkdwnWithin(text, 200)}”`;

/** Plain text for notifications (Slack's `text`), which Slack shows unformatted (`fallback` escapes it). */
function plainStyle(names?: SlackCommandNames): WordingStyle {
  return {
    quoted: (t) => `“${t}”`,
    escaped: (t) => t,
    code: (t) => t,
    command: (name) => names?.slashOf.get(name) ?? `/${name}`,
  };
}
const PLAIN = plainStyle();

/** Slack's way of writing the shared wording: mrkdwn escaped, commands by this app's names. */
export function slackStyle(names?: SlackCommandNames): WordingStyle {
  return {
    quoted,
    escaped: (text) => mrkdwnWithin(text, 200),
    code: mrkdwnCode,
    command: (name) => names?.slashOf.get(name) ?? `/${name}`,
  };
}

/**
 * A summary, with the notes under it: that it is not in the language asked for (`untranslated`), and that it
 * is the newest article's (of the library, or of `author`'s), and that a procedure's steps are left out.
 */
function renderSummary(
  reply: Extract<BotReply, { kind: 'summary' }>,
  names: SlackCommandNames,
): SlackMessage {
  const { summary } = reply;
  const title = mrkdwnLink(summary.article.url, summary.article.title);
  if (!summary.found) {
    const plain: WordingStyle = { ...PLAIN, quoted: (t) => t };
    return note(
      en.summaryNotDiscussed(slackStyle(), summary.article.title, summary.topic, reply.only !== true),
      en.summaryNotDiscussed(plain, summary.article.title, summary.topic, reply.only !== true),
    );
  }
  const about = summary.topic ? `, about ${quoted(summary.topic)}` : '';
  const lines = summary.sentences.map(
    (sentence) =>
      `• ${mrkdwnWithin(withBalancedMarks(shownWithNames(sentence)), SLACK_LIMITS.sectionText - 2)}`,
  );
  const head = [section(`*${en.summaryOf(title)}*${about}`), ...sectionsOfLines(lines)];
  const tail = [
    context(attributionLine(summary.article)),
    ...(reply.untranslated === undefined ? [] : [context(en.untranslated(slackStyle(), reply.untranslated))]),
    ...(reply.newest ? [context(en.newestArticle(slackStyle(names), reply.author))] : []),
    ...(summary.leftOutSteps === undefined
      ? []
      : [context(en.stepsLeftOut(slackStyle(names), summary.leftOutSteps, summary.sentences.length === 0))]),
  ];
  if (summary.deck && !summary.topic)
    tail.unshift(context(`${en.authorsSummary}: ${mrkdwnWithin(summary.deck, 2500)}`));
  return {
    text: fallback(`Summary of ${summary.article.title}: ${summary.sentences[0]?.text ?? ''}`),
    blocks: withinBlockLimit(head, tail),
  };
}

/**
 * What the library says about a topic: a head, then one group per article (its linked title, its
 * sentences, who wrote it and when), the most relevant article first.
 */
function renderLibrarySummary(summary: LibrarySummary, untranslated?: string): SlackMessage {
  if (summary.kind !== 'found')
    return note(librarySummaryProblem(slackStyle(), summary), librarySummaryProblem(PLAIN, summary));
  const head = en.librarySummaryTitle(slackStyle(), summary);
  const groups = summary.excerpts.flatMap(({ article, sentences }) => [
    ...sectionsOfLines([
      `*${mrkdwnLink(article.url, article.title)}*`,
      ...sentences.map(
        (sentence) =>
          `• ${mrkdwnWithin(withBalancedMarks(shownWithNames(sentence)), SLACK_LIMITS.sectionText - 2)}`,
      ),
    ]),
    context(`— ${escapeMrkdwn(byline(article))}, ${escapeMrkdwn(article.date)}`),
  ]);
  const first = summary.excerpts[0];
  return {
    text: fallback(`${en.librarySummaryTitle(PLAIN, summary)}: ${first?.sentences[0]?.text ?? ''}`),
    blocks: withinBlockLimit(
      [section(`*${head}*`), ...groups],
      untranslated === undefined ? [] : [context(en.untranslated(slackStyle(), untranslated, true))],
    ),
  };
}

/** `/help quote`: the command, its sub-commands and options, and examples, with the workspace's names. */
function renderCommandHelp(command: CommandDefinition, names: SlackCommandNames): SlackMessage {
  const named = (text: string): string => slackUsage({ name: command.name, usage: text }, names);
  const lines = commandDetails(command).flatMap((detail) => [
    `${mrkdwnCode(named(detail.usage))}  ${escapeMrkdwn(detail.description)}`,
    ...detail.options.map((option) => `• ${mrkdwnCode(option.label)}  ${escapeMrkdwn(option.description)}`),
  ]);
  const examples = (command.examples ?? []).map((example) => mrkdwnCode(named(example)));
  return {
    text: fallback(named(command.usage)),
    blocks: withinBlockLimit(
      sectionsOfLines([...lines, ...(examples.length > 0 ? ['', `*${en.examples}*`, ...examples] : [])]),
      [],
    ),
  };
}

function renderHelp(reply: Extract<BotReply, { kind: 'help' }>, names: SlackCommandNames): SlackMessage {
  if (reply.brief || reply.unknown || reply.setUp || reply.addArticles) {
    const line = (style: WordingStyle): string =>
      reply.setUp ? en.dailySetUp(style, DAILY_MANAGERS.slack) : en.helpLine(style, reply);
    return note(line(slackStyle(names)), line(plainStyle(names)));
  }
  if (reply.detail) return renderCommandHelp(reply.commands[0]!, names);
  const lines = reply.commands.map(
    (command) => `${mrkdwnCode(slackUsage(command, names))}  ${escapeMrkdwn(command.description)}`,
  );
  return {
    text: fallback('What quotebot can do'),
    blocks: withinBlockLimit(sectionsOfLines(['*Commands*', ...lines]), [
      context(en.helpMention(reply.example)),
    ]),
  };
}

/** An article as `/articles` lists it: its linked title, author, publication, date and slug. */
function articleLine(a: Attribution): string {
  return `• ${mrkdwnLink(a.url, a.title)} — ${escapeMrkdwn(byline(a))}, ${escapeMrkdwn(a.date)}  ${mrkdwnCode(a.slug)}`;
}

/**
 * Words a bot reply for Slack, as Block Kit within Slack's limits. All text from articles and users is
 * escaped (see `mrkdwn.ts`); the words come from the shared wording.
 */
export function renderReply(reply: BotReply, names: SlackCommandNames, visibility: Visibility): SlackMessage {
  switch (reply.kind) {
    case 'quote':
      return renderQuote(reply, visibility);
    case 'no-match':
    case 'invalid-query':
    case 'unknown-article':
    case 'unknown-author': {
      return note(problemWords(slackStyle(names), reply), problemWords(plainStyle(names), reply));
    }
    case 'source':
    case 'no-follow-up':
      return note(followUpWords(slackStyle(names), reply), followUpWords(plainStyle(names), reply));
    case 'articles': {
      if (reply.fact !== undefined) {
        const head = en.libraryFact(
          slackStyle(names),
          reply.fact,
          reply.total,
          en.soleAuthor(reply.articles),
          reply.noun,
        );
        const plain = en.libraryFact(
          PLAIN,
          reply.fact,
          reply.total,
          en.soleAuthor(reply.articles),
          reply.noun,
        );
        return {
          text: fallback([plain, ...reply.articles.map((article) => article.title)].join(' ')),
          blocks: sectionsOfLines([head, ...reply.articles.map(articleLine)]),
        };
      }
      const title = en.articlesTitle(PLAIN, reply);
      const head = `*${escapeMrkdwn(title)}* (${en.articlesPage(reply.page, reply.pageCount, reply.total)})`;
      const missing =
        reply.missingPage === undefined ? [] : [en.noSuchPage(reply.missingPage, reply.pageCount)];
      return {
        text: fallback([...missing, `${title} (page ${reply.page} of ${reply.pageCount})`].join(' ')),
        blocks: withinBlockLimit(
          sectionsOfLines([...missing, head, ...reply.articles.map(articleLine)]),
          [en.nextArticlesPage(slackStyle(names), reply)]
            .filter((line) => line !== undefined)
            .map((line) => context(line)),
        ),
      };
    }
    case 'author': {
      const head = [
        `*${escapeMrkdwn(reply.author)}*`,
        ...(reply.bio ? [escapeMrkdwn(reply.bio)] : []),
        `*${en.authorArticles(reply.total)}*`,
      ];
      return {
        text: fallback(`${reply.author}${reply.bio ? `: ${reply.bio}` : ''}`),
        blocks: withinBlockLimit(sectionsOfLines([...head, ...reply.articles.map(articleLine)]), []),
      };
    }
    case 'summary':
      return renderSummary(reply, names);
    case 'library-summary':
      return renderLibrarySummary(reply.summary, reply.untranslated);
    case 'help':
      return renderHelp(reply, names);
  }
}

/** Any answer of the command path, for Slack: the one switch over what the core replied. */
export function renderCommandReply(
  reply: CommandReply,
  names: SlackCommandNames,
  visibility: Visibility,
): SlackMessage {
  switch (reply.kind) {
    case 'bot':
      return renderReply(reply.reply, names, visibility);
    case 'reload':
      return renderReload(reply.reply);
    case 'daily':
      return renderDaily(
        reply.reply,
        names.slashOf.get('daily') ?? '/daily',
        names.slashOf.get('articles') ?? '/articles',
      );
    case 'daily-unavailable':
      return note(en.dailyUnavailable, en.dailyUnavailable);
    case 'cooldown':
      return note(
        en.slowDown(slackStyle(names), reply.command, reply.retryAfterSeconds),
        en.slowDown(plainStyle(names), reply.command, reply.retryAfterSeconds),
      );
    case 'usage': {
      const { error } = reply;
      const rename = (usage: string): string => slackUsage({ name: error.command, usage }, names);
      const shown = { ...error, ...(error.choices ? { choices: error.choices.map(rename) } : {}) };
      const words = (style: WordingStyle): string => en.usageError(style, shown, rename(error.usage ?? ''));
      return note(words(slackStyle(names)), words(plainStyle(names)).split('\n')[0]!);
    }
  }
}

/** The answer when something broke on our side; the details go to the log, not to the user. */
export function renderFailure(): SlackMessage {
  return note(en.failure, 'Sorry, something went wrong.');
}

/** The answer to a button whose value this version cannot read. */
export function renderStaleButton(): SlackMessage {
  return note(en.staleButton, 'This button no longer works.');
}
