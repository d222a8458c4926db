import { parseArgs } from 'node:util';
import { INPUT_FORMATS, isSlug, type ImportProblem, type InputFormat } from '../../src/index.js';
import { importArticle, type ImportOptions } from '../../runtime/import/import-article.js';
import { importInputs } from '../../runtime/import/input-files.js';
import { describeImportProblem, describeImportWarning, importedLines, importJson } from './import-wording.js';
import { CliFailure, type CommandAnswer } from './json-shapes.js';
import { UsageError } from './usage.js';

/** A failed import: printed on stderr, exit code 1; with `--json` its kind is the problem's code (`not-found`). */
export class ImportFailure extends CliFailure {
  override readonly name = 'ImportFailure';

  constructor(problem: ImportProblem) {
    super(describeImportProblem(problem), { kind: problem.code });
  }
}

const OPTIONS = {
  slug: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  publication: { type: 'string' },
  date: { type: 'string' },
  url: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** The options of `quotebot import`, as read. */
export type ImportValues = ReturnType<typeof parseImportArgs>['values'];

const parseImportArgs = (args: string[]) => parseArgs({ args, allowPositionals: true, options: OPTIONS });

/** Options that say something of one article: with several files, each would get the same title or name. */
export const ONE_ARTICLE_OPTIONS = ['slug', 'title', 'author', 'date', 'url'] as const;

/**
 * `quotebot import <file|folder|URL>… [--slug S] [--dry-run] [--force] [--json] [--format text|markdown|html]
 * [--title T] [--author A] [--publication P] [--date D] [--url U] [--timeout SECONDS]`: one input as before;
 * several, or a folder, one after another (`importBatch`).
 */
export async function importCommand(
  contentDir: string,
  args: string[],
  warn: (line: string) => void,
): Promise<string | CommandAnswer> {
  const { values, positionals } = parseImportArgs(args);
  const [input] = positionals;
  if (input === undefined) throw new UsageError('import needs a file, a folder or an http(s) address');
  if (values.slug !== undefined && !isSlug(values.slug))
    throw new UsageError(
      `--slug "${values.slug}" must be lower-case words joined by hyphens, like my-article`,
    );
  const format = values.format as InputFormat | undefined;
  if (format !== undefined && !INPUT_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${INPUT_FORMATS.join(', ')}`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0 && timeout <= 600))
    throw new UsageError('--timeout must be a number of seconds between 0 and 600');
  const inputs = importInputs(positionals, contentDir);
  const several = inputs.length > 1 || inputs[0]?.kind !== 'file' || inputs[0].input !== input;
  if (several) {
    const given = ONE_ARTICLE_OPTIONS.filter((name) => values[name] !== undefined);
    if (given.length > 0)
      throw new UsageError(
        `${given.map((name) => `--${name}`).join(', ')} ${given.length > 1 ? 'name' : 'names'} one article, and ${positionals.length > 1 ? `${positionals.length} inputs were given` : `${input} is a folder`}: import such a file on its own to give ${given.length > 1 ? 'them' : 'it'} (--publication, --format, --force and --dry-run apply to every file)`,
      );
    const { importBatch } = await import('./import-batch.js');
    return importBatch(
      inputs,
      (one) => importArticle(one, importOptions(contentDir, values, timeout, true)),
      {
        json: values.json ?? false,
        warn,
      },
    );
  }
  const outcome = await importArticle(input, importOptions(contentDir, values, timeout, false));
  if (!outcome.ok) throw new ImportFailure(outcome.problem);
  const report = outcome.value;
  if (values.json) return JSON.stringify(importJson(report), null, 2);
  for (const warning of report.warnings) warn(`warning: ${describeImportWarning(warning)}`);
  if (!report.written) return report.markdown.trimEnd();
  return importedLines(report).join('\n');
}

/** What `importArticle` is given for each input. */
function importOptions(
  contentDir: string,
  values: ImportValues,
  timeout: number | undefined,
  several: boolean,
): ImportOptions {
  return {
    contentDir,
    unchangedIsDone: several,
    slug: values.slug,
    format: values.format as InputFormat | undefined,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
    ...(timeout === undefined ? {} : { timeoutMs: Math.round(timeout * 1000) }),
    // Of several files, the publication is each one's that names none (a file's own stays).
    ...(several ? { defaultPublication: values.publication } : {}),
    overrides: {
      title: values.title,
      author: values.author,
      publication: several ? undefined : values.publication,
      date: values.date,
      url: values.url,
    },
  };
}
