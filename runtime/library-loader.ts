// The content files' parser (`content-dir.ts`) loads the YAML parser: the CLI, whose library snapshot is
// usually current, loads its library with `loadLibraryLazily` (`library-load.ts`), which loads it only when a
// file is to be parsed.
import type { IndexMemory } from '../src/index.js';
import { articleOrProblem, type ContentProblem } from './content-dir.js';
import {
  loadLibraryWith,
  type LibraryState,
  type LoadedLibrary,
  type LoadLibraryOptions,
} from './library-load.js';
import { scanContent, type ContentScan } from './snapshot/content-scan.js';

export {
  BACKGROUND_INDEX_ABOVE,
  loadLibraryLazily,
  saveInTurnsQuietly,
  saveLibrarySnapshot,
  saveQuietly,
  type IndexOrigin,
  type LibraryState,
  type LoadedLibrary,
  type LoadLibraryOptions,
} from './library-load.js';

/** `loadLibraryWith` the content files' parser. */
export function loadLibrary(contentDir: string, options: LoadLibraryOptions = {}): LoadedLibrary {
  return loadLibraryWith(contentDir, options, articleOrProblem);
}

export interface ReloadedLibrary {
  readonly state: LibraryState;
  readonly problems: ContentProblem[];
  /** Whether the library changed (a file added, changed or removed). */
  readonly changed: boolean;
  readonly parsed: number;
  readonly scan: ContentScan;
}

/**
 * Looks at the content folder again: only files added or changed since `state` are parsed, and only their
 * passages indexed (`Library.withArticles`, its arrays from `memory`). `only`: the files known to have
 * changed, when the watcher named them (see `scanContent`). The caller saves the result with
 * `saveLibrarySnapshot`.
 */
export function reloadLibrary(
  contentDir: string,
  state: LibraryState,
  memory?: IndexMemory,
  only?: ReadonlySet<string>,
): ReloadedLibrary {
  const scan = scanContent(contentDir, state, only, articleOrProblem);
  const changed = scan.parsed > 0 || scan.removed > 0;
  const library =
    changed && scan.list.length > 0 ? state.library.withArticles(scan.list, memory) : state.library;
  return {
    state: { manifest: scan.manifest, articles: scan.articles, library },
    problems: scan.problems,
    changed,
    parsed: scan.parsed,
    scan,
  };
}
