import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Article, IndexSnapshot } from '../src/index.js';
import { Library } from '../src/library.js';
import { slugOf, type ContentProblem } from './content-listing.js';
import { buildHash } from './snapshot/build-inputs.js';
import {
  EMPTY_CONTENT,
  scanContent,
  scanUnparsed,
  type ContentScan,
  type ContentState,
  type ReadArticle,
} from './snapshot/content-scan.js';
import {
  readSnapshot,
  SNAPSHOT_FILE,
  writeSnapshot,
  writeSnapshotInTurns,
  type LibrarySnapshot,
} from './snapshot/snapshot-file.js';
import { tidyLibraryFolders } from './snapshot/snapshot-folders.js';
import { sharedLexicon } from './lexicon.js';
import { StartupError, StartupErrorCode } from './startup-error.js';
import { dataDirNotAFolder } from './store/open-failure.js';

/**
 * How the library came to be: 'loaded' from a current snapshot (nothing parsed), 'updated' from a snapshot
 * by parsing only the files that changed, 'built' from every file, 'building' (a preview answers while
 * the full index is built), 'memory' without a DATA_DIR.
 */
export type IndexOrigin = 'memory' | 'loaded' | 'updated' | 'built' | 'building';

export interface LoadLibraryOptions {
  /** Where the library snapshot is saved and found again (DATA_DIR); without it, it is built every time. */
  readonly dataDir?: string | undefined;
  /**
   * Libraries of more passages than this answer at once from a preview (`Library.preview`) while the
   * full index is built in slices that yield to the event loop; `complete` then gives the full library.
   * Only when there is no snapshot to start from. Default: never, right for one-shot commands.
   */
  readonly backgroundAbove?: number | undefined;
  /**
   * Read the index's posting and token lists from the snapshot only as a query needs them (see
   * `SnapshotReadOptions`):
   * for a process that answers one query and exits (the CLI). Default: all read at load.
   */
  readonly lazyLists?: boolean | undefined;
  /** Where a line about damage found in the snapshot goes (default: stderr). */
  readonly log?: ((line: string) => void) | undefined;
  /**
   * Where the line on a snapshot that could not be saved goes (default: stderr): a serving bot's log, as a
   * warning, so that a log collector that reads JSON lines keeps it.
   */
  readonly warn?: ((line: string) => void) | undefined;
  /**
   * Where the one line on what the snapshot did goes (built, updated, rebuilt and why; default: `log`): a
   * bot's log keeps it, a command line shows it only when asked (see `snapshotDetail`).
   */
  readonly detail?: ((line: string) => void) | undefined;
}

/** A library with what it was made from: the next reload parses only the files that changed since. */
export interface LibraryState extends ContentState {
  readonly library: Library;
}

export interface LoadedLibrary {
  readonly library: Library;
  readonly problems: ContentProblem[];
  readonly index: IndexOrigin;
  /** Content files parsed by this load: 0 when the snapshot was current. */
  readonly parsed: number;
  readonly state: LibraryState;
  /** When `index` is 'building': the full library's state, once indexed (and saved). */
  readonly complete?: Promise<LibraryState>;
}

/** The bot's default for `backgroundAbove`: a library of this many passages indexes in about a second. */
export const BACKGROUND_INDEX_ABOVE = 30_000;

/** Passages a preview indexes at once (whole articles, newest first): well under a second to build. */
const PREVIEW_PASSAGES = 10_000;
/** Passages indexed between two yields to the event loop in a background build. */
const SLICE_PASSAGES = 500;

const stderrLine = (line: string): void => void process.stderr.write(`${line}\n`);
const files = (count: number): string => `${count} file${count === 1 ? '' : 's'}`;

/**
 * Loads the content folder into a library; throws if no article could be loaded. With a `dataDir`, the
 * library snapshot there is used: nothing is parsed when no content file changed (size and mtime, then
 * hash), only the changed files otherwise; the snapshot is then saved for next time, and the snapshot
 * folders beside it that no run can use again are removed (see `tidyLibraryFolders`). `read` parses a file.
 */
