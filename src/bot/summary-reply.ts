import { attributionOf, type Article } from '../content/article.js';
import type { Library } from '../library.js';
import {
  asksForWholeLibrary,
  overviewOfLibrary,
  summarizeLibrary,
  wantsLibrarySummary,
  type LibraryFinder,
} from '../summary/library-summary.js';
import { DEFAULT_SUMMARY_OPTIONS } from '../summary/options.js';
import { summarize } from '../summary/summarize.js';
import { SearchStatus } from '../search/result.js';
import { withoutChatMarkup } from '../text/chat-markup.js';
import type { LanguageDetector } from '../text/language-names.js';
import { authorName } from './articles-page.js';
import { articleAlone } from './intent.js';
import { newestArticleOf } from './recent-first.js';
import type { BotReply, BotRequest } from './requests.js';
import {
  articleForSummary,
  articleInTopic,
  articleOfTitleAndKind,
  inTitle,
  namedByTitle,
  titleRun,
  withArticleTitleRun,
} from './summary-article.js';
import { articlesOfChapter, partsOfWorkNamed } from './chapter-named.js';
import { articlesOfOwnerAndKind } from './owner-and-kind.js';
import { articlesOfKind, textKindNamed } from './text-kind.js';
import { severalTitled } from './typed-article-name.js';
import { wholeAuthorName } from './typed-author-name.js';
import { noArticleOfKind, severalOfKind, unknownArticle } from './unknown-article.js';

/**
 * `/summary`: one article's summary, or, for a topic with no article named in a library of several,
 * what the whole library says about it (`summarizeLibrary`). `languages` tells the article a language
 * names ("summarize the french article").
 */
