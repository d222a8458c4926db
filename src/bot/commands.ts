/**
 * The bot's slash commands, defined once. The Discord builder, the Slack manifest and the console
 * adapter are all derived from this list.
 */
export interface CommandOption {
  readonly name: string;
  readonly description: string;
  /** `channel`: a channel picker on Discord, a `#channel` mention (or id) as text elsewhere. */
  readonly type: 'string' | 'boolean' | 'integer' | 'channel';
  readonly required?: boolean;
  /** Where suggestions come from while the user types. */
  readonly autocomplete?: 'query' | 'article' | 'timezone';
  readonly choices?: readonly { readonly name: string; readonly value: string }[];
  readonly maxLength?: number;
  readonly minValue?: number;
}

export interface CommandDefinition {
  readonly name: string;
  readonly description: string;
  /** How to call it, for help texts: `/quote <words> [article] [private]`. */
  readonly usage: string;
  readonly options: readonly CommandOption[];
  /** Sub-commands (`/daily set`), each with its own options; empty for plain commands. */
  readonly subcommands?: readonly CommandDefinition[];
}

const articleOption: CommandOption = {
  name: 'article',
  description: 'Only this article (its slug or title)',
  type: 'string',
  autocomplete: 'article',
};

export const quoteCommand = {
  name: 'quote',
  description: 'Quote the passage that best matches your words',
  usage: '/quote <words> [article:<slug>] [private:true]',
  options: [
    {
      name: 'query',
      description: 'Words to look for',
      type: 'string',
      required: true,
      autocomplete: 'query',
      maxLength: 500,
    },
    articleOption,
    { name: 'private', description: 'Only you see the answer', type: 'boolean' },
  ],
} as const satisfies CommandDefinition;

export const summaryCommand = {
  name: 'summary',
  description: 'Summarise an article in its own words',
  usage: '/summary [length:short|medium|long] [topic:<words>] [article:<slug>]',
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
    { name: 'topic', description: 'Only what the article says about this', type: 'string', maxLength: 200 },
    articleOption,
  ],
} as const satisfies CommandDefinition;

export const articlesCommand = {
  name: 'articles',
  description: 'List the articles the bot can quote',
  usage: '/articles [page:<n>] [reload]',
  options: [
    { name: 'page', description: 'Page number', type: 'integer', minValue: 1 },
    { name: 'reload', description: 'Re-read the content folder now (managers only)', type: 'boolean' },
  ],
} as const satisfies CommandDefinition;

export const helpCommand = {
  name: 'help',
  description: 'What the bot can do',
  usage: '/help',
  options: [],
} as const satisfies CommandDefinition;

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
        '/daily set time:09:00 timezone:Europe/Berlin [channel:#channel] [days:mon-fri] [article:<slug>]',
      options: [
        {
          name: 'time',
          description: 'Local time, HH:MM (24 h)',
          type: 'string',
          required: true,
          maxLength: 5,
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
} as const satisfies CommandDefinition;

/** Every command, in the order help lists them. Later issues append theirs here. */
export const COMMANDS: readonly CommandDefinition[] = [
  quoteCommand,
  summaryCommand,
  articlesCommand,
  dailyCommand,
  helpCommand,
];
