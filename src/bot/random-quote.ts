import type { Library } from '../library.js';
import { libraryExampleWord } from './library-examples.js';
import { speakerOf } from './passage-speaker.js';
import type { BotReply, QuoteRequest } from './requests.js';
import { unknownArticle } from './unknown-article.js';

/**
 * No words: a random quote (of the author, of the article): an article first, then one of its quotes
 * (`Library.randomQuoteIndex`, from a number of `random`). Its `position` is the quote's index among those it
 * was picked from, so that "Context" and "Share" show the same one; "Next" is the next index, another
 * article's turn (see `Library.quoteAmong`), so that no quote comes again before every other one has.
 */
export function randomQuote(
  library: Library,
  request: QuoteRequest,
  article: string | undefined,
  author: string | undefined,
  random: () => number,
): BotReply {
  const filter = { slug: article, author };
  if (article !== undefined && !library.article(article))
    return unknownArticle(library, request.article ?? article);
  const index = request.position ?? library.randomQuoteIndex(random(), filter);
  const picked = library.quoteAmong(index, filter);
  if (!picked)
    return {
      kind: 'invalid-query',
      reason: 'empty',
      maxLength: library.options.maxQueryLength,
      example: libraryExampleWord(library),
    };
  const withContext = request.withContext ?? false;
  const again: QuoteRequest = {
    kind: 'quote',
    query: '',
    ...(article === undefined ? {} : { article }),
    ...(author === undefined ? {} : { author }),
  };
  const saidElse = request.saidElse === undefined ? {} : { saidElse: request.saidElse };
  // The article's opening asked for by its title is no random pick, nor is its context or card; its "Next" is.
  const opening = request.opening ? { opening: true as const } : {};
  // "Next" is another random quote; the quote itself, with its context or as a card, is the one it was.
  const asked: QuoteRequest = { ...again, position: picked.index, withContext, ...saidElse, ...opening };
  const next: QuoteRequest = { ...again, position: (picked.index + 1) % picked.count };
  const { hit } = picked;
  const hasContext = hit.context.before !== null || hit.context.after !== null;
  return {
    kind: 'quote',
    query: '',
    hit,
    position: 0,
    matches: 1,
    moreMatches: false,
    article,
    ...(author === undefined ? {} : { author }),
    random: true,
    withContext,
    card: request.card ?? false,
    ...saidElse,
    ...opening,
    ...speakerOf(library, hit),
    followUps: {
      ...(picked.count > 1 ? { next } : {}),
      ...(hasContext && !withContext ? { context: { ...asked, withContext: true } } : {}),
      share: asked,
      ...(request.card ? {} : { card: { ...asked, card: true } }),
    },
  };
}
