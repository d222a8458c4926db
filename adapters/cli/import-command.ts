import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  INPUT_FORMATS,
  isSlug,
  type ImportProblem,
  type ImportWarning,
  type InputFormat,
} from '../../src/index.js';
import { importArticle, type ImportReport } from '../../runtime/import/import-article.js';
import { isQuotable, type Passage } from '../../src/content/article.js';
import { CliFailure } from './json-shapes.js';
import { UsageError } from './usage.js';

/** A failed import: printed on stderr, exit code 1; with `--json` its kind is the problem's code (`not-found`). */
export class ImportFailure extends CliFailure {
  override readonly name = 'ImportFailure';

  constructor(problem: ImportProblem) {
    super(describeImportProblem(problem), { kind: problem.code });
  }
}

const shown = (path: string): string => {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || near === '' ? path : near;
};

/** One line per problem, naming the file or address and what to do about it. */
export function describeImportProblem(problem: ImportProblem): string {
  const { source, detail } = problem;
  switch (problem.code) {
    case 'not-found':
      return `${source}: no such file`;
    case 'unreadable':
      return detail === 'EISDIR'
        ? `${source}: is a folder, not a file`
        : `${source}: cannot be read (${detail ?? 'unknown error'})`;
    case 'empty':
      return `${source}: is empty: there is no text to import`;
    case 'binary':
      return detail === 'not-utf8'
        ? `${source}: is not UTF-8 text; convert it first (for example: iconv -f WINDOWS-1252 -t UTF-8)`
        : `${source}: is not text (binary content)`;
    case 'too-large':
      return `${source}: is larger than ${((problem.limit ?? 0) / 1024 / 1024).toFixed(0)} MB; save just the article and import that`;
    case 'fetch-failed':
      return `${source}: could not be fetched (${detail ?? 'network error'})`;
    case 'timeout':
      return `${source}: no complete answer within ${(problem.limit ?? 0) / 1000} s (a longer --timeout may help)`;
    case 'http-status':
      return `${source}: the server answered ${problem.status ?? '?'}${detail ? ` ${detail}` : ''}`;
    case 'not-a-page':
      return `${source}: is ${detail ?? 'not a page'}, not an article: import reads web pages (.html or an http(s) address), Markdown (.md) and plain text (.txt)`;
    case 'no-article':
      return `${source}: no article found${detail ? ` (${detail})` : ''}; is this the page of a single article? If it is, give its title with --title`;
    case 'no-body':
      return `${source}: has a title ("${detail ?? ''}") but no body text; an article is its text after the title`;
    case 'missing-fields': {
      const fields = problem.fields ?? [];
      return `${source}: could not find the ${fields.join(', ')}; give ${fields.length > 1 ? 'them' : 'it'} with ${fields.map((field) => `--${field} …`).join(' ')}`;
    }
    case 'invalid-content':
      return `${source}: the content file would be invalid: ${detail ?? ''}`;
    case 'no-slug':
      return `${source}: no file name can be made from the title (it has no letters a to z); give one with --slug <a-name>, ${problem.slug === undefined ? 'lower-case words a to z and digits joined by hyphens (--slug spring-festival-2024)' : `e.g. --slug ${problem.slug}`}`;
    case 'slug-taken':
      return `${shown(problem.path ?? '')} already exists; choose another name with --slug <slug>, or replace it with --force`;
    case 'same-text': {
      const slug = (detail ?? '').replace(/\.md$/i, '');
      return `${source}: same text as ${detail ?? '?'}, already in the content folder (a second copy would hide it in answers); nothing was written. Replace that file with --slug ${slug} --force, or keep both with --force`;
    }
    case 'no-content-dir':
      return `the content folder ${problem.path ?? ''} does not exist (create it, or set CONTENT_DIR)`;
    case 'write-failed':
      return `could not write ${shown(problem.path ?? '')} (${detail ?? 'error'}); nothing was written`;
  }
}