export function loadLibraryWith(
  contentDir: string,
  options: LoadLibraryOptions,
  read: ReadArticle,
): LoadedLibrary {
  const previous = previousState(options);
  return libraryOf(
    contentDir,
    options,
    previous,
    scanContent(contentDir, previous ?? EMPTY_CONTENT, undefined, read),
  );
}

/**
 * `loadLibraryWith` the content files' parser (`articleOrProblem`), which loads the YAML parser, loaded only
 * when a file is to be parsed: a command whose snapshot is current parses nothing and does not load it.
 */
export async function loadLibraryLazily(
  contentDir: string,
  options: LoadLibraryOptions = {},
): Promise<LoadedLibrary> {
  const previous = previousState(options);
  const state = previous ?? EMPTY_CONTENT;
  const scan =
    scanUnparsed(contentDir, state) ??
    scanContent(contentDir, state, undefined, (await import('./content-dir.js')).articleOrProblem);
  return libraryOf(contentDir, options, previous, scan);
}

type PreviousState = ContentState & { index: IndexSnapshot; list: Article[] };

/** What the snapshot in `dataDir` holds, when there is one that this build can read. */
function previousState(options: LoadLibraryOptions): PreviousState | undefined {
  const { dataDir } = options;
  const log = options.log ?? stderrLine;
  const detail = options.detail ?? log;
  let previous: PreviousState | undefined;
  if (dataDir !== undefined) {
    const read = readSnapshot(dataDir, buildHash(), log, { lazyLists: options.lazyLists === true });
    if (read.kind === 'rejected')
      detail(`quotebot: rebuilding the library snapshot ${SNAPSHOT_FILE} in ${dataDir}: ${read.reason}`);
    if (read.kind === 'read') {
      const { manifest, articles, index } = read.snapshot;
      const bySlug = new Map(articles.map((article) => [article.slug, article]));
      // Keyed by file name as the scan looks them up: `one.MD` is the article `one`.
      const byFile = manifest.flatMap((entry) => {
        const article = bySlug.get(slugOf(entry.file));
        return article === undefined ? [] : [[entry.file, article] as const];
      });
      previous = {
        manifest: new Map(manifest.map((entry) => [entry.file, entry])),
        articles: new Map(byFile),
        index,
        list: [...articles],
      };
    }
  }
  return previous;
}

/** The library of a scan of the content folder against the snapshot's state (`previous`), saved when it changed. */
function libraryOf(
  contentDir: string,
  options: LoadLibraryOptions,
  previous: PreviousState | undefined,
  scan: ContentScan,
): LoadedLibrary {
  const { dataDir } = options;
  const detail = options.detail ?? options.log ?? stderrLine;
  const { list: articles, problems } = scan;
  if (articles.length === 0) {
    const why = problems.map((problem) => `  - ${problem.message}`).join('\n');
    throw new StartupError(
      StartupErrorCode.NoContent,
      `No article could be loaded from ${contentDir}: set CONTENT_DIR to your articles' folder, or add a Markdown file there.${why ? `\n${why}` : ''}`,
    );
  }
  const result = (library: Library, index: IndexOrigin): LoadedLibrary => {
    const state = { manifest: scan.manifest, articles: scan.articles, library };
    return { library, problems, index, parsed: scan.parsed, state };
  };
  if (dataDir === undefined) return result(Library.create(articles, { lexicon: sharedLexicon() }), 'memory');
  const snapshotDir = dataDir;
  // Each save also removes the snapshot folders that no run can use again (see tidyLibraryFolders).
  const save = (state: LibraryState): void => {
    saveQuietly(snapshotDir, state, options.warn);
    tidyLibraryFolders(snapshotDir, contentDir);
  };
  const changed = scan.parsed > 0 || scan.removed > 0;
  if (previous && !changed) {
    const library = restore(articles, previous.index);
    if (library) {
      if (scan.restamped > 0) save(result(library, 'loaded').state);
      return result(library, 'loaded');
    }
    detail(
      `quotebot: rebuilding the library snapshot ${SNAPSHOT_FILE} in ${dataDir}: it does not fit the articles`,
    );
  }
  if (previous && changed) {
    const library = Library.update(
      articles,
      { articles: previous.list, index: previous.index },
      { lexicon: sharedLexicon() },
    );
    const loaded = result(library, 'updated');
    detail(
      `quotebot: library snapshot updated: ${files(scan.parsed)} parsed, ${files(scan.removed)} removed, ${files(scan.kept)} kept`,
    );
    save(loaded.state);
    return loaded;
  }
  const passages = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  if (passages > (options.backgroundAbove ?? Infinity)) {
    const loaded = result(
      Library.preview(articles, PREVIEW_PASSAGES, { lexicon: sharedLexicon() }),
      'building',
    );
    detail(
      `quotebot: building the library snapshot: ${files(scan.parsed)} parsed, indexing in the background`,
    );
    const complete = buildInSlices(articles).then((library) => {
      const state = { ...loaded.state, library };
      save(state);
      return state;
    });
    return { ...loaded, complete };
  }
  const loaded = result(Library.create(articles, { lexicon: sharedLexicon() }), 'built');
  detail(`quotebot: library snapshot built: ${files(scan.parsed)} parsed`);
  save(loaded.state);
  return loaded;
}

