import { loadContentDir } from '../../runtime/content-dir.js';
import { loadEnvironment } from '../../runtime/environment.js';
import { loadLibrary } from '../../runtime/library-loader.js';
import type { Library } from '../../src/index.js';
import { articlesCommand } from './articles-command.js';
import { quoteCommand } from './quote-command.js';
import { summaryCommand } from './summary-command.js';
import { terminalStyleFor } from '../terminal/render.js';
import { commandHelp, optionSuggestion, USAGE, UsageError } from './usage.js';

async function run(argv: string[]): Promise<{ out: string; code: number }> {
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const about = args[0] === undefined ? undefined : commandHelp(args[0]);
    if (args[0] !== undefined && about === undefined) throw new UsageError(`unknown command "${args[0]}"`);
    return { out: about ?? USAGE, code: command === undefined ? 2 : 0 };
  }
  if (args.includes('--help') || args.includes('-h')) {
    const about = commandHelp(command);
    if (about !== undefined) return { out: about, code: 0 };
  }
  const environment = loadEnvironment();
  if (command === 'check') {
    const { articles, problems } = loadContentDir(environment.contentDir);
    const lines = problems.map((problem) => `✗ ${problem.message}`);
    lines.push(
      `${articles.length} article(s) valid, ${problems.length} problem(s) in ${environment.contentDir}`,
    );
    return { out: lines.join('\n'), code: problems.length > 0 || articles.length === 0 ? 1 : 0 };
  }
  // Loaded on demand: SQLite, the platform clients and the HTML extractor cost a quote's cold start ~1 s.
  if (command === 'daily') return (await import('./daily-command.js')).dailyCommand(environment, args);
  const style = terminalStyleFor(process.stdout.isTTY, process.env);
  // The search index saved in DATA_DIR is reused while the content is unchanged.
  const library = (): Library =>
    loadLibrary(environment.contentDir, { dataDir: environment.dataDir }).library;
  const commands: Record<string, (args: string[]) => string | Promise<string>> = {
    quote: (rest) => quoteCommand(library(), rest, style),
    articles: (rest) => articlesCommand(library(), rest),
    summary: (rest) => summaryCommand(library(), rest, style),
    card: async (rest) => (await import('./card-command.js')).cardCommand(library(), rest),
    import: async (rest) =>
      (await import('./import-command.js')).importCommand(environment.contentDir, rest, (line) =>
        process.stderr.write(`${line}\n`),
      ),
  };
  const handler = commands[command];
  if (!handler) throw new UsageError(`unknown command "${command}"`);
  return { out: await handler(args), code: 0 };
}

try {
  const { out, code } = await run(process.argv.slice(2));
  (code === 2 ? process.stderr : process.stdout).write(`${out}\n`);
  process.exitCode = code;
} catch (error) {
  const code = (error as { code?: string }).code;
  const usage = error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS');
  const command = process.argv[2];
  const unknown =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']+)'/.exec((error as Error).message) : null;
  const hint = unknown ? optionSuggestion(command, unknown[1]!) : '';
  const help = (command !== undefined && commandHelp(command)) || USAGE;
  const message = unknown ? `unknown option ${unknown[1]!}${hint}` : (error as Error).message;
  process.stderr.write(`quotebot: ${message}\n${usage ? `\n${help}\n` : ''}`);
  process.exitCode = usage ? 2 : 1;
}
