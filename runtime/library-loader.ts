import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Library, type Article } from '../src/index.js';
import { loadContentDir, type ContentProblem } from './content-dir.js';
import { contentHashOf, loadIndex, saveIndex } from './index-cache.js';
import { sharedLexicon } from './lexicon.js';

/** How the search index of a loaded library came to be. */
export type IndexOrigin = 'memory' | 'loaded' | 'built' | 'building';

export interface LoadLibraryOptions {
  /** Where the search index is saved and found again (DATA_DIR); without it, it is built every time. */
  readonly dataDir?: string | undefined;
  /**
   * Libraries of more passages than this answer at once from a preview (`Library.preview`) while the
   * full index is built in slices that yield to the event loop; `complete` then gives the full library.
   * Default: never (build before returning), right for one-shot commands.
   */
  readonly backgroundAbove?: number | undefined;
}

export interface LoadedLibrary {
  readonly library: Library;
  readonly problems: ContentProblem[];
  readonly index: IndexOrigin;
  /** When `index` is 'building': the full library, once indexed (and saved). */
  readonly complete?: Promise<Library>;
}

/** The bot's default for `backgroundAbove`: a library of this many passages indexes in about a second. */
export const BACKGROUND_INDEX_ABOVE = 30_000;

/** Passages a preview indexes at once (whole articles, newest first): well under a second to build. */
const PREVIEW_PASSAGES = 10_000;
/** Passages indexed between two yields to the event loop in a background build. */
const SLICE_PASSAGES = 500;

/**
 * Loads the content folder into a library; throws if no article could be loaded. With a `dataDir`, the
 * search index saved there is used when the content is unchanged (same content hash), and otherwise
 * built and saved for next time.
 */
export function loadLibrary(contentDir: string, options: LoadLibraryOptions = {}): LoadedLibrary {
  const { articles, problems } = loadContentDir(contentDir);
  if (articles.length === 0) {
    const why = problems.map((problem) => `  - ${problem.message}`).join('\n');
    throw new Error(
      `No article could be loaded from ${contentDir}.${why ? `\n${why}` : ' Add a Markdown file there.'}`,
    );
  }
  const { dataDir } = options;
  if (dataDir === undefined)
    return { library: Library.create(articles, { lexicon: sharedLexicon() }), problems, index: 'memory' };
  const hash = contentHashOf(contentDir);
  const saved = restore(articles, dataDir, hash);
  if (saved) return { library: saved, problems, index: 'loaded' };
  const passages = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  if (passages > (options.backgroundAbove ?? Infinity)) {
    const complete = buildInSlices(articles).then((library) => {
      saveQuietly(dataDir, hash, library);
      return library;
    });
    return {
      library: Library.preview(articles, PREVIEW_PASSAGES, { lexicon: sharedLexicon() }),
      problems,
      index: 'building',
      complete,
    };
  }
  const library = Library.create(articles, { lexicon: sharedLexicon() });
  saveQuietly(dataDir, hash, library);
  return { library, problems, index: 'built' };
}

function restore(articles: readonly Article[], dataDir: string, hash: string): Library | undefined {
  const snapshot = loadIndex(dataDir, hash);
  if (!snapshot) return undefined;
  try {
    return Library.fromIndex(articles, snapshot, { lexicon: sharedLexicon() });
  } catch {
    return undefined;
  }
}

/** A read-only or full disk costs the next start a rebuild, never this start its library. */
function saveQuietly(dataDir: string, hash: string, library: Library): void {
  try {
    saveIndex(dataDir, hash, library.exportIndex());
  } catch (error) {
    process.stderr.write(
      `quotebot: the search index could not be saved in ${dataDir}: ${(error as Error).message}\n`,
    );
  }
}

async function buildInSlices(articles: readonly Article[]): Promise<Library> {
  const build = Library.build(articles, { lexicon: sharedLexicon() });
  while (!build.step(SLICE_PASSAGES)) await yieldToEvents();
  return build.finish();
}
