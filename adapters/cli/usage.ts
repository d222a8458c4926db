import type { ExampleValues } from '../../src/bot/help-examples.js';
import { closestName } from '../../src/commands/command-text.js';
import { CliFailure, type Failure } from './json-shapes.js';

/**
 * What `quote`, `summary` and `card` say of an `--article` the library lacks, or that names `several` (then
 * `suggestions` are those articles), as a usage error.
 */
export function noArticle(article: string, suggestions: readonly string[], several?: boolean): string {
  if (several)
    return `${suggestions.length} articles match "${article}": ${suggestions.join(', ')}; name one by its slug`;
  const meant = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
  return `no article "${article}"${meant}; \`quotebot articles\` lists them`;
}

/**
 * A mistake in how the CLI was called: printed on stderr with the usage, exit code 2. Its kind for `--json`
 * is `usage`, or names what the library lacks (`unknown-article`, `unknown-author`).
 */
export class UsageError extends CliFailure {
  override readonly name = 'UsageError';

  constructor(message: string, failure: Failure = { kind: 'usage' }) {
    super(message, failure);
  }
}

/** `noArticle` as the usage error `quote`, `summary`, `card` and `daily` give, its look-alikes for `--json`. */
export function noArticleError(
  article: string,
  suggestions: readonly string[],
  several?: boolean,
): UsageError {
  return new UsageError(noArticle(article, suggestions, several), { kind: 'unknown-article', suggestions });
}

/**
 * Whether `args` ask for `--json` (before a `--`, after which all are words) of a command that takes it, or of
 * a command the CLI lacks (`qoute tides --json`): a script that asked reads its usage error as JSON. A known
 * command without the option (`check --json`) has it as an unknown option, said in text.
 */
export function asksForJson(command: string | undefined, args: readonly string[]): boolean {
  const known =
    command !== undefined && Object.hasOwn(CLI_COMMANDS, command) ? CLI_COMMANDS[command] : undefined;
  const end = args.indexOf('--');
  const asked = (end === -1 ? args : args.slice(0, end)).includes('--json');
  if (known === undefined) return asked && command !== undefined && !NOT_COMMANDS.has(command);
  return asked && known.options.some((option) => option.flag === '--json');
}

/** What the CLI takes in a command's place that is no command of `CLI_COMMANDS` and prints no JSON. */
const NOT_COMMANDS: ReadonlySet<string> = new Set(['help', '--help', '-h', '--version', '-v']);

interface CliOption {
  readonly flag: string;
  readonly value?: string;
  readonly description: string;
}

interface CliCommand {
  readonly usage: string;
  readonly about: string;
  readonly options: readonly CliOption[];
  readonly examples: readonly string[];
}

const json: CliOption = { flag: '--json', description: 'machine-readable output (shapes in the README)' };
const article: CliOption = {
  flag: '--article',
  value: 'SLUG',
  description: 'only this article (-a; its slug, words of its title, or its author)',
};
const author: CliOption = {
  flag: '--author',
  value: 'NAME',
  description: "only this author's articles (words of the name)",
};

