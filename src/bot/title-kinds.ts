import type { Article } from '../content/article.js';
import { titleKinds, type TitleKinds } from '../library/title-kinds.js';
import { lemmaCandidates } from '../search/lexicon.js';
import { foldText } from '../text/fold.js';

/** A kind named alone, perhaps after "the" and perhaps in the plural ("the postmortem", "postmortems"). */
const NAMED = /^(?:(the|that|this)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)[\s?!.]*$/u;

/**
 * The kind of the library's titles that words name alone ("postmortem", "the postmortem", "postmortems",
 * "boxes" of "Box: …"), with its articles and whether "the" named it; undefined when the words name none.
 * `kinds`: the library's, made once (`Library.titleKinds`); made here from `articles` when not given.
 */
export function titleKindNamed(
  articles: readonly Article[],
  words: string,
  kinds: TitleKinds = titleKinds(articles),
):
  { readonly kind: string; readonly determined: boolean; readonly articles: readonly Article[] } | undefined {
  if (kinds.size === 0) return undefined;
  const match = NAMED.exec(foldText(words.trim()));
  const named = match?.[2]?.replace(/[\s-]+/gu, ' ');
  if (named === undefined) return undefined;
  // The words as typed, else the dictionary forms of the last word ("postmortems": postmortem).
  const last = named.lastIndexOf(' ') + 1;
  const kind = lemmaCandidates(named.slice(last))
    .map((form) => named.slice(0, last) + form)
    .find((form) => kinds.has(form));
  if (kind === undefined) return undefined;
  return { kind, determined: match![1] !== undefined, articles: kinds.get(kind)! };
}
