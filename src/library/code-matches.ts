import type { Article, Passage } from '../content/article.js';
import type { Catalog } from '../search/catalog.js';
import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * A token of code as written: letters, digits and `_`, joined by `.`, `/`, `::`, `:` or `-` into one
 * ("server_lifetime", "client.js", "std::io", "node:events", "orders-db-primary.internal").
 */
const CODE_TOKEN = /[\p{L}\p{N}_]+(?:(?:::|[./:-])[\p{L}\p{N}_]+)*/gu;
/** Where a code token's parts meet: "client.js" is also "client" and "js". */
const JOINER = /::|[./:_-]/u;
/**
 * A token that only code writes so: words joined by `_`, `::` or `/`, or by `.` or `:` between letters
 * ("client.js", "node:events"), or a capital inside a word ("readOnly"). A figure ("300", "2.15") and a
 * hyphened word or ticket ("ENG-1423") are prose's too.
 */
const CODE_SHAPED = /_|::|\/|\p{L}[.:]\p{L}|\p{Ll}\p{Lu}/u;

/** How a code block matches a query: `strong` outranks prose without those words; `weak` only stands in for none. */
export const CodeStrength = { Strong: 'strong', Weak: 'weak' } as const;
export type CodeStrength = (typeof CodeStrength)[keyof typeof CodeStrength];

/** A code block whose words a query asks for, and the sentence that answers for it. */
export interface CodeMatch {
  readonly passage: Passage;
  readonly strength: CodeStrength;
  /** The query's tokens that decided the match, folded: prose that has them all answers before the code. */
  readonly tokens: readonly string[];
}

interface CodeEntry {
  readonly passage: Passage;
  /** The block's tokens in order, stopwords out. */
  readonly sequence: readonly string[];
  /** Its tokens and their parts. */
  readonly words: ReadonlySet<string>;
  /** Its tokens of joined parts ("app/node_modules/pg/lib/client.js:132:73"), for a run of their parts asked for. */
  readonly joined: readonly string[];
}

/** Whether a query's token is a word of the block, or parts of one of its tokens side by side ("client.js:132:73"). */
function hasToken(entry: CodeEntry, token: string): boolean {
  if (entry.words.has(token)) return true;
  return entry.joined.some((whole) => {
    for (let at = whole.indexOf(token); at >= 0; at = whole.indexOf(token, at + 1)) {
      const end = at + token.length;
      if ((at === 0 || JOINER.test(whole[at - 1]!)) && (end === whole.length || JOINER.test(whole[end]!)))
        return true;
    }
    return false;
  });
}

/** A text's code tokens, as written (case kept) and folded. */
function tokensOf(text: string): { written: string; folded: string }[] {
  return (text.match(CODE_TOKEN) ?? []).map((written) => ({ written, folded: foldText(written) }));
}

/** A text's folded code tokens and their parts: what is looked up for a query's token. */
export function codeWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const { folded } of tokensOf(text)) {
    words.add(folded);
    for (const part of folded.split(JOINER)) if (part !== '') words.add(part);
  }
  return words;
}

const entriesOf = new WeakMap<Catalog, readonly CodeEntry[]>();

/** The library's code blocks, read once per catalog. */
function codeEntries(catalog: Catalog): readonly CodeEntry[] {
  let entries = entriesOf.get(catalog);
  if (entries === undefined) {
    entries = catalog.articles.flatMap((article: Article) =>
      (article.code ?? []).flatMap((block): CodeEntry[] => {
        const passage = article.sentences[block.passage];
        if (passage === undefined) return [];
        const sequence = tokensOf(block.text)
          .map((token) => token.folded)
          .filter((token) => !STOPWORDS.has(token));
        const joined = tokensOf(block.text)
          .map((token) => token.folded)
          .filter((token) => JOINER.test(token));
        return [{ passage, sequence, words: codeWords(block.text), joined }];
      }),
    );
    entriesOf.set(catalog, entries);
  }
  return entries;
}

/** Whether `run` stands in `sequence` side by side, in order. */
function standsIn(run: readonly string[], sequence: readonly string[]): boolean {
  for (let at = 0; at + run.length <= sequence.length; at++)
    if (run.every((token, i) => sequence[at + i] === token)) return true;
  return false;
}

/**
 * The code blocks that have a query's words, as typed (no relative, respelling or stem: code is matched
 * exactly), in library order, `slug`'s only if given. Strong: every token of the query that only code writes so
 * ("max_connections", "server_lifetime", "300", "readOnly") is in the block, or the query's words of two or more
 * stand in it side by side ("Connection terminated unexpectedly"). Weak: every word of the query is in it.
 */
export function codeMatches(catalog: Catalog, query: string, slug?: string): CodeMatch[] {
  // Most libraries have no code block: nothing to read the query for.
  const entries = codeEntries(catalog);
  if (entries.length === 0) return [];
  const tokens = tokensOf(query).filter((token) => !STOPWORDS.has(token.folded));
  if (tokens.length === 0) return [];
  const content = tokens.map((token) => token.folded);
  const shaped = tokens.filter((token) => CODE_SHAPED.test(token.written)).map((token) => token.folded);
  const matches: CodeMatch[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (slug !== undefined && entry.passage.slug !== slug) continue;
    const strength =
      shaped.length > 0 && shaped.every((token) => hasToken(entry, token))
        ? CodeStrength.Strong
        : content.length > 1 && standsIn(content, entry.sequence)
          ? CodeStrength.Strong
          : content.every((token) => hasToken(entry, token))
            ? CodeStrength.Weak
            : undefined;
    if (strength === undefined || seen.has(entry.passage.id)) continue;
    seen.add(entry.passage.id);
    matches.push({ passage: entry.passage, strength, tokens: shaped.length > 0 ? shaped : content });
  }
  // Strong matches first, each in library order.
  return [
    ...matches.filter((match) => match.strength === CodeStrength.Strong),
    ...matches.filter((match) => match.strength === CodeStrength.Weak),
  ];
}