/** A warning in words. */
export function describeImportWarning(warning: ImportWarning): string {
  const { subject, detail } = warning;
  switch (warning.code) {
    case 'publication-from-host':
      return `the page does not name its publication; used "${detail ?? ''}" (change it with --publication)`;
    case 'ignored-fields':
      return `front matter not used: ${detail ?? ''}`;
    case 'invalid-value':
      return `${subject ?? 'a value'}${detail ? ` "${detail}"` : ''} is not valid and was left out`;
    case 'paragraph-changed':
      return `paragraph ${subject ?? '?'} has Markdown markers and will read differently: "${(detail ?? '').slice(0, 60)}…"`;
    case 'transcript-notes':
      return subject === '1'
        ? `the transcript note ${detail ?? '?'} is left out: no quote, summary or daily post shows it`
        : `${subject ?? '?'} transcript notes such as ${detail ?? '?'} are left out: no quote, summary or daily post shows them`;
    case 'slug-exists':
      return `${shown(detail ?? '')} already exists: importing for real needs --slug <other> or --force`;
    case 'same-text':
      return subject === 'needs-force'
        ? `same text as ${detail ?? '?'}, already in the content folder: importing for real needs --force`
        : `same text as ${detail ?? '?'}, also in the content folder: both are read, and answers may credit either; remove one`;
    case 'decoded-as':
      return `the page is not UTF-8 and declares no character set; read as ${detail ?? '?'}`;
    case 'one-paragraph':
      return `the body is one paragraph of ${detail ?? '?'} sentences: a long summary takes a main sentence from each run of 10; separate its paragraphs with blank lines so that summaries follow them`;
    case 'long-sentence':
      return `sentence ${subject ?? '?'} is ${detail ?? '?'} characters long: the text may lack sentence breaks`;
    case 'unread-byline':
      return `the line "${detail ?? ''}" reads like a byline but was not read as one: it is kept as the body's first paragraph, not joined to the title; edit it in the file, or write it as "By Name, role — date" and import again`;
  }
}

/**
 * The stable JSON of `quotebot import --json` (documented in the README). A dry run, which prints the file it
 * would write, gives that file's text as `content`.
 */
export function importJson(report: ImportReport) {
  const { title, author, date, publication } = report.article.meta;
  return {
    slug: report.slug,
    path: report.path,
    written: report.written,
    article: { title, author, date, publication },
    warnings: report.warnings.map((warning) => ({
      code: warning.code,
      message: describeImportWarning(warning),
    })),
    ...(report.written ? {} : { content: report.markdown }),
  };
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

/**
 * `quotebot import <file|URL> [--slug S] [--dry-run] [--force] [--json] [--format text|markdown|html]
 * [--title T] [--author A] [--publication P] [--date D] [--url U] [--timeout SECONDS]`
 */
export async function importCommand(
  contentDir: string,
  args: string[],
  warn: (line: string) => void,
): Promise<string> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  const [input, ...extra] = positionals;
  if (input === undefined) throw new UsageError('import needs a file or an http(s) address');
  if (extra.length > 0)
    throw new UsageError(`import takes one file or address at a time (also got "${extra[0]}")`);
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
  const outcome = await importArticle(input, {
    contentDir,
    slug: values.slug,
    format,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
    ...(timeout === undefined ? {} : { timeoutMs: Math.round(timeout * 1000) }),
    overrides: {
      title: values.title,
      author: values.author,
      publication: values.publication,
      date: values.date,
      url: values.url,
    },
  });
  if (!outcome.ok) throw new ImportFailure(outcome.problem);
  const report = outcome.value;
  if (values.json) return JSON.stringify(importJson(report), null, 2);
  for (const warning of report.warnings) warn(`warning: ${describeImportWarning(warning)}`);
  if (!report.written) return report.markdown.trimEnd();
  const { title, author, publication, date } = report.article.meta;
  return [
    `${report.replaced ? 'Replaced' : 'Imported'} “${title}” by ${author} (${publication}, ${date})`,
    `  → ${shown(report.path)}: ${counted(report.article.paragraphs.length, 'paragraph')}, ${sentenceCount(report.article.sentences)}`,
  ].join('\n');
}

/**
 * Every sentence, as the one-paragraph warning counts them, then how many can be quoted and what the others
 * are: "179 sentences, 156 to quote (23 headings)". Counting only the quotable ones here, the line and the
 * warning gave one text two different counts.
 */
function sentenceCount(sentences: readonly Passage[]): string {
  const all = counted(sentences.length, 'sentence');
  const quotable = sentences.filter(isQuotable).length;
  if (quotable === sentences.length) return all;
  const repeats = sentences.filter((sentence) => sentence.duplicateOf !== undefined).length;
  const headings = sentences.filter(
    (sentence) => sentence.duplicateOf === undefined && sentence.heading,
  ).length;
  const left = [counted(repeats, 'repeat'), counted(headings, 'heading')].filter(
    (part) => !part.startsWith('0 '),
  );
  return `${all}, ${quotable} to quote (${left.join(', ')})`;
}

/** "1 paragraph", "3 paragraphs". */
const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
