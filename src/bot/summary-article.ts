import type { Article } from '../content/article.js';
import type { Library } from '../library.js';
import type { LibrarySummary } from '../summary/library-summary.js';
import { foldedWords } from '../text/fold.js';
import type { LanguageDetector } from '../text/language-names.js';
import { STOPWORDS } from '../text/stopwords.js';
import { withContinuedName } from './continued-name.js';
import { TEXT_KINDS } from './intent-words.js';
import type { BotRequest, QuoteRequest } from './requests.js';
import { isOfKind, kindEnding } from './text-kind.js';
import { titleRunLength } from './typed-article-name.js';

/**
 * Whether the words only name the article: each is a word of its title or of its author's name, a small word,
 * or a word for a kind of text ("the lincoln speech", "ask jeeves").
 */
export function inTitle(article: Article, words: string): boolean {
  const own = new Set(foldedWords(`${article.meta.title} ${article.meta.author}`));
  return foldedWords(words).every((word) => own.has(word) || STOPWORDS.has(word) || TEXT_KINDS.has(word));
}

/** Whether the words name the article by its title or author: `inTitle`, with one word its own, not a kind alone. */
export function namedByTitle(article: Article, words: string): boolean {
  const own = new Set(foldedWords(`${article.meta.title} ${article.meta.author}`));
  return inTitle(article, words) && foldedWords(words).some((word) => own.has(word));
}

/**
 * The one article whose title has every word before a kind of text that ends the words ("summarize the
 * lighthouse poem" of "The Lighthouse Keeper's Daughter"): a title named, before the words are a topic.
 * Undefined when the words end with no kind, or no one title has the others.
 */
export function articleOfTitleAndKind(library: Library, words: string): string | undefined {
  const ending = kindEnding(words);
  const before = ending?.before;
  const content = before === undefined ? [] : contentWords(before);
  if (content.length === 0) return undefined;
  const titled = library.titledWith(content.join(' '));
  // "the luis ortega episode" of the episode and its show notes, both titled so: the one that is an episode.
  const ofKind =
    titled.length > 1
      ? titled.filter((article) => isOfKind(library.articles, article.slug, ending!.kind, library.titleKinds))
      : titled;
  return ofKind.length === 1 ? ofKind[0]!.slug : undefined;
}

/** The folded words of a text that are no small words ("levy tipped" of "the levy tipped"). */
function contentWords(text: string): string[] {
  return foldedWords(text).filter((word) => !STOPWORDS.has(word));
}

/** Whether a text says every one of the words, each as written ("levy", not its synonym "raise"). */
function saysAll(text: string, words: readonly string[]): boolean {
  const own = new Set(foldedWords(text));
  return words.every((word) => own.has(word));
}

/**
 * The article a summary request, or a question whether one says something, names: see `Library.articleNamed`
 * (`languages` tells the article `described` by a language, "the french article").
 */
export function articleForSummary(
  library: Library,
  input: string,
  described: boolean,
  languages: LanguageDetector | undefined,
): string | undefined {
  return library.articleNamed(input, described, languages);
}

/**
 * The article a summary request names with its topic's words: the whole title as the topic ("give me a
 * summary of japan narrowly escapes recession"), an `article:` whose title goes on in the words after it
 * (`/summary article:India calls for fair trade rules`), or an `article:` of one word that names no article
 * alone and does with them (`article:mary poppins`; a value of several words was quoted, `article:"mary
 * poppins" topic:disney`, and one written as a slug, `article:north-korea topic:sanctions`, stays apart
 * from its topic). Undefined when the topic is a topic.
 */
export function articleInTopic(
  library: Library,
  request: Extract<BotRequest, { kind: 'summary' }>,
  languages: LanguageDetector | undefined,
): string | undefined {
  const { topic, article, described } = request;
  if (topic === undefined) return undefined;
  const titled = article === undefined || described ? library.titled(topic) : undefined;
  if (titled !== undefined || article === undefined) return titled;
  const joined = `${article} ${topic}`;
  const wholeTitle = library.titled(joined);
  // A value written as a slug (`article:north-korea`) is the whole article's name, not a title's first
  // word: the words after it are its topic.
  if (wholeTitle !== undefined || described || /[\s-]/.test(article.trim())) return wholeTitle;
  return library.resolveSlug(article) === undefined
    ? articleForSummary(library, joined, false, languages)
    : undefined;
}

/**
 * The article whose title has a topic of two words or more side by side ("levy tipped" of "Levy tipped for
 * Whitbread prize"), when no other title has them and no other article the topic summary quotes says them all:
 * the words name it (another article may come in by a synonym of one, "raise" for "levy", or one of them).
 */
export function titleRun(library: Library, topic: string, summary: LibrarySummary): string | undefined {
  const words = contentWords(topic);
  if (summary.kind !== 'found' || words.length < 2 || !library.titleHasRun(topic)) return undefined;
  const titled = library.titledWith(topic);
  const slug = titled.length === 1 ? titled[0]!.slug : undefined;
  const saidElsewhere = summary.excerpts.some(
    (excerpt) =>
      excerpt.article.slug !== slug && excerpt.sentences.some((sentence) => saysAll(sentence.text, words)),
  );
  return saidElsewhere ? undefined : slug;
}

/**
 * A summary's one-word `article:` that names its article alone, with the words of its topic that go on beside
 * it in that article's title, read as `/quote` reads them (`withTitleRun`, and the words typed before the
 * value back before the rest): `/summary vatican article:da vinci` is about "vatican" in "Da Vinci Code is
 * 'lousy history'". The article stays named by the words typed ("da vinci"), so that a topic of title words
 * still asks none (`/summary trump article:north korea`).
 */
export function withArticleTitleRun(
  library: Library,
  asked: Extract<BotRequest, { kind: 'summary' }>,
): Extract<BotRequest, { kind: 'summary' }> {
  const { continued, ...request } = asked;
  const article = request.article?.trim();
  const slug = article && !/[\s-]/.test(article) ? library.resolveSlug(article) : undefined;
  if (article === undefined || slug === undefined || request.topic === undefined) return request;
  const byTitle = (quote: QuoteRequest): QuoteRequest => {
    const words = quote.query.trim().split(/\s+/).filter(Boolean);
    const count = titleRunLength(library, article, slug, words);
    return count === 0
      ? quote
      : {
          ...quote,
          article: [article, ...words.slice(0, count)].join(' '),
          query: words.slice(count).join(' '),
        };
  };
  const quote: QuoteRequest = { kind: 'quote', query: request.topic, article, continued };
  const read = continued?.option === 'article' ? withContinuedName(library, quote, byTitle) : byTitle(quote);
  if (read.article === article) return request;
  const { topic: _topic, ...rest } = request;
  return { ...rest, article: read.article, ...(read.query ? { topic: read.query } : {}) };
}
