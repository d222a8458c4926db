import { loadContentDir } from '../../runtime/content-dir.js';
import { loadEnvironment } from '../../runtime/environment.js';
import { loadLibrary } from '../../runtime/library-loader.js';
import type { Library } from '../../src/index.js';
import { articlesCommand } from './articles-command.js';
import { quoteCommand } from './quote-command.js';
import { summaryCommand } from './summary-command.js';
import { USAGE, UsageError } from './usage.js';

async function run(argv: string[]): Promise<{ out: string; code: number }> {
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { out: USAGE, code: command === undefined ? 2 : 0 };
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
  const style = { color: process.stdout.isTTY === true && !process.env['NO_COLOR'] };
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
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`quotebot: ${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
  process.exitCode = usage ? 2 : 1;
}
