import { closeSync, openSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { opensWithFrontMatter } from '../src/content/front-matter-opening.js';
import { contentFileNameFor } from '../src/content/slug.js';
import { shellArgument } from '../src/text/shell-words.js';

// What of a content folder is read, and what is not, without parsing a file: the YAML parser is loaded only
// where a file is parsed (`content-dir.ts`), not by a command whose library snapshot is current.

/** A content file that was skipped, and why. */
export interface ContentProblem {
  readonly file: string;
  readonly message: string;
  /**
   * Said, but no failure of the folder: a subfolder is not read, yet keeping an archive there is no mistake,
   * so `quotebot check` passes.
   */
  readonly note?: true;
}

/**
 * A problem's reason without the file name its message opens with ("broken.md: the front matter is not valid
 * YAML …" → "the front matter is not valid YAML …"), for a log line that carries the file as a field of its own.
 */
export function reasonOf(problem: ContentProblem): string {
  const { file, message } = problem;
  return message.startsWith(file) ? message.slice(file.length).replace(/^\/?: /, '') : message;
}

/** Files an article may come in that the folder does not read: `quotebot import` makes a content file of them. */
const IMPORTABLE = /\.(?:txt|text|html?|markdown)$/i;

/** Enough of a file's start to hold its front matter. */
const HEAD_BYTES = 64 * 1024;

/** The start of a file as text ('' when it cannot be read): whether it opens with front matter. */
function headOf(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const bytes = Buffer.alloc(HEAD_BYTES);
    return bytes.toString('utf8', 0, readSync(fd, bytes, 0, HEAD_BYTES, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A content file: `*.md` in any case (`ONE.MD` is Markdown as `one.md` is), not hidden. */
export const isContentFile = (name: string): boolean => /\.md$/i.test(name) && !name.startsWith('.');

/** The article name a content file gives: its name without `.md`. */
export const slugOf = (name: string): string => name.replace(/\.md$/i, '');

/**
 * What of a content folder's listing is read, and what is not and is said so, so that nothing is ignored
 * silently: an article dropped in as it came (`notes.txt`, `page.html`), named with the command that makes a
 * content file of it, or a content file saved under another name (`notes.txt` with front matter), named with
 * the name to give it; a subfolder (its articles are not read: slugs are file names, unique only within one
 * folder); a second file of one name (`one.md` and `one.MD`).
 */
export function contentListing(dir: string, entries: readonly Dirent[]): ContentListing {
  const visible = entries.filter((entry) => !entry.name.startsWith('.'));
  const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const folders = visible.filter((entry) => entry.isDirectory()).sort(byName);
  const files = visible.filter((entry) => !entry.isDirectory()).sort(byName);
  const problems: ContentProblem[] = [];
  for (const { name } of files.filter((entry) => IMPORTABLE.test(entry.name)))
    problems.push({
      file: name,
      message: opensWithFrontMatter(headOf(join(dir, name)))
        ? `${name}: a content file, as its front matter says, but only .md files are read: rename it ${contentFileNameFor(name) ?? 'to a name of lower-case words joined by hyphens, ending .md'}`
        : `${name}: not a content file (those end .md): \`quotebot import ${shellArgument(join(dir, name))}\` makes one, then move ${name} out of the folder`,
    });
  for (const { name } of folders)
    problems.push({
      file: name,
      message: `${name}/: a folder, not read: articles are the .md files in ${dir} itself (move its articles up into it)`,
      note: true,
    });
  const distinct = oneFilePerSlug(files.map((entry) => entry.name).filter(isContentFile));
  return { names: distinct.names, problems: [...problems, ...distinct.problems] };
}

/**
 * Sorted content file names, one per slug: a second file of one name (`one.md` beside `one.MD`) is said so.
 * `exists` is asked only of names that share a slug, when the names may include files since removed.
 */
export function oneFilePerSlug(
  names: readonly string[],
  exists: (name: string) => boolean = () => true,
): ContentListing {
  const sorted = [...names].sort();
  const counts = new Map<string, number>();
  for (const name of sorted) counts.set(slugOf(name), (counts.get(slugOf(name)) ?? 0) + 1);
  const shared = (slug: string): boolean => (counts.get(slug) ?? 0) > 1;
  const read = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const name of sorted) {
    const slug = slugOf(name);
    if (shared(slug) && !exists(name)) continue;
    const first = read.get(slug);
    if (first === undefined) read.set(slug, name);
    else
      problems.push({
        file: name,
        message: `${name}: the same article name as ${first}, which is read instead`,
      });
  }
  return { names: [...read.values()], problems };
}

/** The content files of a folder to read, and what of the folder is not read (`contentListing`). */
export interface ContentListing {
  readonly names: string[];
  readonly problems: ContentProblem[];
}

/**
 * What `list` lists of the folder `dir`; or, when the folder cannot be listed (it does not exist, it is a
 * file, it may not be read), no names and that one problem. `loadContentDir` and the snapshot's scan say it
 * alike.
 */
export function listingOr(dir: string, list: () => ContentListing): ContentListing {
  try {
    return list();
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the folder does not exist'
        : (error as Error).message;
    return { names: [], problems: [{ file: dir, message: `${dir}: ${reason}` }] };
  }
}
