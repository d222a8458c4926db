import type { Article } from '../content/article.js';
import { foldText } from '../text/fold.js';

/** A title's label before a colon, of one word or two ("Postmortem: …", "Release notes: …"). */
const LABEL = /^([\p{L}]+(?:[ -][\p{L}]+)?)\s*:\s/u;
/** A kind named alone, perhaps after "the" and perhaps in the plural ("the postmortem", "postmortems"). */
const NAMED = /^(?:(the|that|this)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)[\s?!.]*$/u;

/** The label a title begins with before a colon, folded ("postmortem" of "Postmortem: Checkout API outage"). */
function labelOf(article: Article): string | undefined {
  return LABEL.exec(foldText(article.meta.title).trim())?.[1]?.replace(/-/gu, ' ');
}

/**
 * The kinds a library's own titles name: a label that begins two titles or more before a colon ("Postmortem:
 * …", "Release notes: …"), each with its articles. A team names its documents so, and a label one title has is
 * as likely that title's own topic ("Q3: …").
 */
export function titleKinds(articles: readonly Article[]): ReadonlyMap<string, readonly Article[]> {
  const kinds = new Map<string, Article[]>();
  for (const article of articles) {
    const label = labelOf(article);
    if (label !== undefined) kinds.set(label, [...(kinds.get(label) ?? []), article]);
  }
  return new Map([...kinds].filter(([, titled]) => titled.length >= 2));
}

/**
 * The kind of the library's titles that words name alone ("postmortem", "the postmortem", "postmortems"), with
 * its articles and whether "the" named it; undefined when the words name none.
 */
export function titleKindNamed(
  articles: readonly Article[],
  words: string,
):
  { readonly kind: string; readonly determined: boolean; readonly articles: readonly Article[] } | undefined {
  const match = NAMED.exec(foldText(words.trim()));
  const named = match?.[2]?.replace(/[\s-]+/gu, ' ');
  if (named === undefined) return undefined;
  const kinds = titleKinds(articles);
  const singular = named.replace(/s$/u, '');
  const kind = kinds.has(named) ? named : kinds.has(singular) ? singular : undefined;
  if (kind === undefined) return undefined;
  return { kind, determined: match![1] !== undefined, articles: kinds.get(kind)! };
}
