import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/content/parse-article.js';
import { QuotebotError } from '../src/errors.js';
import type { Article } from '../src/index.js';

/** A content file that was skipped, and why. */
export interface ContentProblem {
  readonly file: string;
  readonly message: string;
}

/** Files an article may come in that the folder does not read: `quotebot import` makes a content file of them. */
const IMPORTABLE = /\.(?:txt|text|html?|markdown)$/i;

/**
 * The articles dropped into the content folder as they came (`notes.txt`, `page.html`): skipped, and said so,
 * with the command that makes a content file of each, so that none is ignored silently.
 */
export function importableFiles(dir: string, names: readonly string[]): ContentProblem[] {
  return names
    .filter((name) => IMPORTABLE.test(name) && !name.startsWith('.'))
    .sort()
    .map((name) => ({
      file: name,
      message: `${name}: not a content file (those end .md): \`quotebot import ${join(dir, name)}\` makes one, then move ${name} out of the folder`,
    }));
}

/**
 * Reads every `*.md` file of a content folder. A file that cannot be used is reported, not fatal, so one
 * bad file never takes the others down; `quotebot check` and the tests fail on any problem.
 */
export function loadContentDir(dir: string): { articles: Article[]; problems: ContentProblem[] } {
  const articles: Article[] = [];
  const problems: ContentProblem[] = [];
  let names: string[];
  try {
    const all = readdirSync(dir);
    problems.push(...importableFiles(dir, all));
    names = all.filter((name) => name.endsWith('.md') && !name.startsWith('.')).sort();
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the folder does not exist'
        : (error as Error).message;
    return { articles, problems: [{ file: dir, message: `${dir}: ${reason}` }] };
  }
  for (const name of names) {
    try {
      articles.push(parseArticle(name, readFileSync(join(dir, name), 'utf8')));
    } catch (error) {
      if (!(error instanceof QuotebotError)) throw error;
      problems.push({ file: name, message: error.message });
    }
  }
  return { articles, problems };
}