/** What the snapshot of a state holds; undefined for a preview library (index incomplete): not saved. */
function snapshotOf(state: LibraryState): LibrarySnapshot | undefined {
  const { indexed, total } = state.library.indexCoverage;
  if (indexed < total) return undefined;
  return {
    manifest: [...state.manifest.values()],
    articles: [...state.articles.values()],
    index: state.library.exportIndex(),
  };
}

/** Saves the state as the snapshot in `dataDir`; a preview library (index incomplete) is not saved. */
export function saveLibrarySnapshot(dataDir: string, state: LibraryState): void {
  const snapshot = snapshotOf(state);
  if (snapshot) writeSnapshot(dataDir, buildHash(), snapshot);
}

/**
 * `saveQuietly` for a running bot: written a few megabytes per turn of the event loop, so that requests are
 * answered meanwhile; dropped when `superseded()` (a newer state is being saved).
 */
export async function saveInTurnsQuietly(
  dataDir: string,
  state: LibraryState,
  superseded: () => boolean,
  warn: (line: string) => void = stderrLine,
): Promise<void> {
  const snapshot = snapshotOf(state);
  if (!snapshot) return;
  try {
    await writeSnapshotInTurns(dataDir, buildHash(), snapshot, superseded);
  } catch (error) {
    warn(notSaved(dataDir, error));
  }
}

function restore(articles: readonly Article[], index: IndexSnapshot): Library | undefined {
  try {
    return Library.fromIndex(articles, index, { lexicon: sharedLexicon() });
  } catch {
    return undefined;
  }
}

/**
 * A read-only or full disk costs the next start a rebuild, never this start its library: said to `warn`
 * (default: stderr).
 */
export function saveQuietly(
  dataDir: string,
  state: LibraryState,
  warn: (line: string) => void = stderrLine,
): void {
  try {
    saveLibrarySnapshot(dataDir, state);
  } catch (error) {
    warn(notSaved(dataDir, error));
  }
}

function notSaved(dataDir: string, error: unknown): string {
  const notAFolder = dataDirNotAFolder(error, dataDir);
  if (notAFolder !== undefined) return `quotebot: the library snapshot could not be saved: ${notAFolder}`;
  return `quotebot: the library snapshot could not be saved in ${dataDir}: ${(error as Error).message}`;
}

async function buildInSlices(articles: readonly Article[]): Promise<Library> {
  const build = Library.build(articles, { lexicon: sharedLexicon() });
  while (!build.step(SLICE_PASSAGES)) await yieldToEvents();
  return build.finish();
}
