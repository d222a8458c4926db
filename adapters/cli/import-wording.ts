import { relative } from 'node:path';
import type { ImportProblem, ImportWarning } from '../../src/index.js';
import type { ImportReport } from '../../runtime/import/import-article.js';
import { isQuotable, type Passage } from '../../src/content/article.js';

/** A path as the user reads it: relative to the working folder when inside it. */
export const shown = (path: string): string => {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || near === '' ? path : near;
};

/**
 * One line per problem, naming the file or address and what to do about it. Of one file among `several`, a
 * missing field (its author, its date: a publication is never missing) is given by importing the file on its own.
 */
export function describeImportProblem(problem: ImportProblem, several = false): string {
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
      if (several) return missingOfSeveral(source, fields);
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

function missingOfSeveral(source: string, fields: readonly string[]): string {
  const options = fields.map((field) => `--${field} …`).join(' ');
  return `${source}: could not find the ${fields.join(', ')}; import this file on its own with ${options}`;
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
    case 'checklist-marks':
      return subject === '1'
        ? 'the checklist mark "[ ]" or "[x]" before an item is left out: no quote, summary or daily post shows it'
        : `${subject ?? '?'} checklist marks ("[ ]", "[x]") before items are left out: no quote, summary or daily post shows them`;
    case 'code-blocks':
      return subject === '1'
        ? 'the code block is kept for search only: a search finds its words and quotes the sentence before it; no quote, summary, card or daily post shows the code'
        : `${subject ?? '?'} code blocks are kept for search only: a search finds their words and quotes the sentence before each; no quote, summary, card or daily post shows the code`;
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
    case 'table-rows':
      return `the table "${detail ?? '?'}" is written as ${subject === '1' ? 'one sentence' : `${subject ?? '?'} sentences`}, one per row, naming each cell by its column ("Row: column value, …"), so that search finds its figures; check them in the file`;
    case 'running-head':
      return `the line "${detail ?? ''}" is written ${subject ?? '?'} times alone between paragraphs, as a PDF's running head or foot is: it is left out (put it back in the file if it is text of the article)`;
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
    ...(report.written || report.unchanged === true ? {} : { content: report.markdown }),
  };
}

/** "Imported “Title” by Author (Publication, date)", then where it went and what it holds. */
export function importedLines(report: ImportReport, verb?: string): string[] {
  const { title, author, publication, date } = report.article.meta;
  return [
    `${verb ?? (report.replaced ? 'Replaced' : 'Imported')} “${title}” by ${author} (${publication === '' ? date : `${publication}, ${date}`})`,
    `  → ${shown(report.path)}: ${counted(report.article.paragraphs.length, 'paragraph')}, ${sentenceCount(report.article.sentences)}`,
  ];
}

/**
 * Every sentence, as the one-paragraph warning counts them, then how many can be quoted and what the others
 * are: "179 sentences, 156 to quote (23 headings)"; show notes' timestamp lists and link lines (`navigationLines`)
 * as what they are, "16 sentences, 5 to quote (3 headings, 8 in timestamps and links)". Counting only the
 * quotable ones here, the line and the warning gave one text two different counts.
 */
function sentenceCount(sentences: readonly Passage[]): string {
  const all = counted(sentences.length, 'sentence');
  const quotable = sentences.filter(isQuotable).length;
  if (quotable === sentences.length) return all;
  const repeats = sentences.filter((sentence) => sentence.duplicateOf !== undefined).length;
  const unrepeated = sentences.filter((sentence) => sentence.duplicateOf === undefined && sentence.heading);
  const navigation = unrepeated.filter((sentence) => sentence.navigation).length;
  // Show notes' timestamps and links are no headings: said as what they are.
  const left = [
    counted(repeats, 'repeat'),
    counted(unrepeated.length - navigation, 'heading'),
    `${navigation} in timestamps and links`,
  ].filter((part) => !part.startsWith('0 '));
  return `${all}, ${quotable} to quote (${left.join(', ')})`;
}

/** "1 paragraph", "3 paragraphs". */
const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