/** Every CLI command with all its options and examples: `quotebot help <command>` prints one. */
export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  quote: {
    usage: 'quotebot quote [words] [--limit N] [--article SLUG] [--author NAME] [--json]',
    about: 'the passages that best match; no words: a random quote',
    options: [
      { flag: '--limit', value: 'N', description: 'how many passages, 1–100 (-n; default 5)' },
      article,
      author,
      json,
    ],
    examples: [
      'quotebot quote election',
      'quotebot quote red line --limit 3 --article north-korea',
      'quotebot quote --author ballbach',
    ],
  },
  summary: {
    usage:
      'quotebot summary [--length short|medium|long] [--sentences N] [--topic WORDS] [--author NAME] [--article SLUG] [--json]',
    about: 'the article in its own words; a topic without --article: across the library',
    options: [
      { flag: '--length', value: 'short|medium|long', description: 'how long (-l; default medium)' },
      { flag: '--sentences', value: 'N', description: 'exactly N sentences, 1–50 (instead of --length)' },
      {
        flag: '--topic',
        value: 'WORDS',
        description: 'only what it says about this (-t; or words after summary)',
      },
      {
        flag: '--author',
        value: 'NAME',
        description: "only this author's articles: the newest, or with a topic all of them",
      },
      article,
      json,
    ],
    examples: [
      'quotebot summary --length short',
      'quotebot summary sanctions',
      'quotebot summary --author ballbach',
    ],
  },
  card: {
    usage:
      'quotebot card [words | ID] [--article SLUG] [--author NAME] [--out card.png] [--theme light|dark] [--json]',
    about:
      'the best match as a 1200×630 PNG quote card; no words: a random quote; an ID (slug#12, as quote --json gives it): that quote',
    options: [
      article,
      author,
      { flag: '--out', value: 'FILE', description: 'where to write the PNG (-o; default card.png)' },
      { flag: '--theme', value: 'light|dark', description: 'the colours (default light)' },
      json,
    ],
    examples: [
      'quotebot card election',
      'quotebot card sanctions --theme dark --out quote.png',
      'quotebot card --author ballbach',
      'quotebot card donald-trumps-own-version-of-muddling-through-on-north-korea#14',
    ],
  },
  articles: {
    usage: 'quotebot articles [--about WORDS] [--json]',
    about: 'the articles in the library',
    options: [
      {
        flag: '--about',
        value: 'WORDS',
        description: 'only those with a passage `quote` finds for the words',
      },
      json,
    ],
    examples: ['quotebot articles', 'quotebot articles --about sanctions'],
  },
  check: {
    usage: 'quotebot check',
    about: 'validate the content folder',
    options: [],
    examples: ['quotebot check'],
  },
  daily: {
    usage: 'quotebot daily run|list|set|stop|status [options]',
    about: 'the daily quote schedules',
    options: [
      { flag: '--at', value: 'ISO-8601', description: 'run: the time to act as now' },
      { flag: '--dry-run', description: 'run: say what would be posted, post nothing' },
      {
        flag: '--force',
        description:
          'run: post to Discord or Slack even with --at a later time (that day then posts nothing more)',
      },
      {
        flag: '--platform',
        value: 'discord|slack|console',
        description: 'set/stop/status: the platform (console: daily run prints the post, to try a schedule)',
      },
      { flag: '--channel', value: 'ID', description: 'set/stop/status: the channel id' },
      { flag: '--workspace', value: 'ID', description: 'set: the Discord guild or Slack team id' },
      { flag: '--time', value: 'HH:MM', description: 'set: local time, 24 h (or 9am, 9:30 pm)' },
      { flag: '--timezone', value: 'TZ', description: 'set: an IANA zone or a city' },
      { flag: '--days', value: 'DAYS', description: 'set: mon,wed,fri or mon-fri (default every day)' },
      {
        flag: '--article',
        value: 'SLUG',
        description: 'set: only quote this article (its slug or words of its title)',
      },
      { flag: '--card', description: 'set: post each quote as a quote card' },
      json,
    ],
    examples: [
      'quotebot daily run --dry-run',
      'quotebot daily set --platform slack --channel C0123 --time 09:00 --timezone Europe/Berlin --days mon-fri',
    ],
  },
  import: {
    usage: 'quotebot import <file|folder|URL>… [options]',
    about: 'add articles to the content folder (several files, or a folder of them, at once)',
    options: [
      {
        flag: '--slug',
        value: 'SLUG',
        description: 'the file name (default: from the title); one file only',
      },
      { flag: '--dry-run', description: 'show what would be written' },
      { flag: '--force', description: 'replace an article with the same slug' },
      {
        flag: '--format',
        value: 'text|markdown|html',
        description: 'how to read the input (default: guessed)',
      },
      {
        flag: '--title',
        value: 'TITLE',
        description: 'the title, when the input has none; one file only',
      },
      { flag: '--author', value: 'NAME', description: 'the author; one file only' },
      { flag: '--publication', value: 'PUBLICATION', description: 'the publication (of every file given)' },
      {
        flag: '--date',
        value: 'DATE',
        description: 'the date: YYYY-MM-DD, YYYY/MM/DD or 4 March 2021; one file only',
      },
      { flag: '--url', value: 'URL', description: 'the original URL; one file only' },
      { flag: '--timeout', value: 'SECONDS', description: 'for a URL: how long to wait' },
      json,
    ],
    examples: [
      'quotebot import article.md',
      'quotebot import https://example.com/story --dry-run',
      'quotebot import texts/ --publication "Town Crier"',
    ],
  },
};

