import type { Library } from '../library.js';
import type { SearchHit } from '../search/result.js';

/**
 * The hits with the newest article's first, by the article's date (`YYYY-MM-DD` sorts as text), each article's
 * in their order: "what's the latest on the bridge?" is the follow-up report's, not the first report's.
 */
export function newestArticleFirst(hits: readonly SearchHit[]): SearchHit[] {
  return hits
    .map((hit, rank) => ({ hit, rank }))
    .sort((a, b) =>
      a.hit.article.date === b.hit.article.date
        ? a.rank - b.rank
        : a.hit.article.date < b.hit.article.date
          ? 1
          : -1,
    )
    .map(({ hit }) => hit);
}

/** The hits of articles dated after `date`: "anything newer on this?" after a quote of an article of that date. */
export function hitsNewerThan(hits: readonly SearchHit[], date: string): SearchHit[] {
  return hits.filter((hit) => hit.article.date > date);
}

/**
 * The slug of the newest article among the hits' (by its date; of two of a date, the better match's), of those
 * dated after `newerThan`'s article when given; undefined when there is none.
 */
export function newestArticleOf(
  library: Library,
  hits: readonly SearchHit[],
  newerThan?: string,
): string | undefined {
  const after = newerThan === undefined ? undefined : library.article(newerThan)?.meta.date;
  const kept = after === undefined ? hits : hitsNewerThan(hits, after);
  return newestArticleFirst(kept)[0]?.article.slug;
}
