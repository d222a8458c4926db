import type { Article } from '../content/article.js';
import { Catalog } from '../search/catalog.js';
import type { IndexSnapshot } from '../search/index-data.js';
import {
  updateIndex,
  type IndexMemory,
  type IndexSegment,
  type IndexVocabulary,
} from '../search/index-update.js';
import { SentenceIndex } from '../search/sentence-index.js';

/** A saved index's term and stem ids, each map made on first use (an update of few files may need neither). */
export function snapshotVocabulary(snapshot: IndexSnapshot): IndexVocabulary {
  const { terms, stems } = snapshot;
  let termIds: Map<string, number> | undefined;
  let stemIds: Map<string, number> | undefined;
  return {
    termId: (term) => (termIds ??= new Map(terms.map((known, id) => [known, id]))).get(term),
    stemId: (stem) => (stemIds ??= new Map(stems.map((known, id) => [known, id]))).get(stem),
  };
}

/**
 * The catalog of `articles` and its index, made from the previous ones (`Library.withArticles`,
 * `Library.update`): an article `before` holds as the same object keeps its run of the previous index (runs
 * side by side copied as one), the others are tokenized.
 */
export function updatedIndex(
  articles: readonly Article[],
  before: Catalog,
  /** The previous index, or its data (a saved index). */
  previous: SentenceIndex | IndexSnapshot,
  vocabulary: IndexVocabulary,
  memory?: IndexMemory,
): { catalog: Catalog; index: SentenceIndex } {
  const catalog = new Catalog(articles, before);
  const segments: IndexSegment[] = [];
  for (const article of catalog.articles) {
    const kept = before.article(article.slug) === article ? before.rangeOf(article.slug) : undefined;
    const last = segments.at(-1);
    if (kept && kept.to <= previous.passageCount) {
      if (last?.kind === 'kept' && last.to === kept.from)
        segments[segments.length - 1] = { ...last, to: kept.to };
      else segments.push({ kind: 'kept', from: kept.from, to: kept.to });
      continue;
    }
    const range = catalog.rangeOf(article.slug)!;
    segments.push({ kind: 'new', passages: catalog.passages.slice(range.from, range.to) });
  }
  const data = previous instanceof SentenceIndex ? previous.data : previous;
  const update = updateIndex(data, vocabulary, segments, catalog.passages, memory);
  const index = new SentenceIndex(
    catalog.passages,
    update.data,
    previous instanceof SentenceIndex
      ? { previous, terms: update.sameTerms, stems: update.sameStems }
      : undefined,
  );
  return { catalog, index };
}
