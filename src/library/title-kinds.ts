import type { Article } from '../content/article.js';
import { foldText } from '../text/fold.js';

/** The kinds a library's own titles name, each with its articles in library order (see `titleKinds`). */
export type TitleKinds = ReadonlyMap<string, readonly Article[]>;

/** A title's label before a colon, of one word or two ("Postmortem: …", "Release notes: …"). */
const LABEL = /^([\p{L}]+(?:[ -][\p{L}]+)?)\s*:\s/u;

/** The label a title begins with before a colon, folded ("postmortem" of "Postmortem: Checkout API outage"). */
function labelOf(article: Article): string | undefined {
  return LABEL.exec(foldText(article.meta.title).trim())?.[1]?.replace(/-/gu, ' ');
}

/**
 * The kinds a library's own titles name: a label that begins two titles or more before a colon ("Postmortem:
 * …", "Release notes: …"), each with its articles. A team names its documents so, and a label one title has is
 * as likely that title's own topic ("Q3: …"). A library makes them once (`Library.titleKinds`), not per request.
 */
export function titleKinds(articles: readonly Article[]): TitleKinds {
  const kinds = new Map<string, Article[]>();
  for (const article of articles) {
    const label = labelOf(article);
    if (label === undefined) continue;
    const titled = kinds.get(label);
    if (titled === undefined) kinds.set(label, [article]);
    else titled.push(article);
  }
  return new Map([...kinds].filter(([, titled]) => titled.length >= 2));
}