/** Commands whose words after the name are words to look for (a summary's: its topic). */
const WORDS_AFTER: ReadonlySet<string> = new Set(['quote', 'summary', 'card']);
/** A quote's id as `quote --json` gives it, `slug#12`. */
const QUOTE_ID = /^[^\s#]+#\d+$/u;
/** Options whose value in an example is the library's: an article, an author, words to look for. */
const LIBRARY_VALUES: Readonly<Record<string, keyof ExampleValues>> = {
  '--article': 'article',
  '--author': 'author',
  '--about': 'words',
  '--topic': 'words',
};

/** Whether a command's examples name what a library has (words, an article, an author): see `commandHelp`. */
export function examplesNameLibrary(name: string): boolean {
  const command = Object.hasOwn(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined;
  return (
    command !== undefined &&
    (WORDS_AFTER.has(name) ||
      command.examples.some((example) =>
        example.split(' ').some((part) => Object.hasOwn(LIBRARY_VALUES, part)),
      ))
  );
}

/** An example with its words, article and author the library's (`quotebot quote --author ballbach`). */
function withValues(name: string, command: CliCommand, example: string, values: ExampleValues): string {
  const [bin = '', verb = '', ...parts] = example.split(' ');
  const takesValue = new Set(command.options.filter((option) => option.value).map((option) => option.flag));
  const free: string[] = [];
  while (parts[0] !== undefined && !parts[0].startsWith('-')) free.push(parts.shift()!);
  // Words are looked for in the example's article, when it names one: the article's value comes first.
  const named = parts.indexOf('--article');
  const article = named < 0 ? undefined : values.article(parts[named + 1] ?? '');
  const out = [bin, verb];
  // A quote's id (`card slug#12`) is one of the library's, not words to look for.
  if (free.length === 1 && QUOTE_ID.test(free[0]!)) out.push(values.id(free[0]!));
  else if (free.length > 0)
    out.push(WORDS_AFTER.has(name) ? values.words(free.join(' '), article) : free.join(' '));
  for (let at = 0; at < parts.length; at++) {
    const part = parts[at]!;
    const value = takesValue.has(part) ? parts[++at] : undefined;
    if (value === undefined) {
      out.push(part);
      continue;
    }
    const kind = Object.hasOwn(LIBRARY_VALUES, part) ? LIBRARY_VALUES[part] : undefined;
    out.push(
      part,
      kind === undefined ? value : kind === 'words' ? values.words(value, article) : values[kind](value),
    );
  }
  return out.join(' ');
}

/** A command's examples, on the library at hand when `values` are given (see `commandHelp`). */
function examplesOf(name: string, command: CliCommand, values: ExampleValues | undefined): readonly string[] {
  return values === undefined
    ? command.examples
    : command.examples.map((example) => withValues(name, command, example, values));
}

/**
 * `quotebot help <command>`: its usage, every option and examples. With `values` (the library at hand's, see
 * `exampleValues`), an example's words, article or author the library lacks become ones it has.
 */
export function commandHelp(name: string, values?: ExampleValues): string | undefined {
  const command = Object.hasOwn(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined;
  if (!command) return undefined;
  const examples = examplesOf(name, command, values);
  const flag = (option: CliOption): string => `${option.flag}${option.value ? ` ${option.value}` : ''}`;
  const width = Math.max(0, ...command.options.map((option) => flag(option).length)) + 2;
  return [
    `Usage: ${command.usage}`,
    `  ${command.about}`,
    ...(command.options.length > 0 ? ['', 'Options:'] : []),
    ...command.options.map((option) => `  ${flag(option).padEnd(width)}${option.description}`),
    '',
    'Examples:',
    ...examples.map((example) => `  ${example}`),
  ].join('\n');
}

/** "Did you mean --article?" for an unknown option of a command, when one is close. */
export function optionSuggestion(command: string | undefined, typed: string): string {
  const options = command === undefined ? undefined : CLI_COMMANDS[command]?.options;
  const names = (options ?? []).map((option) => option.flag.slice(2));
  const closest = closestName(typed.replace(/^-+/, ''), names);
  return closest === undefined ? '' : ` (did you mean --${closest}?)`;
}

/**
 * What each kind of option value is, and one to show, for an option given none: the kinds are the values'
 * names in `CLI_COMMANDS` (a list of choices, `light|dark`, is said as its choices).
 */
const VALUE_KINDS: Readonly<Record<string, { readonly noun: string; readonly example: string }>> = {
  N: { noun: 'a number', example: '3' },
  WORDS: { noun: 'words', example: 'sanctions' },
  SLUG: { noun: 'a slug', example: 'north-korea' },
  NAME: { noun: 'a name', example: '"Ana Silva"' },
  PUBLICATION: { noun: 'a publication', example: '"Town Crier"' },
  FILE: { noun: 'a file name', example: 'card.png' },
  TITLE: { noun: 'a title', example: '"The Tides"' },
  DATE: { noun: 'a date', example: '2024-05-01' },
  URL: { noun: 'an address', example: 'https://example.com/story' },
  SECONDS: { noun: 'a number of seconds', example: '30' },
  'ISO-8601': { noun: 'a date and time', example: '2025-01-06T09:00:00Z' },
  ID: { noun: 'an id', example: 'C0123' },
  'HH:MM': { noun: 'a time', example: '09:00' },
  TZ: { noun: 'a time zone', example: 'Europe/Berlin' },
  DAYS: { noun: 'days', example: 'mon-fri' },
};

/** The value examples give an option (`--limit 3`), if one does. */
function exampleValue(examples: readonly string[], flag: string): string | undefined {
  for (const example of examples) {
    const at = ` ${example} `.indexOf(` ${flag} `);
    if (at < 0) continue;
    // A value of several words is written in quotes: `--publication "Town Crier"`.
    const value = /^(?:"[^"]*"|\S+)/.exec(example.slice(at + flag.length + 1))?.[0];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * What the CLI says of an option given no value (`--topic` last, or before another option): what to give,
 * with an example, "--topic needs words, e.g. --topic sanctions", for every option of every command. With
 * `values` the example is the library at hand's, as its help's examples are (`--about needs words, e.g.
 * --about sanctions` named a word of the bundled article).
 */
export function missingValue(name: string | undefined, flag: string, values?: ExampleValues): string {
  const command = name !== undefined && Object.hasOwn(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined;
  const kind = command?.options.find((option) => option.flag === flag)?.value;
  if (command === undefined || kind === undefined) return `${flag} needs a value`;
  const choices = kind.includes('|') ? kind.split('|') : undefined;
  const known = Object.hasOwn(VALUE_KINDS, kind) ? VALUE_KINDS[kind] : undefined;
  const noun = choices ? `one of ${choices.join(', ')}` : (known?.noun ?? 'a value');
  // With no example of the option, its kind's, made the library's when it names what a library has.
  const library = Object.hasOwn(LIBRARY_VALUES, flag) ? LIBRARY_VALUES[flag] : undefined;
  const ofKind =
    known !== undefined && values !== undefined && library !== undefined
      ? values[library](known.example)
      : known?.example;
  const example = exampleValue(examplesOf(name ?? '', command, values), flag) ?? choices?.[0] ?? ofKind;
  return `${flag} needs ${noun}${example === undefined ? '' : `, e.g. ${flag} ${example}`}`;
}

/** What the CLI says of a command it lacks, with the one meant when one is close ("qoute": quote). */
export function unknownCommand(typed: string): string {
  const closest = closestName(typed, [...Object.keys(CLI_COMMANDS), 'help']);
  return `unknown command "${typed}"${closest === undefined ? '' : ` (did you mean ${closest}?)`}`;
}

export const USAGE = `Usage:
${Object.values(CLI_COMMANDS)
  .map((command) => `  ${command.usage}\n      ${command.about}`)
  .join('\n')}
  quotebot help [command]
      this text, or every option of a command with examples
  quotebot --version
      the version of quotebot (-v)

Environment: CONTENT_DIR (default: the package's content/ folder), DATA_DIR (default: the package's data/ folder),
DATABASE_URL (the bot's PostgreSQL: without it the daily commands keep schedules in a SQLite file in DATA_DIR and
do not see the bot's), DAILY_CATCHUP_HOURS; daily run posts to Discord with DISCORD_TOKEN and to Slack with
SLACK_BOT_TOKEN, set as for the bot. Read from .env too; see .env.example.`;
