import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/index.js';
import {
  contentListing,
  isContentFile,
  listingOr,
  oneFilePerSlug,
  type ContentProblem,
} from '../content-listing.js';
import type { ManifestEntry } from './snapshot-file.js';

/** The content folder as last seen: each file's manifest entry and, when it loaded, its article. */
export interface ContentState {
  readonly manifest: ReadonlyMap<string, ManifestEntry>;
  readonly articles: ReadonlyMap<string, Article>;
}

export interface ContentScan extends ContentState {
  /** The loaded articles, in file-name order. */
  readonly list: Article[];
  readonly problems: ContentProblem[];
  /** Files read and parsed by this scan (new or changed). */
  readonly parsed: number;
  /** Files gone since the previous state. */
  readonly removed: number;
  /**
   * Articles taken from the previous state as they were, not parsed again. Not `list.length - parsed`: a
   * parsed file that fails is among `parsed` but gives no article.
   */
  readonly kept: number;
  /** Files whose size or mtime changed but not their bytes: the manifest changed, the library did not. */
  readonly restamped: number;
}

/** A content file's article, or why it cannot be used (`articleOrProblem`, which loads the YAML parser). */
export type ReadArticle = (
  file: string,
  text: string,
  path: string,
) => { readonly article: Article } | { readonly problem: string };

export const EMPTY_CONTENT: ContentState = { manifest: new Map(), articles: new Map() };

/** Files modified this recently are hashed even when size and mtime match (as git does for racy files). */
const RACY_MS = 2000;

/**
 * Looks at the content folder against what was seen before. A file whose size and mtime are as before is
 * taken as it was (stat only); another is read and hashed, and parsed only when its bytes changed. A file
 * that cannot be used is reported (as `loadContentDir` does) and remembered with its problem.
 * `only`: the files known to have changed (the watcher's names); the others are taken as they were, not
 * even listed or stat'ed, so that one edit in a large folder costs one file's work. `read` parses a file.
 */
export function scanContent(
  dir: string,
  previous: ContentState,
  only: ReadonlySet<string> | undefined,
  read: ReadArticle,
): ContentScan {
  return scan(dir, previous, only, read)!;
}

/**
 * `scanContent` of the whole folder when no file is to be parsed (every file as `previous` has it, or gone);
 * undefined when one is, and nothing parsed: the caller loads the parser and scans again.
 */
export function scanUnparsed(dir: string, previous: ContentState): ContentScan | undefined {
  return scan(dir, previous, undefined, undefined);
}

function scan(
  dir: string,
  previous: ContentState,
  only: ReadonlySet<string> | undefined,
  read: ReadArticle | undefined,
): ContentScan | undefined {
  const manifest = new Map<string, ManifestEntry>();
  const articles = new Map<string, Article>();
  const list: Article[] = [];
  const problems: ContentProblem[] = [];
  const now = Date.now();
  let parsed = 0;
  let kept = 0;
  let restamped = 0;
  const listing = listingOr(dir, () =>
    only
      ? oneFilePerSlug(namesWith(dir, previous, only).filter(isContentFile), (name) =>
          existsSync(join(dir, name)),
        )
      : contentListing(dir, readdirSync(dir, { withFileTypes: true })),
  );
  problems.push(...listing.problems);
  for (const file of listing.names) {
    const path = join(dir, file);
    let entry: ManifestEntry;
    let article: Article | undefined;
    let reparsed = false;
    try {
      const before = previous.manifest.get(file);
      if (before && only?.has(file) === false) {
        entry = before;
        article = previous.articles.get(file);
      } else {
        const stats = statSync(path);
        // A file written in the last moments may change again within the same mtime tick: hash it.
        const settled = now - stats.mtimeMs > RACY_MS;
        if (before && settled && before.size === stats.size && before.mtimeMs === stats.mtimeMs) {
          entry = before;
          article = previous.articles.get(file);
        } else {
          const fresh = readEntry(path, file, stats, before, previous, read);
          if (fresh === undefined) return undefined;
          ({ entry, article } = fresh);
          if (entry.hash === before?.hash) {
            if (before.size !== stats.size || before.mtimeMs !== stats.mtimeMs) restamped += 1;
          } else {
            parsed += 1;
            reparsed = true;
          }
        }
      }
    } catch (error) {
      // Removed between listing and reading (an editor's save): the next scan sees what is there.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    manifest.set(file, entry);
    if (entry.problem !== undefined) problems.push({ file, message: entry.problem });
    else if (article) {
      articles.set(file, article);
      list.push(article);
      if (!reparsed) kept += 1;
    }
  }
  let removed = 0;
  for (const file of previous.manifest.keys()) if (!manifest.has(file)) removed += 1;
  return { manifest, articles, list, problems, parsed, removed, kept, restamped };
}

/** A file read and hashed: parsed only when its bytes differ from `before`'s (undefined then, without `read`). */
function readEntry(
  path: string,
  file: string,
  stats: Stats,
  before: ManifestEntry | undefined,
  previous: ContentState,
  read: ReadArticle | undefined,
): { entry: ManifestEntry; article: Article | undefined } | undefined {
  const bytes = readFileSync(path);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const stamp = { file, size: stats.size, mtimeMs: stats.mtimeMs, hash };
  if (before?.hash === hash) {
    const entry = before.problem === undefined ? stamp : { ...stamp, problem: before.problem };
    return { entry, article: previous.articles.get(file) };
  }
  if (read === undefined) return undefined;
  const parsed = read(file, bytes.toString('utf8'), path);
  return 'article' in parsed
    ? { entry: stamp, article: parsed.article }
    : { entry: { ...stamp, problem: parsed.problem }, article: undefined };
}

/** The previous scan's files and the changed ones; throws as `readdirSync` does when the folder is gone. */
function namesWith(dir: string, previous: ContentState, only: ReadonlySet<string>): string[] {
  statSync(dir);
  return [...new Set([...previous.manifest.keys(), ...only])];
}