export function summaryReply(
  library: Library,
  asked: Extract<BotRequest, { kind: 'summary' }>,
  languages: LanguageDetector | undefined,
): BotReply {
  const { language, ...unworded } = asked;
  if (language !== undefined) return summaryIn(library, unworded, language, languages);
  const typed = withoutMentions(asked);
  if (typed.author?.trim()) return summaryByAuthor(library, typed, languages);
  if (typed.recent) return latestSummary(library, typed, languages);
  const request = withArticleTitleRun(library, typed);
  const { topic: words, article: named } = request;
  const maxLength = library.options.maxQueryLength;
  if (words !== undefined && words.length > maxLength)
    return { kind: 'invalid-query', reason: 'too-long', maxLength };
  // `/summary the chess article`: the topic only names an article.
  const alone = named === undefined && words !== undefined ? articleAlone(words) : undefined;
  if (alone !== undefined)
    return summaryReply(
      library,
      { ...request, topic: undefined, article: alone, described: true },
      languages,
    );
  // "summarize all the articles", "tl;dr of the whole library": each article in a sentence, newest first.
  if (named === undefined && words !== undefined && asksForWholeLibrary(words)) {
    if (library.articles.length <= 1)
      return summaryReply(library, { ...request, topic: undefined }, languages);
    return overview(library, library.articles, request);
  }
  // "summarize chapter 1" of three novels' first chapters ("Chapter I"): which one; "chapter 1 of <a title>" that one.
  const chapters =
    named === undefined && words !== undefined ? articlesOfChapter(library.articles, words) : undefined;
  // "summarize Pride and Prejudice" of two chapters titled "Pride and Prejudice, Chapter …": which one.
  const parts =
    chapters === undefined && named === undefined && words !== undefined
      ? partsOfWorkNamed(library.articles, words)
      : [];
  const fitting = chapters !== undefined && chapters.length > 0 ? chapters : parts;
  if (fitting.length === 1)
    return summaryReply(
      library,
      { ...request, topic: undefined, article: fitting[0]!.slug, described: undefined },
      languages,
    );
  if (fitting.length > 1 && words !== undefined)
    return {
      kind: 'unknown-article',
      article: words.trim(),
      suggestions: fitting.map((article) => article.slug),
      several: true,
      choices: fitting.map(attributionOf),
      ...(fitting === chapters ? { textKind: 'chapter' } : {}),
    };
  // "summarize the speech": the one article whose title calls it a speech ("Remarks at the Opening of…"),
  // before any article that says "lecture" is taken for it.
  const ofKind =
    named === undefined && words !== undefined
      ? articlesOfKind(library.articles, words, library.titleKinds)
      : undefined;
  if (ofKind?.length === 1)
    return summaryReply(
      library,
      { ...request, topic: undefined, article: ofKind[0]!.slug, described: undefined },
      languages,
    );
  // "summarize the letter" of two letters: which one, not what the texts say of "letter".
  const several =
    ofKind === undefined || words === undefined ? undefined : severalOfKind(library, words, ofKind);
  if (several !== undefined) return several;
  if (ofKind?.length === 0 && words !== undefined) {
    const none = noArticleOfKind(library, words);
    if (none !== undefined) return none;
  }
  // "summarize the Okafor paper", "the Journal of Ecology paper": the paper Okafor wrote first, the one that
  // journal published; of several, which one.
  const owned =
    named === undefined && words !== undefined ? articlesOfOwnerAndKind(library, words) : undefined;
  if (owned?.articles.length === 1)
    return summaryReply(
      library,
      { ...request, topic: undefined, article: owned.articles[0]!.slug, described: undefined },
      languages,
    );
  if (owned !== undefined && words !== undefined) {
    const kind = textKindNamed(owned.kind);
    return {
      kind: 'unknown-article',
      article: words.trim(),
      suggestions: owned.articles.map((article) => article.slug),
      several: true,
      choices: owned.articles.map(attributionOf),
      ...(kind === undefined || kind.everyText ? {} : { textKind: kind.kind }),
    };
  }
  // "summarize the lighthouse poem": the one title with "lighthouse", though no text says "poem".
  const titledKind =
    named === undefined && words !== undefined ? articleOfTitleAndKind(library, words) : undefined;
  const whole = titledKind ?? articleInTopic(library, request, languages);
  if (whole !== undefined)
    return summaryReply(
      library,
      { ...request, topic: undefined, article: whole, described: undefined },
      languages,
    );
  if (request.topic !== undefined && wantsLibrarySummary(request, library.articles.length)) {
    const { topic, length, sentences } = request;
    const summary = summarizeLibrary(library, { topic, length, sentences }, DEFAULT_SUMMARY_OPTIONS);
    // "summarize uganda": the one article that discusses it, and whose title names it, is what was meant
    // (asked of a long summary, which takes two sentences of each article at most: not capped at one).
    const wide =
      summary.kind === 'found' && summary.excerpts.length === 1
        ? summarizeLibrary(library, { topic, length: 'long' }, DEFAULT_SUMMARY_OPTIONS)
        : undefined;
    const only = wide?.kind === 'found' && wide.excerpts.length === 1 ? wide.excerpts[0]! : undefined;
    const article = only === undefined ? undefined : library.article(only.article.slug);
    const named =
      article !== undefined && namedByTitle(article, topic)
        ? article.slug
        : titleRun(library, topic, summary);
    if (named !== undefined)
      return summaryReply(
        library,
        { ...request, topic: undefined, article: named, described: undefined },
        languages,
      );
    return { kind: 'library-summary', summary };
  }
  const slug =
    request.article === undefined
      ? library.articles[0]?.slug
      : articleForSummary(library, request.article, request.described === true, languages);
  const article = slug === undefined ? undefined : library.article(slug);
  if (!article) {
    const typed = (named && words && severalTitled(library, named, words)?.name) || (named ?? '');
    return unknownArticle(library, typed, undefined, request.described === true, languages);
  }
  // Words that are all the title's go on naming the article (`/summary article:ask jeeves`), they ask no
  // topic; an article named by its slug is named whole, and a topic beside it is a topic
  // (`--topic fuel --article <slug>`).
  const bySlug = named !== undefined && library.article(named.trim().toLowerCase()) !== undefined;
  const topic =
    words !== undefined && named !== undefined && !bySlug && inTitle(article, words) ? undefined : words;
  return {
    kind: 'summary',
    summary: summarize(article, { length: request.length, sentences: request.sentences, topic }, library),
    // No article named in a library of several: the newest, and the reply says how to pick another.
    ...(request.article === undefined && library.articles.length > 1 ? { newest: true as const } : {}),
    ...(library.articles.length === 1 ? { only: true as const } : {}),
  };
}

/** The matches a summary of "the latest on" something reads the newest article from, as a quote counts them. */
const LATEST_MATCHES = 100;

/**
 * "summarize the latest on the bridge": the summary on that topic of the newest article with a passage on it
 * (`newestArticleOf`), as "what's the latest on the bridge?" quotes it; with an article named, or none on the
 * topic, the summary as asked without the date.
 */
function latestSummary(
  library: Library,
  asked: Extract<BotRequest, { kind: 'summary' }>,
  languages: LanguageDetector | undefined,
): BotReply {
  const { recent: _recent, ...request } = asked;
  const { topic } = request;
  if (request.article !== undefined || topic === undefined) return summaryReply(library, request, languages);
  const result = library.search({ query: topic, limit: LATEST_MATCHES });
  const newest = result.status === SearchStatus.Ok ? newestArticleOf(library, result.hits) : undefined;
  return summaryReply(library, newest === undefined ? request : { ...request, article: newest }, languages);
}

/**
 * A summary asked in a language ("summarize the article in french", "summarize it in german"): the bot does
 * not translate. With nothing else named (no article, author or topic), it is of the article in that language,
 * as "summarize the french article" is (of several, it asks which), unless every article is in it; else the
 * summary as asked, which is in its articles' own words and language: when an article it quotes is in
 * another, the reply says that it is not in the one asked for (`untranslated`).
 */
