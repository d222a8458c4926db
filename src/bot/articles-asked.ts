import { cleanTopic } from '../summary/topic.js';
import { articleNamedIn } from './article-named.js';
import { ARTICLES_ABOUT, ARTICLES_BY } from './intent-words.js';
import type { BotRequest } from './requests.js';

/**
 * The articles a message asks to list (see `readRequest`): an author's ("list the articles by reagan"), about
 * something ("which article is about bees?"), or all of them.
 */
export function articlesAsked(text: string): Extract<BotRequest, { kind: 'articles' }> {
  // "list the articles by reagan", "which articles did reagan write about taxes?": theirs, about that.
  const by = ARTICLES_BY.map((pattern) => pattern.exec(text)).find((match) => match !== null);
  // "which article is about bees?", or one named by what it is about: "who wrote the yukos article?".
  const asked = by
    ? by[2]
    : (ARTICLES_ABOUT.exec(text)?.[1] ??
      articleNamedIn(text)?.replace(
        /^(?:author|writer|title|headline|source|publication) of(?: the)?(?:\s+|$)/iu,
        '',
      ));
  const about = cleanTopic(asked?.replace(/^(?:the|a|an)\s+/iu, '') ?? '');
  return {
    kind: 'articles',
    ...(about.length > 0 ? { about } : {}),
    ...(by ? { author: by[1]!.trim() } : {}),
  };
}
