import { attributionOf, type Article } from '../content/article.js';
import type { Library } from '../library.js';
import { SearchStatus } from '../search/result.js';
import { noHits } from './no-hits.js';
import { articlesOfKind, textKindNamed } from './text-kind.js';
import { titleKindNamed } from './title-kinds.js';
import type { BotReply, LibraryFact } from './requests.js';

/** Articles on one page of `/articles`. */
export const ARTICLES_PAGE_SIZE = 10;

/**
 * A page of the articles; `about` keeps those with a passage that `/quote` finds for it, in the order of
 * their best passage ("no passage matches" when none has one); `author` those of that author.
 */
export function articlesPage(library: Library, page: number, about?: string, author?: string): BotReply {
  let all = author === undefined ? library.articles : library.articlesBy(author);
  if (author !== undefined && all.length === 0)
    return { kind: 'unknown-author', author, suggestions: library.similarAuthors(author) };
  const by = author === undefined ? {} : { author: authorName(all, author) };
  if (about !== undefined) {
    const { result, articles } = library.articlesAbout(about, author);
    if (result.status !== SearchStatus.Ok) {
      const reply = noHits(library, result, undefined, author);
      return reply.kind === 'no-match' || reply.kind === 'invalid-query'
        ? { ...reply, articles: true }
        : reply;
    }
    all = articles;
  }
  const pageCount = Math.max(1, Math.ceil(all.length / ARTICLES_PAGE_SIZE));
  const asked = Math.floor(page);
  const current = Math.min(Math.max(1, asked), pageCount);
  const slice = all.slice((current - 1) * ARTICLES_PAGE_SIZE, current * ARTICLES_PAGE_SIZE);
  return {
    kind: 'articles',
    ...(about === undefined ? {} : { about }),
    ...by,
    articles: slice.map(attributionOf),
    page: current,
    pageCount,
    total: all.length,
    ...(asked === current ? {} : { missingPage: asked }),
  };
}

/**
 * The answer to a question about the library itself: its newest or oldest article (the library is newest
 * first), how many it has, or the one article named (`article`, "who wrote the poem?"); of the newest or oldest
 * of a kind (`noun`: "what's the newest episode?"), the one `slug` names.
 */
export function libraryFact(library: Library, fact: LibraryFact, slug?: string, noun?: string): BotReply {
  const all = library.articles;
  // "how many postmortems are there?": that kind's count (`total`), the kind named as its titles' label says it.
  const ofKind = fact === 'count' && noun !== undefined ? kindCount(library, noun) : undefined;
  if (ofKind !== undefined) return { kind: 'articles', fact, ...ofKind, articles: [], page: 1, pageCount: 1 };
  // "who wrote the poem?" of several poems: each of them, with its author.
  const ofNamedKind =
    fact === 'named' && slug === undefined && noun !== undefined
      ? articlesOfKind(all, `the ${noun}`, library.titleKinds)
      : undefined;
  if (ofNamedKind !== undefined && ofNamedKind.length > 0)
    return {
      kind: 'articles',
      fact,
      ...(noun === undefined ? {} : { noun }),
      articles: ofNamedKind.map(attributionOf),
      page: 1,
      pageCount: 1,
      total: all.length,
    };
  const named = slug === undefined ? undefined : library.article(slug);
  const endOfKind = noun !== undefined && named !== undefined;
  const one = endOfKind
    ? named
    : fact === 'newest'
      ? all[0]
      : fact === 'oldest'
        ? all[all.length - 1]
        : fact === 'named'
          ? named
          : undefined;
  return {
    kind: 'articles',
    fact,
    ...(endOfKind ? { noun } : {}),
    articles: one === undefined ? [] : [attributionOf(one)],
    page: 1,
    pageCount: 1,
    total: all.length,
  };
}

/**
 * The name of the author of `articles` when one wrote them all, else the words asked (`author:roosevelt`).
 */
export function authorName(articles: readonly Article[], asked: string): string {
  const names = new Set(articles.map((article) => article.meta.author));
  return names.size === 1 ? articles[0]!.meta.author : asked;
}

/** How many articles are of the kind of text a noun names ("postmortems"), and the kind; undefined for none. */
function kindCount(
  library: Library,
  noun: string,
): { readonly noun: string; readonly total: number } | undefined {
  const { articles, titleKinds } = library;
  const kind = titleKindNamed(articles, noun, titleKinds)?.kind ?? textKindNamed(noun)?.kind;
  const found = articlesOfKind(articles, noun, titleKinds);
  return kind === undefined || found === undefined ? undefined : { noun: kind, total: found.length };
}
