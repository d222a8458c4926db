import type { Article } from '../content/article.js';
import { spellingVariants } from '../text/spelling.js';
import { CONTRACTIONS, LIGHT_WORDS, REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { stemOf, tokenize, type Token } from '../text/tokenize.js';
import { editDistance, typoBudget } from './edit-distance.js';

const CAPITALIZED = /^\p{Lu}/u;
const NONE: ReadonlySet<never> = new Set();

interface Entry {
  readonly article: Article;
  /** Stems of the title, author and publication. */
  readonly stems: ReadonlySet<string>;
  readonly titleStems: ReadonlySet<string>;
  readonly authorStems: ReadonlySet<string>;
}

/**
 * The initials people call a public figure by, from a name of three words or more ("Franklin D. Roosevelt":
 * "fdr", "Lyndon B. Johnson": "lbj"), in lower case; undefined for a shorter name ("Eric Ballbach").
 */
export function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s.]+/).filter((word) => CAPITALIZED.test(word));
  return words.length >= 3 ? words.map((word) => word[0]!.toLowerCase()).join('') : undefined;
}

function stemsOf(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((token) => !token.alias)
      .map((token) => token.stem),
  );
}

/** What a query names of the articles' metadata, and what is left to look for in their text. */
export interface NamedArticles {
  readonly articles: readonly Article[];
  /** The query without the words that named the articles ("" when nothing is left). */
  readonly rest: string;
}

/**
 * Finds articles by their title, author (or the author's initials: "FDR") and publication: "Parmalat fine" is
 * about the article titled "Parmalat boasts doubled profits", "Ballbach" about Eric Ballbach's articles.
 */
export class ArticleMetadata {
  private readonly entries: readonly Entry[];
  /** Each stem of the metadata and the entries that have it, so that a query word is one look-up. */
  private readonly byStem = new Map<string, Set<Entry>>();
  /** The words of the titles (as the tokenizer writes them), which the text's typo matching never sees. */
  private readonly titleTerms: ReadonlySet<string>;

  constructor(articles: readonly Article[]) {
    this.titleTerms = new Set(
      articles.flatMap((article) =>
        tokenize(article.meta.title)
          .filter((token) => !token.alias && !STOPWORDS.has(token.term) && /^\p{L}+$/u.test(token.term))
          .map((token) => token.term),
      ),
    );
    this.entries = articles.map((article) => {
      const titleStems = stemsOf(article.meta.title);
      const authorStems = stemsOf(`${article.meta.author} ${initialsOf(article.meta.author) ?? ''}`);
      const stems = new Set([...titleStems, ...authorStems, ...stemsOf(article.meta.publication)]);
      return { article, stems, titleStems, authorStems };
    });
    for (const entry of this.entries)
      for (const stem of entry.stems) {
        const having = this.byStem.get(stem);
        if (having) having.add(entry);
        else this.byStem.set(stem, new Set([entry]));
      }
  }

  /**
   * The entries whose metadata has the word, as typed or in its other spelling ("judgement" of a title's
   * "Judgment", and "judgment" of a "Judgement").
   */
  private naming(token: Token): ReadonlySet<Entry> {
    const having = this.byStem.get(token.stem);
    const variants = spellingVariants(token.term);
    if (variants.length === 0) return having ?? NONE;
    const all = new Set(having);
    for (const variant of variants)
      for (const entry of this.byStem.get(stemOf(variant)) ?? NONE) all.add(entry);
    return all;
  }

  /**
   * The articles whose metadata has the query's words that any metadata has, when those words include a
   * name (a capitalised word) or are the whole query; undefined when the query names no article.
   */
  named(query: string): NamedArticles | undefined {
    const words = tokenize(query).filter(
      (token) =>
        !token.alias &&
        !STOPWORDS.has(token.term) &&
        !REQUEST_WORDS.has(token.term) &&
        !LIGHT_WORDS.has(token.term) &&
        !CONTRACTIONS.has(token.term),
    );
    const found = words.map((token) => ({ token, entries: this.naming(token) }));
    const naming = found.filter((word) => word.entries.size > 0).map((word) => word.token);
    if (naming.length === 0) return undefined;
    const hasName = naming.some((token) => CAPITALIZED.test(query.slice(token.start, token.end)));
    if (!hasName && naming.length < words.length) return undefined;
    const namedBy = found.filter((word) => word.entries.size > 0).map((word) => word.entries);
    const articles = this.entries
      .filter((entry) => namedBy.every((entries) => entries.has(entry)))
      .map((entry) => entry.article);
    if (articles.length === 0) return undefined;
    return { articles, rest: without(query, naming) };
  }

