import { statSync, watch, type FSWatcher } from 'node:fs';
import { QuotebotError, type ContentReload, type Library, type LibrarySource } from '../src/index.js';
import {
  loadLibrary,
  reloadLibrary,
  saveInTurnsQuietly,
  saveQuietly,
  type LibraryState,
  type ReloadedLibrary,
} from './library-loader.js';
import { isContentFile } from './content-listing.js';
import { PrefaultedMemory } from './prefaulted-memory.js';

type ReloadListener = (library: Library, reload: ContentReload) => void;

/**
 * Quiet time after a reload before the snapshot is saved: the requests that waited for the reload are answered
 * first, and a burst of reloads is saved once.
 */
const SAVE_AFTER_MS = 500;

/**
 * The current library of a running bot, swapped whole when the content folder changes: a request reads
 * `current` once and sees one consistent library. Pass it to `new Bot(holder)`; `reload()` is the
 * port behind `/articles reload`. A reload parses only the files added or changed since the last one and
 * indexes only their passages; with a `dataDir` the library snapshot there is then saved (shortly after the
 * swap, a few megabytes per turn of the event loop, so that requests are answered meanwhile). A reload that
 * loads nothing keeps the previous library.
 */
export class LibraryHolder implements LibrarySource {
  private state: LibraryState;
  private readonly listeners = new Set<ReloadListener>();
  private saving: NodeJS.Timeout | undefined;
  /** Whether a save is scheduled or under way; each save has a number, and only the latest one is kept. */
  private unsaved = false;
  private saves = 0;
  private written: Promise<void> = Promise.resolve();
  private readonly memory = new PrefaultedMemory();

  /** `warn`: where a snapshot that could not be saved is said (default: stderr; see `saveQuietly`). */
  constructor(
    readonly contentDir: string,
    initial: LibraryState,
    private readonly dataDir?: string,
    private readonly warn?: (line: string) => void,
  ) {
    this.state = initial;
  }

  /** Loads the folder (throws if no article loads, like `loadLibrary`) and holds the result. */
  static load(
    contentDir: string,
    dataDir?: string,
  ): { holder: LibraryHolder; problems: ContentReload['problems'] } {
    const { state, problems } = loadLibrary(contentDir, { dataDir });
    return { holder: new LibraryHolder(contentDir, state, dataDir), problems };
  }

  get current(): Library {
    return this.state.library;
  }

  /** Holds a library built elsewhere (the full index of a large library, once built in the background). */
  replace(state: LibraryState): void {
    this.state = state;
  }

  /**
   * Says a reload is coming (the watcher calls it at the first change of a burst): memory for the new index
   * is prepared meanwhile, in small steps (see `PrefaultedMemory`), and dropped after the reload.
   */
  expectReload(): void {
    const { indexed, total } = this.current.indexCoverage;
    if (indexed === total) this.memory.prepare(this.current.exportIndex());
  }

  /**
   * Re-reads the folder now, or only the files named in `changed` (the watcher's, when it knows them).
   * Bad files are skipped and reported; listeners hear of every swap.
   */
  reload(changed?: ReadonlySet<string>): ContentReload {
    let reloaded: ReloadedLibrary;
    try {
      reloaded = reloadLibrary(this.contentDir, this.state, this.memory, changed);
    } catch (error) {
      if (!(error instanceof QuotebotError)) throw error;
      const problems = [{ file: this.contentDir, message: error.message }];
      return { articles: this.current.articles.length, problems, keptPrevious: true };
    } finally {
      this.memory.release();
    }
    const { problems } = reloaded;
    if (reloaded.scan.list.length === 0)
      return { articles: this.current.articles.length, problems, keptPrevious: true };
    const reload = { articles: reloaded.scan.list.length, problems, keptPrevious: false };
    if (!reloaded.changed) {
      // Nothing to swap; the manifest may still have learnt new mtimes of unchanged files.
      this.state = reloaded.state;
      return reload;
    }
    this.state = reloaded.state;
    for (const listener of this.listeners) listener(this.state.library, reload);
    this.saveSoon();
    return reload;
  }

