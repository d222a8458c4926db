import type { Article } from '../content/article.js';
import { foldText } from '../text/fold.js';

/**
 * An identifier a title carries, the way engineers name a document: a prefix of letters and a number written
 * together ("RFC-012", "ADR7"), or a version of two parts or more ("v2.14.0").
 */
export type TitleIdentifier =
  | { readonly kind: 'numbered'; readonly prefix: string; readonly number: number }
  | { readonly kind: 'version'; readonly parts: readonly number[] };

/** In a title: letters, then at most a hyphen, then a number ("RFC-012", "ADR7"); not inside a longer word. */
const TITLE_NUMBERED = /(?<![\p{L}\p{N}.])(\p{L}{2,8})[-‐‑]?(\d{1,6})(?![\p{L}\p{N}]|\.\d)/gu;
/** As typed: the same, or with a space between ("rfc 12", "rfc-012", "RFC12"). */
const TYPED_NUMBERED = /(?<![\p{L}\p{N}.])(\p{L}{2,8})[\s_‐‑-]?(\d{1,6})(?![\p{L}\p{N}]|\.\d)/gu;
/** A version of two parts or more, perhaps after "v" ("v2.14.0", "2.15"). */
const VERSION = /(?<![\p{L}\p{N}.])v?(\d{1,4}(?:\.\d{1,4}){1,3})(?![\p{L}\p{N}]|\.\d)/giu;

function numbered(text: string, pattern: RegExp): TitleIdentifier[] {
  return [...foldText(text).matchAll(pattern)].map((match) => ({
    kind: 'numbered' as const,
    prefix: match[1]!.toLowerCase(),
    number: Number(match[2]),
  }));
}

function versions(text: string): TitleIdentifier[] {
  return [...foldText(text).matchAll(VERSION)].map((match) => ({
    kind: 'version' as const,
    parts: match[1]!.split('.').map(Number),
  }));
}

/** The identifiers a title carries ("RFC-012", "v2.14.0"). */
export function identifiersOfTitle(title: string): TitleIdentifier[] {
  return [...numbered(title, TITLE_NUMBERED), ...versions(title)];
}

/** The identifiers typed in a name for an article ("rfc 12", "rfc-012", "2.14", "v2.15.0"). */
export function identifiersTyped(typed: string): TitleIdentifier[] {
  return [...numbered(typed, TYPED_NUMBERED), ...versions(typed)];
}

/**
 * Whether a typed identifier names the title's: the same prefix and number, leading zeros and the separator
 * aside ("rfc 12" is "RFC-012"); a version by its leading parts ("2.14" is "v2.14.0").
 */
function names(typed: TitleIdentifier, own: TitleIdentifier): boolean {
  if (typed.kind === 'numbered' && own.kind === 'numbered')
    return typed.prefix === own.prefix && typed.number === own.number;
  if (typed.kind === 'version' && own.kind === 'version')
    return typed.parts.length <= own.parts.length && typed.parts.every((part, at) => own.parts[at] === part);
  return false;
}

/** Whether the article's title carries an identifier the typed name says. */
export function carriesIdentifierOf(article: Article, typed: string): boolean {
  const wanted = identifiersTyped(typed);
  const own = identifiersOfTitle(article.meta.title);
  return wanted.some((each) => own.some((title) => names(each, title)));
}

/**
 * The one article whose title carries an identifier the typed name says ("summarize rfc 12": "RFC-012: Read
 * replicas…"; "the 2.14 notes": "Release notes: Harbor v2.14.0"); undefined when none does or several do.
 */
export function articleByIdentifier(articles: readonly Article[], typed: string): Article | undefined {
  if (identifiersTyped(typed).length === 0) return undefined;
  const carrying = articles.filter((article) => carriesIdentifierOf(article, typed));
  return carrying.length === 1 ? carrying[0] : undefined;
}

/**
 * The articles whose title carries an identifier typed ("rfc 12"), then those whose title has one of the same
 * prefix ("rfc 13": RFC-012 and RFC-015), which a "did you mean" offers first; none when nothing typed is an
 * identifier of theirs.
 */
export function articlesOfIdentifier(articles: readonly Article[], typed: string): Article[] {
  const prefixes = new Set(
    identifiersTyped(typed).flatMap((each) => (each.kind === 'numbered' ? [each.prefix] : [])),
  );
  const carrying = articles.filter((article) => carriesIdentifierOf(article, typed));
  const samePrefix = articles.filter(
    (article) =>
      !carrying.includes(article) &&
      identifiersOfTitle(article.meta.title).some(
        (each) => each.kind === 'numbered' && prefixes.has(each.prefix),
      ),
  );
  return [...carrying, ...samePrefix];
}