  /**
   * The query with each word that no title, author or publication has, and that `knows` does not know (the
   * library's text, the dictionary), replaced by the title's word it is a typo of ("gettysberg": gettysburg,
   * within `typoBudget`, the one closest); undefined when no word is. The text's typo matching offers only
   * the text's words, and a title's may be in no sentence.
   */
  retitled(query: string, knows: (term: string, stem: string) => boolean): string | undefined {
    let rest = query;
    let changed = false;
    const tokens = tokenize(query).filter((token) => !token.alias && /^\p{L}+$/u.test(token.term));
    for (const token of tokens.sort((a, b) => b.start - a.start)) {
      if (STOPWORDS.has(token.term) || this.naming(token).size > 0) continue;
      const word = knows(token.term, token.stem) ? undefined : this.closestTitleWord(token.term);
      if (word === undefined) continue;
      rest = `${rest.slice(0, token.start)}${word}${rest.slice(token.end)}`;
      changed = true;
    }
    return changed ? rest : undefined;
  }

  /** The title word closest to a typed word within its typo budget, when only one is that close. */
  private closestTitleWord(typed: string): string | undefined {
    const budget = typoBudget([...typed].length);
    let best: string | undefined;
    let bestDistance = budget + 1;
    let ties = 0;
    for (const word of this.titleTerms) {
      const distance = editDistance(typed, word, budget);
      if (distance > budget || distance > bestDistance) continue;
      if (distance < bestDistance) [best, bestDistance, ties] = [word, distance, 0];
      else ties += 1;
    }
    return ties === 0 ? best : undefined;
  }

  /** The articles of an author: every word given is a word of the author's name ("ballbach", "Eric B"). */
  byAuthor(name: string): Article[] {
    const wanted = authorWords(name);
    if (wanted.length === 0) return [];
    return this.entries
      .filter((entry) =>
        wanted.every(
          (token) =>
            entry.authorStems.has(token.stem) ||
            [...entry.authorStems].some((stem) => stem.startsWith(token.term)),
        ),
      )
      .map((entry) => entry.article);
  }

  /**
   * The one author whose name the words are, every word a whole word of it ("ballbach", "eric ballbach"), and
   * their articles; undefined when they name no author, or several ("bush" of George Bush and George
   * W. Bush).
   */
  namedAuthor(name: string): { author: string; articles: Article[] } | undefined {
    const wanted = authorWords(name);
    if (wanted.length === 0) return undefined;
    const articles = this.entries
      .filter((entry) => wanted.every((token) => entry.authorStems.has(token.stem)))
      .map((entry) => entry.article);
    const authors = new Set(articles.map((article) => article.meta.author));
    return authors.size === 1 ? { author: articles[0]!.meta.author, articles } : undefined;
  }

  /** Every author, once, in library order. */
  get authors(): string[] {
    return [...new Set(this.entries.map((entry) => entry.article.meta.author))];
  }
}

/**
 * The words of an author's name as typed, to find it by: "the" before it is how one speaks of an organisation
 * ("everything by the bbc" of BBC News), not a word of its name.
 */
function authorWords(name: string): Token[] {
  return tokenize(name.replace(/^\s*the\s+(?=\S)/iu, '')).filter((token) => !token.alias);
}

function without(query: string, tokens: readonly Token[]): string {
  let rest = query;
  for (const token of [...tokens].sort((a, b) => b.start - a.start)) {
    rest = `${rest.slice(0, token.start)} ${rest.slice(token.end)}`;
  }
  return rest.replace(/\s+/g, ' ').trim();
}
