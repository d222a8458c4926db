import type { Article } from '../content/article.js';
import type { Library } from '../library.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { articleOfTitleAndKind } from './summary-article.js';
import { articleOfKindNamed, isOfKind, kindEnding, textKindNamed } from './text-kind.js';

/** The names of an article's byline, in its order: "Ann Lee, Bo Chan and Cy Roe" → three names. */
function bylineNames(article: Article): string[] {
  return article.meta.author
    .split(/\s*(?:,|&|\band\b)\s*/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The articles words name by whose they are and their kind: "the Okafor paper" (a scholar names a paper by its
 * first author), "the Journal of Ecology paper" (by where it was published), "the Hale article". An author's
 * articles are those they wrote first, when there are any, else all they wrote; of those, the ones of the kind
 * named, when the kind tells texts apart and some are of it. Undefined when the words end with no kind, or the
 * words before it name no author and no publication.
 */
export function articlesOfOwnerAndKind(
  library: Library,
  words: string,
): { readonly kind: string; readonly articles: readonly Article[] } | undefined {
  const ending = kindEnding(words);
  if (ending === undefined) return undefined;
  const owner = foldedWords(ending.before).filter((word) => !STOPWORDS.has(word) && word !== 's');
  if (owner.length === 0) return undefined;
  // As `author:` takes a name: words of it ("okafor", "chidi okafor").
  const byAuthor = library.articlesBy(owner.join(' '));
  const author = byAuthor.length > 0;
  const theirs = author
    ? byAuthor
    : library.articles.filter((article) => {
        const publication = new Set(foldedWords(article.meta.publication));
        return publication.size > 0 && owner.every((word) => publication.has(word));
      });
  // Of a library all by one author or from one paper ("the bbc article"), the words tell no article apart.
  if (theirs.length === 0 || theirs.length === library.articles.length) return undefined;
  const first = theirs.filter((article) => {
    const lead = new Set(foldedWords(bylineNames(article)[0] ?? ''));
    return owner.every((word) => lead.has(word));
  });
  const owned = author && first.length > 0 ? first : theirs;
  const named = textKindNamed(ending.kind);
  const ofKind =
    named === undefined || named.everyText
      ? owned
      : owned.filter((article) => isOfKind(library.articles, article.slug, ending.kind));
  return { kind: ending.kind, articles: ofKind.length > 0 ? ofKind : owned };
}

/**
 * The slug of the one article "the" and words ending with a kind of text name (`IntentOptions.documentNamed`):
 * by the kind alone ("the guide"), a word of its title before the kind ("the discussion guide"), or its
 * author's or publication's words (`articlesOfOwnerAndKind`: "the club guide"); undefined when none or several.
 */
export function documentNamed(library: Library, words: string): string | undefined {
  if (!/^(?:the|this|that)\s/iu.test(words.trim())) return undefined;
  if (kindEnding(words) === undefined && textKindNamed(words) === undefined) return undefined;
  const alone = articleOfKindNamed(library.articles, words, library.titleKinds);
  if (alone !== undefined) return alone.slug;
  const titled = articleOfTitleAndKind(library, words);
  if (titled !== undefined) return titled;
  const owned = articlesOfOwnerAndKind(library, words)?.articles;
  return owned?.length === 1 ? owned[0]!.slug : undefined;
}
