import { articleNamedIn } from './article-named.js';
import type { IntentOptions } from './intent-options.js';
import { ARTICLE_MENTIONS } from './intent-words.js';
import { wordsOf } from './message-words.js';
import { subjectOf } from './request-subject.js';

/**
 * What a question whether an article says something asks for (see `ARTICLE_MENTIONS`): the article, as
 * described ("da vinci"), and the words to look for in it ("vatican"); undefined when it names no article or
 * asks of nothing.
 */
export function mentionAsked(
  text: string,
  options: Pick<IntentOptions, 'isWord' | 'articleOfKind'>,
): { article: string; subject: string } | undefined {
  const { isWord, articleOfKind } = options;
  for (const pattern of ARTICLE_MENTIONS) {
    const groups = pattern.exec(text)?.groups;
    const reference = groups?.['article'];
    // "does the recipe mention eggs?": a kind of text alone names the one article of that kind, if one is.
    const article =
      reference === undefined ? undefined : (articleNamedIn(reference) ?? articleOfKind?.(reference));
    const said = groups?.['subject'];
    if (article === undefined || said === undefined) continue;
    const subject = subjectOf(said, wordsOf(said, isWord), 0);
    if (subject !== undefined) return { article, subject };
  }
  return undefined;
}
