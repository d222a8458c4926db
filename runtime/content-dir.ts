import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../src/content/front-matter.js';
import { parseArticle } from '../src/content/parse-article.js';
import { sameTextFiles, type NamedBody } from '../src/content/same-text.js';
import { QuotebotError } from '../src/errors.js';
import type { Article } from '../src/index.js';
import { isCommonWord } from './lexicon.js';
import { contentListing, isContentFile, listingOr, slugOf, type ContentProblem } from './content-listing.js';

export {
  contentListing,
  isContentFile,
  listingOr,
  oneFilePerSlug,
  reasonOf,
  slugOf,
  type ContentListing,
  type ContentProblem,
} from './content-listing.js';

/**
 * A content file's article, or why it cannot be used: a `QuotebotError`'s message, which names the file. Any
 * other error is a bug, and thrown.
 */
export function articleOrProblem(
  file: string,
  text: string,
  path: string,
): { readonly article: Article } | { readonly problem: string } {
  try {
    return { article: parseArticle(file, text, path, isCommonWord) };
  } catch (error) {
    if (!(error instanceof QuotebotError)) throw error;
    return { problem: error.message };
  }
}

/**
 * Reads every `*.md` (or `*.MD`) file of a content folder. A file that cannot be used is reported, not fatal, so one
 * bad file never takes the others down; `quotebot check` and the tests fail on any problem.
 */
export function loadContentDir(dir: string): { articles: Article[]; problems: ContentProblem[] } {
  const articles: Article[] = [];
  const listing = listingOr(dir, () => contentListing(dir, readdirSync(dir, { withFileTypes: true })));
  const problems = [...listing.problems];
  for (const name of listing.names) {
    const path = join(dir, name);
    const read = articleOrProblem(name, readFileSync(path, 'utf8'), path);
    if ('article' in read) articles.push(read.article);
    else problems.push({ file: name, message: read.problem });
  }
  return { articles, problems };
}

/**
 * The content file of the folder, other than `<slug>.md`, whose body is the same text as that of `markdown`
 * (a content file), if one is (`sameTextFiles`). The files are not parsed, only split from their front matter:
 * a file of 90 speeches splits at once and parses in seconds. A folder or file that cannot be read has none.
 */
export function fileWithSameText(dir: string, slug: string, markdown: string): string | undefined {
  const bodyOf = (text: string): string | undefined => {
    try {
      return splitFrontMatter(text)?.body;
    } catch {
      return undefined;
    }
  };
  const body = bodyOf(markdown);
  if (body === undefined) return undefined;
  const file = `${slug}.md`;
  const others: NamedBody[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => isContentFile(name) && slugOf(name) !== slug);
  } catch {
    return undefined;
  }
  for (const name of names.sort()) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    const other = bodyOf(text);
    if (other !== undefined) others.push({ file: name, body: other });
  }
  return sameTextFiles([...others, { file, body }]).find((copy) => copy.file === file)?.same;
}