function summaryIn(
  library: Library,
  request: Extract<BotRequest, { kind: 'summary' }>,
  words: string,
  languages: LanguageDetector | undefined,
): BotReply {
  const inLanguage = library.inLanguageNamed(words, languages);
  if (inLanguage === undefined) return summaryReply(library, request, languages);
  const { language, articles } = inLanguage;
  const picks = articles.length > 0 && articles.length < library.articles.length;
  const named = request.article ?? request.author ?? request.topic;
  if (picks && named === undefined)
    return summaryReply(library, { ...request, article: words, described: true }, languages);
  const reply = summaryReply(library, request, languages);
  const own = new Set(articles.map((article) => article.slug));
  const other = (slugs: readonly string[]): boolean => slugs.some((slug) => !own.has(slug));
  if (reply.kind === 'summary' && reply.summary.found && other([reply.summary.article.slug]))
    return { ...reply, untranslated: language.name };
  if (
    reply.kind === 'library-summary' &&
    reply.summary.kind === 'found' &&
    other(reply.summary.excerpts.map((excerpt) => excerpt.article.slug))
  )
    return { ...reply, untranslated: language.name };
  return reply;
}

/** Each of `articles` in a sentence, newest first (`/summary all`). */
function overview(
  library: Library,
  articles: readonly Article[],
  request: Extract<BotRequest, { kind: 'summary' }>,
): BotReply {
  const summary = overviewOfLibrary(
    articles,
    (slug) => {
      const article = library.article(slug)!;
      const { sentences } = summarize(article, { sentences: 1 }, library);
      return { article: attributionOf(article), sentences };
    },
    request,
    DEFAULT_SUMMARY_OPTIONS,
  );
  return { kind: 'library-summary', summary };
}

/**
 * `/summary author:reagan`: the summary requests of the whole library, kept to one author's articles (as
 * `/quote author:` keeps to them). Of one article, its summary; of several, the newest one's (saying so),
 * or with a topic what their articles say about it, or with `all` each of them in a sentence. An article
 * named beside the author must be one of theirs.
 */
function summaryByAuthor(
  library: Library,
  asked: Extract<BotRequest, { kind: 'summary' }>,
  languages: LanguageDetector | undefined,
): BotReply {
  const typed = asked.author!.trim();
  const whole = asked.authorWhole ? undefined : wholeAuthorName(library, typed, asked.topic ?? '');
  const author = whole?.author ?? typed;
  const words = whole === undefined ? asked.topic : whole.words || undefined;
  const articles = library.articlesBy(author);
  if (articles.length === 0)
    return { kind: 'unknown-author', author, suggestions: library.similarAuthors(author) };
  const scope = { name: authorName(articles, author), articles: articles.length };
  const request = { ...asked, author: undefined, topic: words };
  if (request.article !== undefined) {
    const slug = articleForSummary(library, request.article, request.described === true, languages);
    if (slug !== undefined && !articles.some((article) => article.slug === slug))
      return {
        kind: 'unknown-article',
        article: request.article,
        suggestions: articles.slice(0, 5).map((article) => article.slug),
      };
    return summaryReply(library, request, languages);
  }
  const all = words !== undefined && asksForWholeLibrary(words);
  if (all && articles.length > 1) return byAuthor(overview(library, articles, request), scope.name);
  if (words !== undefined && !all && articles.length > 1) {
    const { length, sentences } = request;
    const theirs: LibraryFinder = {
      options: library.options,
      articles,
      search: (search) => library.search({ ...search, author }),
      article: (slug) => library.article(slug),
    };
    const summary = summarizeLibrary(theirs, { topic: words, length, sentences }, DEFAULT_SUMMARY_OPTIONS);
    return byAuthor({ kind: 'library-summary', summary }, scope.name);
  }
  const newest = articles[0]!.slug;
  const reply = summaryReply(
    library,
    { ...request, topic: all ? undefined : words, article: newest, described: undefined },
    languages,
  );
  if (reply.kind !== 'summary') return reply;
  return { ...reply, author: scope, ...(articles.length > 1 ? { newest: true as const } : {}) };
}

/** A library summary kept to one author's articles, saying whose ("What 2 articles by BBC News say…"). */
function byAuthor(reply: BotReply, author: string): BotReply {
  return reply.kind === 'library-summary' && reply.summary.kind === 'found'
    ? { ...reply, summary: { ...reply.summary, author } }
    : reply;
}

/** A summary request with no mention in its topic or article ("/summary @bob the chess article"). */
function withoutMentions(
  request: Extract<BotRequest, { kind: 'summary' }>,
): Extract<BotRequest, { kind: 'summary' }> {
  const clean = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : withoutChatMarkup(text) || undefined;
  const topic = clean(request.topic);
  const article = clean(request.article);
  if (topic === request.topic && article === request.article) return request;
  const { topic: _topic, article: _article, ...rest } = request;
  return {
    ...rest,
    ...(topic === undefined ? {} : { topic }),
    ...(article === undefined ? {} : { article }),
  };
}
