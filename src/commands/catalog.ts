import type { QuoteRequest } from '../bot/requests.js';
import { dailyRequestFromCommand } from '../daily/command-request.js';
import { isSummaryLength } from '../summary/options.js';
import { usageError } from './command-text.js';
import type { BotCommand, CommandRequest, ResolvedCommand } from './command.js';
import type { CommandOption, ContinuedValue, OptionValues } from './definition.js';
import { withoutCardWords } from '../bot/intent-words.js';

/*
 * The bot's slash commands, defined once: each is its definition (data) and `resolve`, which maps the
 * parsed options to a request. The Discord builder, the Slack manifest, console help and CLI usage are
 * all derived from this list.
 */

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 ? value : undefined;

const asked = (request: CommandRequest, values: OptionValues, forceMine = false): ResolvedCommand => ({
  kind: 'request',
  request,
  privately: forceMine || values['private'] === true,
});

/** Most sentences `/summary sentences:<n>` may ask for. */
export const SUMMARY_MAX_SENTENCES = 50;

const articleOption: CommandOption = {
  name: 'article',
  description: 'Only this article (its slug, title or author)',
  type: 'string',
  autocomplete: 'article',
};

const authorOption: CommandOption = {
  name: 'author',
  description: "Only this author's articles (a name or part of it)",
  type: 'string',
  maxLength: 100,
};

/**
 * `/quote bees as a card`: the words without those that ask for a card, and whether they did. The words typed
 * before an `article:` or `author:` value (see `ContinuedValue`) end the query when no others follow: they
 * are fewer by the card words then, and when those reach into the words after the value, the query stays as
 * typed.
 */
function cardIn(
  typed: string,
  continued: ContinuedValue | undefined,
): { query: string; card: boolean; continuedAs: ContinuedValue | undefined } {
  const query = withoutCardWords(typed);
  if (query === undefined) return { query: typed, card: false, continuedAs: continued };
  if (continued === undefined) return { query, card: true, continuedAs: undefined };
  const left = query.split(/\s+/).filter(Boolean).length - continued.next;
  if (left < 0) return { query: typed, card: false, continuedAs: continued };
  return { query, card: true, continuedAs: { ...continued, before: Math.min(continued.before, left) } };
}

export const quoteCommand = {
  name: 'quote',
  description: 'Quote the passage that best matches your words (no words: a random quote)',
  usage: '/quote [words] [author:<name>] [article:<slug>] [private:true] [card:true]',
  options: [
    {
      name: 'query',
      description: 'Words to look for (leave out for a random quote)',
      type: 'string',
      autocomplete: 'query',
      maxLength: 500,
    },
    authorOption,
    articleOption,
    { name: 'private', description: 'Only you see the answer', type: 'boolean' },
    { name: 'card', description: 'Answer with the quote as an image (a quote card)', type: 'boolean' },
  ],
  examples: [
    '/quote election',
    '/quote',
    '/quote author:ballbach',
    '/quote red line article:north-korea private:true',
    '/quote election card:true',
  ],
  resolve: ({ values, continued }) => {
    const { query, card, continuedAs } = cardIn(str(values['query']) ?? '', continued);
    const request: QuoteRequest = {
      kind: 'quote',
      query,
      article: str(values['article']),
      author: str(values['author']),
      ...(values['card'] === true || card ? { card: true } : {}),
      ...(continuedAs === undefined ? {} : { continued: continuedAs }),
    };
    return asked(request, values);
  },
} as const satisfies BotCommand;

export const summaryCommand = {
  name: 'summary',
  description: 'Summarise an article in its own words',
  usage:
    '/summary [length:short|medium|long] [sentences:<n>] [topic:<words>] [author:<name>] [article:<slug>]',
  options: [
    {
      name: 'length',
      description: 'How long a summary',
      type: 'string',
      choices: [
        { name: 'short (2–3 sentences)', value: 'short' },
        { name: 'medium (about 5 sentences)', value: 'medium' },
        { name: 'long (key point of each paragraph)', value: 'long' },
      ],
    },
    {
      name: 'sentences',
      description: 'Exactly this many sentences (instead of a length)',
      type: 'integer',
      minValue: 1,
      maxValue: SUMMARY_MAX_SENTENCES,
    },
    {
      name: 'topic',
      description: 'Only what is said about this (with no article: across the library)',
      type: 'string',
      maxLength: 200,
    },
    { ...authorOption, description: "Only this author's articles: the newest, or with a topic all of them" },
    articleOption,
  ],
  examples: [
    '/summary',
    '/summary short',
    '/summary sentences:3',
    '/summary topic:sanctions',
    '/summary author:ballbach',
    '/summary topic:sanctions article:north-korea',
  ],
  resolve: ({ values, continued }) => {
    const length = str(values['length']);
    return asked(
      {
        kind: 'summary',
        length: isSummaryLength(length) ? length : undefined,
        sentences: typeof values['sentences'] === 'number' ? values['sentences'] : undefined,
        topic: str(values['topic']),
        author: str(values['author']),
        article: str(values['article']),
        ...(continued === undefined ? {} : { continued }),
      },
      values,
    );
  },
} as const satisfies BotCommand;

