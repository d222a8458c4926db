import { statSync, watch, type FSWatcher } from 'node:fs';
import { Library, QuotebotError, type ContentReload, type LibrarySource } from '../src/index.js';
import { loadContentDir } from './content-dir.js';
import { loadLibrary } from './library-loader.js';

type ReloadListener = (library: Library, reload: ContentReload) => void;

/**
 * The current library of a running bot, swapped whole when the content folder changes: a request reads
 * `current` once and sees one consistent library. Pass it to `new Bot(holder)`; `reload()` is the
 * port behind `/articles reload`. A reload that loads nothing keeps the previous library.
 */
export class LibraryHolder implements LibrarySource {
  private library: Library;
  private readonly listeners = new Set<ReloadListener>();

  constructor(
    readonly contentDir: string,
    initial: Library,
  ) {
    this.library = initial;
  }

  /** Loads the folder (throws if no article loads, like `loadLibrary`) and holds the result. */
  static load(contentDir: string): { holder: LibraryHolder; problems: ContentReload['problems'] } {
    const { library, problems } = loadLibrary(contentDir);
    return { holder: new LibraryHolder(contentDir, library), problems };
  }

  get current(): Library {
    return this.library;
  }

  /** Holds a library built elsewhere (the full index of a large library, once built in the background). */
  replace(library: Library): void {
    this.library = library;
  }

  /** Re-reads the folder now. Bad files are skipped and reported; listeners hear of every swap. */
  reload(): ContentReload {
    const { articles, problems } = loadContentDir(this.contentDir);
    const keep = (): ContentReload => ({
      articles: this.library.articles.length,
      problems,
      keptPrevious: true,
    });
    if (articles.length === 0) return keep();
    let next: Library;
    try {
      next = Library.create(articles, this.library.options);
    } catch (error) {
      if (!(error instanceof QuotebotError)) throw error;
      return { ...keep(), problems: [...problems, { file: this.contentDir, message: error.message }] };
    }
    this.library = next;
    const reload = { articles: articles.length, problems, keptPrevious: false };
    for (const listener of this.listeners) listener(next, reload);
    return reload;
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

/** Only article files count: editors' swap, backup and temporary files (and the importer's) do not. */
const isArticleFile = (name: string | null | undefined): boolean =>
  name == null || (name.endsWith('.md') && !name.startsWith('.') && !name.startsWith('#'));

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
  let closed = false;
  const report = (error: unknown): void =>
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  const reload = (): void => {
    timer = undefined;
    firstChange = undefined;
    if (closed) return;
    try {
      options.onReload?.(holder.reload());
    } catch (error) {
      report(error);
    }
  };
  const schedule = (): void => {
    const now = Date.now();
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
        if (isArticleFile(name)) schedule();
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
