import { parseArgs } from 'node:util';
import { ConfigError } from '../../runtime/config.js';
import { loadEnvironment } from '../../runtime/environment.js';
import { packageVersion } from '../../runtime/paths.js';
import { SnapshotCorruptError } from '../../runtime/snapshot/snapshot-text.js';
import { StartupError } from '../../runtime/startup-error.js';
import type { ExampleValues } from '../../src/bot/help-examples.js';
import type { Library } from '../../src/index.js';
import { terminalStyleFor } from '../terminal/terminal-style.js';
import { CliFailure, failureJson, type CommandAnswer, type Failure } from './json-shapes.js';
import { snapshotDetail } from './snapshot-detail.js';
import {
  asksForJson,
  commandHelp,
  examplesNameLibrary,
  missingValue,
  optionSuggestion,
  unknownCommand,
  USAGE,
  UsageError,
} from './usage.js';

/** Commands that start nothing that outlives their answer (no store, no worker, no file written). */
const READ_ONLY_COMMANDS: ReadonlySet<string> = new Set(['quote', 'articles', 'summary', 'check']);

/**
 * A command's help, its examples made to work on the library at hand (as the chat's `/help quote`) when they
 * name words, an article or an author: that help loads the library, as the command would, and the plain
 * `help` loads nothing. A library that cannot load (no content, a bad setting) leaves the bundled examples.
 */
async function helpWithExamples(name: string): Promise<string | undefined> {
  return commandHelp(name, await libraryExamples(name));
}

/** The values of a command's examples on the library at hand, when they name some (see `helpWithExamples`). */
async function libraryExamples(name: string): Promise<ExampleValues | undefined> {
  if (!examplesNameLibrary(name)) return undefined;
  try {
    const { contentDir, snapshotDir } = loadEnvironment('command');
    const { loadLibraryLazily } = await import('../../runtime/library-load.js');
    const { exampleValues } = await import('../../src/bot/help-examples.js');
    const { library } = await loadLibraryLazily(contentDir, {
      dataDir: snapshotDir,
      lazyLists: true,
      log: () => undefined,
    });
    return exampleValues(library, (input) => library.articleNamed(input));
  } catch (error) {
    if (
      error instanceof StartupError ||
      error instanceof ConfigError ||
      error instanceof SnapshotCorruptError
    )
      return undefined;
    throw error;
  }
}

/** Lines for the user beside a command's answer, written on stderr after it (stdout stays the answer). */
const notes: string[] = [];

async function run(argv: string[]): Promise<{ out: string; code: number }> {
  const [command, ...args] = argv;
  if (command === '--version' || command === '-v') return { out: packageVersion(), code: 0 };
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    // `help --help` asks for the help too, not of a command named "--help".
    const topic = args[0] === '--help' || args[0] === '-h' ? undefined : args[0];
    const about = topic === undefined ? undefined : await helpWithExamples(topic);
    if (topic !== undefined && about === undefined) throw new UsageError(unknownCommand(topic));
    return { out: about ?? USAGE, code: command === undefined ? 2 : 0 };
  }
  if (args.includes('--help') || args.includes('-h')) {
    const about = await helpWithExamples(command);
    if (about !== undefined) return { out: about, code: 0 };
  }
  const environment = loadEnvironment('command');
  // Each command loads only the modules it uses: a quote's cold start is mostly loading code.
  if (command === 'check') {
    // It takes no option (no --json either): an unknown one is a usage error, as for every other command.
    parseArgs({ args, options: {} });
    const { loadContentDir } = await import('../../runtime/content-dir.js');
    const loaded = loadContentDir(environment.contentDir);
    const { articles } = loaded;
    // A note (a subfolder not read) is said, but fails nothing.
    const problems = loaded.problems.filter((problem) => problem.note === undefined);
    const lines = loaded.problems.map((problem) => `${problem.note ? 'note:' : '✗'} ${problem.message}`);
    // Two files of one text are valid, yet one article twice: said, without failing the check (a wire
    // story kept in two publications may be meant).
    const { sameTextFiles } = await import('../../src/content/same-text.js');
    const bodies = articles.map((article) => ({ file: `${article.slug}.md`, body: article.body }));
    for (const { file, same } of sameTextFiles(bodies))
      lines.push(
        `⚠ ${same} and ${file} have the same text: one article twice, and answers may credit either; remove one`,
      );
    // An empty folder has no problem to name, yet fails: say why, and how to add an article.
    if (articles.length === 0 && problems.length === 0)
      lines.push(
        `✗ no articles in ${environment.contentDir}: \`quotebot import <file|URL>\` adds one (from a text, a Markdown file or a web page), or set CONTENT_DIR to the folder of your articles`,
      );
    lines.push(
      `${articles.length} article(s) valid, ${problems.length} problem(s) in ${environment.contentDir}`,
    );
    return { out: lines.join('\n'), code: problems.length > 0 || articles.length === 0 ? 1 : 0 };
  }
  // SQLite, the platform clients and the HTML extractor would cost a quote's cold start ~1 s.
  if (command === 'daily') return (await import('./daily-command.js')).dailyCommand(environment, args);
  const style = terminalStyleFor(process.stdout.isTTY, process.env);
  // The library snapshot (in DATA_DIR, or the content folder's own; see snapshotDirOf) is reused while the
  // content is unchanged.
  const library = async (): Promise<Library> => {
    // The YAML parser is loaded only when a content file changed (`loadLibraryLazily`).
    const { loadLibraryLazily } = await import('../../runtime/library-load.js');
    // One query per process: the index's posting and token lists are read only where the query looks.
    const loaded = await loadLibraryLazily(environment.contentDir, {
      dataDir: environment.snapshotDir,
      lazyLists: true,
      detail: snapshotDetail(environment.config.LOG_LEVEL),
    });
    // A file left out is said, as the bot says it at start-up: its answers come from the other articles. A
    // subfolder is a note, as `check` calls it: not read, and no mistake.
    for (const problem of loaded.problems)
      process.stderr.write(`quotebot: ${problem.note ? 'note:' : 'skipped'} ${problem.message}\n`);
    return loaded.library;
  };
  const commands: Record<string, (args: string[]) => Promise<string | CommandAnswer>> = {
    quote: async (rest) => (await import('./quote-command.js')).quoteCommand(await library(), rest, style),
    articles: async (rest) => (await import('./articles-command.js')).articlesCommand(await library(), rest),
    summary: async (rest) =>
      (await import('./summary-command.js')).summaryCommand(await library(), rest, style, (line) =>
        notes.push(line),
      ),
    card: async (rest) => (await import('./card-command.js')).cardCommand(await library(), rest, style),
    import: async (rest) =>
      (await import('./import-command.js')).importCommand(environment.contentDir, rest, (line) =>
        process.stderr.write(`${line}\n`),
      ),
  };
  const handler = commands[command];
  if (!handler) throw new UsageError(unknownCommand(command));
  const answered = async (): Promise<CommandAnswer> => {
    const answer = await handler(args);
    return typeof answer === 'string' ? { out: answer, code: 0 } : answer;
  };
  try {
    return await answered();
  } catch (error) {
    // A damaged snapshot is found when its text is read; it was removed (and said so): this load rebuilds it.
    if (!(error instanceof SnapshotCorruptError)) throw error;
    return await answered();
  }
}