export const articlesCommand = {
  name: 'articles',
  description: 'List the articles the bot can quote',
  usage: '/articles [page:<n>] [about:<words>] [reload]',
  options: [
    { name: 'page', description: 'Page number', type: 'integer', minValue: 1 },
    { name: 'reload', description: 'Re-read the content folder now (managers only)', type: 'boolean' },
    {
      name: 'about',
      description: 'Only the articles with a passage about these words',
      type: 'string',
      namedOnly: true,
    },
  ],
  examples: ['/articles', '/articles about:sanctions', '/articles page:2', '/articles reload'],
  resolve: ({ values }) =>
    values['reload'] === true
      ? asked({ kind: 'articles-reload' }, values, true)
      : asked(
          {
            kind: 'articles',
            page: typeof values['page'] === 'number' ? values['page'] : undefined,
            about: str(values['about']),
          },
          values,
        ),
} as const satisfies BotCommand;

export const helpCommand = {
  name: 'help',
  description: 'What the bot can do',
  usage: '/help [command]',
  options: [
    {
      name: 'command',
      description: 'One command in full: its options and examples',
      type: 'string',
      choices: ['quote', 'summary', 'articles', 'daily', 'help'].map((name) => ({ name, value: name })),
    },
  ],
  examples: ['/help', '/help quote'],
  resolve: ({ values }) => asked({ kind: 'help', command: str(values['command']) }, values, true),
} as const satisfies BotCommand;

const dailyChannelOption: CommandOption = {
  name: 'channel',
  description: 'The channel (default: this one)',
  type: 'channel',
};

export const dailyCommand = {
  name: 'daily',
  description: 'A quote from the articles every day',
  usage: '/daily set|stop|status|now',
  options: [],
  subcommands: [
    {
      name: 'set',
      description: 'Post a quote every day at a time (needs Manage Server / a Slack admin)',
      usage:
        '/daily set time:09:00 timezone:Europe/Berlin [channel:#channel] [days:mon-fri] [article:<slug>] [card:true]',
      options: [
        {
          name: 'time',
          description: 'Local time, HH:MM (24 h) or 9am',
          type: 'string',
          required: true,
          form: 'time',
          maxLength: 8,
        },
        {
          name: 'timezone',
          description: 'Timezone, e.g. Europe/Berlin or a city',
          type: 'string',
          required: true,
          autocomplete: 'timezone',
          maxLength: 64,
        },
        dailyChannelOption,
        {
          name: 'days',
          description: 'Days to post on: mon,wed,fri or mon-fri or weekdays (default: every day)',
          type: 'string',
          maxLength: 60,
        },
        { ...articleOption, description: 'Only quote this article (default: the whole library)' },
        { name: 'card', description: 'Post the quote as an image (a quote card)', type: 'boolean' },
      ],
    },
    {
      name: 'stop',
      description: 'Stop the daily quote',
      usage: '/daily stop [channel:#channel]',
      options: [dailyChannelOption],
    },
    {
      name: 'status',
      description: 'When the next daily quote comes, or why it is paused',
      usage: '/daily status [channel:#channel]',
      options: [dailyChannelOption],
    },
    {
      name: 'now',
      description: "Post today's quote now (it counts as today's)",
      usage: '/daily now [channel:#channel]',
      options: [dailyChannelOption],
    },
  ],
  examples: [
    '/daily set time:09:00 timezone:Europe/Berlin days:mon-fri',
    '/daily set time:08:30 timezone:UTC card:true',
    '/daily status',
  ],
  resolve({ subcommand, values, caller }) {
    const subcommands = this.subcommands ?? [];
    const sub = subcommands.find((candidate) => candidate.name === subcommand);
    if (!sub)
      return usageError(this, 'unknown-subcommand', {
        choices: subcommands.map((candidate) => candidate.usage),
      });
    // A surface with no channels runs no daily posts (the console says so before resolving `/daily`).
    if (caller.platform === 'terminal') return asked({ kind: 'help', unknown: '/daily' }, values, true);
    const request = dailyRequestFromCommand(sub.name, values, { ...caller, platform: caller.platform });
    if (!request) return usageError(sub, 'unknown-channel', { option: 'channel' });
    return asked(request, values, true);
  },
} as const satisfies BotCommand;

/** Every command, in the order help lists them. A new command is one more entry here. */
export const COMMANDS: readonly BotCommand[] = [
  quoteCommand,
  summaryCommand,
  articlesCommand,
  dailyCommand,
  helpCommand,
];

/** The command of this name, if the bot has it. */
export function commandNamed(
  name: string,
  commands: readonly BotCommand[] = COMMANDS,
): BotCommand | undefined {
  return commands.find((command) => command.name === name.toLowerCase());
}