  /**
   * Saves the snapshot now, synchronously, if a save is pending or under way (one is also started on its
   * own right after each reload); a save under way is dropped in favour of this one.
   */
  flush(): void {
    if (!this.unsaved || this.dataDir === undefined) return;
    clearTimeout(this.saving);
    this.saving = undefined;
    this.saves += 1;
    this.unsaved = false;
    saveQuietly(this.dataDir, this.state, this.warn);
  }

  private saveSoon(): void {
    const dataDir = this.dataDir;
    if (dataDir === undefined) return;
    this.unsaved = true;
    clearTimeout(this.saving);
    this.saving = setTimeout(() => {
      this.saving = undefined;
      const save = ++this.saves;
      const state = this.state;
      const superseded = (): boolean => save !== this.saves;
      this.written = this.written.then(async () => {
        if (superseded()) return;
        await saveInTurnsQuietly(dataDir, state, superseded, this.warn);
        if (!superseded()) this.unsaved = false;
      });
    }, SAVE_AFTER_MS);
  }

  /** Calls `listener` after each swap (to drop caches built from the old library); returns unsubscribe. */
  onChange(listener: ReloadListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

export interface ContentWatcherOptions {
  /** Quiet time after the last change before reloading (editors write in bursts). */
  readonly debounceMs?: number;
  /** Longest a stream of changes may postpone a reload. */
  readonly maxWaitMs?: number;
  /** How often to check that the folder still exists and is the one watched. */
  readonly checkEveryMs?: number;
  readonly onReload?: (reload: ContentReload) => void;
  readonly onError?: (error: Error) => void;
}

/**
 * The most files a burst may name and still be read alone: past that, the whole folder is read (a burst
 * that long may have overflowed the kernel's event queue, and a full read costs little next to it).
 */
const MAX_NAMED = 1000;

/** Only article files count: editors' swap, backup and temporary files (and the importer's) do not. */
const isArticleFile = (name: string | null | undefined): boolean =>
  name == null || (isContentFile(name) && !name.startsWith('#'));

const inodeOf = (dir: string): number | undefined => {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? stats.ino : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Watches the content folder and reloads the holder's library after added, changed or removed `*.md`
 * files (debounced). A folder that disappears (a checkout, a deploy that swaps it) is noticed by a
 * periodic check and watched again when it is back. An error never stops the bot: it goes to `onError`.
 */
export function watchContentDir(
  holder: LibraryHolder,
  options: ContentWatcherOptions = {},
): { close(): void } {
  const { debounceMs = 250, maxWaitMs = 2000, checkEveryMs = 2000 } = options;
  const dir = holder.contentDir;
  let watcher: FSWatcher | undefined;
  let watched: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let firstChange: number | undefined;
  /** The files changed in this burst; undefined when one went unnamed: the whole folder is read then. */
  let changed: Set<string> | undefined = new Set();
  let closed = false;
  const report = (error: unknown): void =>
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  const reload = (): void => {
    timer = undefined;
    firstChange = undefined;
    const named = changed;
    changed = new Set();
    if (closed) return;
    try {
      // Not `onReload?.(holder.reload())`: without a listener that would skip the reload itself.
      const reloaded = holder.reload(named);
      options.onReload?.(reloaded);
    } catch (error) {
      report(error);
    }
  };
  const schedule = (name?: string | null): void => {
    if (typeof name === 'string' && changed && changed.size < MAX_NAMED) changed.add(name);
    else changed = undefined;
    const now = Date.now();
    if (firstChange === undefined) holder.expectReload();
    firstChange ??= now;
    clearTimeout(timer);
    timer = setTimeout(reload, Math.max(0, Math.min(debounceMs, firstChange + maxWaitMs - now)));
    timer.unref();
  };
  const detach = (): void => {
    watcher?.close();
    watcher = undefined;
    watched = undefined;
  };
  const attach = (): void => {
    watched = inodeOf(dir);
    if (watched === undefined) return;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (isArticleFile(name)) schedule(name);
      });
      watcher.on('error', () => {
        detach();
        schedule();
      });
    } catch (error) {
      watched = undefined;
      report(error);
    }
  };
  const check = setInterval(() => {
    const inode = inodeOf(dir);
    if (inode === watched) return;
    detach();
    attach();
    schedule();
  }, checkEveryMs);
  check.unref();
  attach();
  return {
    close(): void {
      closed = true;
      clearInterval(check);
      clearTimeout(timer);
      detach();
    },
  };
}