/**
 * The parser's "Option '-t, --topic <value>' argument missing" (or "…is ambiguous", a value left out before
 * another option) said as what to give, and its "Option '--json' does not take an argument" plainly.
 */
function badOptionValue(command: string | undefined, message: string, values?: ExampleValues): string {
  const flag = /--[\w-]+/.exec(message)?.[0];
  if (flag === undefined) return message;
  if (/does not take an argument/.test(message)) return `${flag} takes no value`;
  return missingValue(command, flag, values);
}

/** What made the command fail, as `--json` names it (see `failureJson`). */
function failureOf(error: unknown, usage: boolean): Failure {
  if (error instanceof CliFailure) return error.failure;
  if (usage) return { kind: 'usage' };
  return { kind: error instanceof ConfigError ? 'invalid-config' : 'error' };
}

try {
  const { out, code } = await run(process.argv.slice(2));
  const stream = code === 2 ? process.stderr : process.stdout;
  process.exitCode = code;
  // A command that only reads leaves nothing to finish once its answer is written. Exiting then skips
  // V8's heap teardown, which unmaps every page the library used: about a tenth of a cold query.
  const done = READ_ONLY_COMMANDS.has(process.argv[2] ?? '') ? () => process.exit(code) : () => undefined;
  // The notes come after the answer, which they speak of ("That is the newest article…").
  stream.write(`${out}\n`, () =>
    notes.length > 0 ? process.stderr.write(`${notes.join('\n')}\n`, done) : done(),
  );
} catch (error) {
  const code = (error as { code?: string }).code;
  const usage = error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS') === true;
  const command = process.argv[2];
  const unknown =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']+)'/.exec((error as Error).message) : null;
  const hint = unknown ? optionSuggestion(command, unknown[1]!) : '';
  // The examples of `quotebot help <command>`, on the library at hand: an example after a mistake should
  // work.
  const values = usage && command !== undefined ? await libraryExamples(command) : undefined;
  const help = (usage && command !== undefined && commandHelp(command, values)) || USAGE;
  const message = unknown
    ? `unknown option ${unknown[1]!}${hint}`
    : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
      ? badOptionValue(command, (error as Error).message, values)
      : (error as Error).message;
  process.stderr.write(`quotebot: ${message}\n${usage ? `\n${help}\n` : ''}`);
  // A script that asked for JSON reads it on stdout whatever happened; the person, the line above.
  if (asksForJson(command, process.argv.slice(3)))
    process.stdout.write(`${JSON.stringify(failureJson(failureOf(error, usage), message), null, 2)}\n`);
  process.exitCode = usage ? 2 : 1;
}
