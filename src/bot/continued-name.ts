import type { Library } from '../library.js';
import type { QuoteRequest } from './requests.js';
import { withWholeArticle } from './typed-article-name.js';
import { withWholeAuthor } from './typed-author-name.js';

/**
 * A request whose `article:` or `author:` value the words after it went on naming, read as its name (see
 * `withWholeArticle`, `withWholeAuthor`) from those words alone, and the words typed before the value back
 * before what the name leaves of them: `/quote energy author:jimmy carter taxes` looks for "energy taxes".
 */
export function withContinuedName(
  library: Library,
  asked: QuoteRequest,
  readArticle: (request: QuoteRequest) => QuoteRequest = (request) => withWholeArticle(library, request),
): QuoteRequest {
  const { continued, ...request } = asked;
  if (continued === undefined || (continued.option !== 'article' && continued.option !== 'author'))
    return request;
  const words = request.query.trim().split(/\s+/);
  const next = { ...request, query: words.slice(0, continued.next).join(' ') };
  const read = continued.option === 'author' ? withWholeAuthor(library, next) : readArticle(next);
  const before = words.slice(continued.next, continued.next + continued.before);
  const rest = words.slice(continued.next + continued.before);
  return { ...read, query: [...before, read.query, ...rest].filter(Boolean).join(' ') };
}
