import { foldText } from '../text/fold.js';
import type { SentenceIndex } from './sentence-index.js';

/** Words and single punctuation marks of a text: punctuation ends a run of capitalised words. */
const PIECE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const ALL_CAPITALS = /^\p{Lu}{2,6}$/u;
const POSSESSIVE = /['’]s$/u;
const CAPITALIZED = /^\p{Lu}/u;
/** Small words a name may hold without an initial of their own ("Bank of England", "Procter & Gamble"). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'de']);
/** Articles read for one acronym at most: a very common one ("US") is known from the first few. */
const MAX_ARTICLES = 16;
/** Articles whose acronyms are remembered (emptied when full). */
const CACHE_LIMIT = 2_048;

/** An article's acronyms: each with the capitalised phrases (folded words) its letters are the initials of. */
type ArticleAcronyms = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * Acronyms as the library's own text defines them: an all-capitals word whose letters are the initials of a
 * run of capitalised words of the same article, written before it or in the same sentence ("British Airways
 * has blamed…", then "BA's chief executive"; "the International Air Transport Association (IATA)"). No
 * list of known acronyms: an article that never spells one out leaves it a word like any other. Read per
 * query, from the few articles that use the acronym, and remembered per article.
 */
export class Acronyms {
  private readonly byArticle = new Map<string, ArticleAcronyms>();

  constructor(private readonly index: SentenceIndex) {}

  /** The phrases (folded words) a folded acronym ("ba") stands for in the articles that use it. */
  expansions(acronym: string): (readonly string[])[] {
    const id = this.index.termId(acronym);
    if (id === undefined) return [];
    const found = new Map<string, readonly string[]>();
    let articles = 0;
    let lastSlug: string | undefined;
    for (const at of this.index.postings(id)) {
      const slug = this.index.passages[at]!.slug;
      if (slug === lastSlug) continue;
      lastSlug = slug;
      if (++articles > MAX_ARTICLES) break;
      for (const phrase of this.articleAcronyms(at).get(acronym) ?? []) found.set(phrase.join(' '), phrase);
    }
    return [...found.values()];
  }

  /** The folded acronym of a phrase of capitalised words ("British Airways" → "ba") that the library uses. */
  acronymOf(words: readonly string[]): string | undefined {
    if (words.length < 2 || words.length > 6) return undefined;
    const folded = words.map((word) => foldText(word));
    const acronym = folded.map((word) => word[0] ?? '').join('');
    if (!this.index.hasTerm(acronym)) return undefined;
    const key = folded.join(' ');
    return this.expansions(acronym).some((phrase) => phrase.join(' ') === key) ? acronym : undefined;
  }

  private articleAcronyms(at: number): ArticleAcronyms {
    const slug = this.index.passages[at]!.slug;
    let table = this.byArticle.get(slug);
    if (table === undefined) {
      let from = at;
      while (from > 0 && this.index.passages[from - 1]!.slug === slug) from--;
      let to = at + 1;
      while (to < this.index.passageCount && this.index.passages[to]!.slug === slug) to++;
      table = acronymsOf(this.index.passages.slice(from, to).map((passage) => passage.text));
      if (this.byArticle.size >= CACHE_LIMIT) this.byArticle.clear();
      this.byArticle.set(slug, table);
    }
    return table;
  }
}

/** The acronyms the sentences of one article define (see `Acronyms`). */
export function acronymsOf(sentences: readonly string[]): ArticleAcronyms {
  const table = new Map<string, (readonly string[])[]>();
  // Runs of capitalised words seen so far (in this sentence and before), as folded words.
  const runs: string[][] = [];
  for (const sentence of sentences) {
    const pieces = sentence.match(PIECE) ?? [];
    let run: string[] = [];
    const acronyms: string[] = [];
    for (const piece of pieces) {
      const word = piece.replace(POSSESSIVE, '');
      if (ALL_CAPITALS.test(word)) acronyms.push(foldText(word));
      if (CAPITALIZED.test(word) || (run.length > 0 && CONNECTORS.has(word))) run.push(foldText(word));
      else {
        if (run.length > 1) runs.push(run);
        run = [];
      }
      if (word !== piece && run.length > 0) {
        if (run.length > 1) runs.push(run);
        run = [];
      }
    }
    if (run.length > 1) runs.push(run);
    for (const acronym of acronyms) {
      if (table.has(acronym)) continue;
      const phrases = phrasesFor(acronym, runs);
      if (phrases.length > 0) table.set(acronym, phrases);
    }
  }
  return table;
}

/** The stretches of the runs whose capitalised words' initials spell the acronym, once each. */
function phrasesFor(acronym: string, runs: readonly string[][]): string[][] {
  const found = new Map<string, string[]>();
  for (const run of runs) {
    for (let start = 0; start < run.length; start++) {
      if (CONNECTORS.has(run[start]!)) continue;
      for (const end of ends(acronym, run, start, 0)) {
        const phrase = run.slice(start, end + 1);
        // The acronym itself, or a phrase that holds it, spells nothing out.
        if (!phrase.includes(acronym)) found.set(phrase.join(' '), phrase);
      }
    }
  }
  return [...found.values()];
}

/**
 * Where a stretch of the run from word `at` can end once it has spelt the acronym from letter `letter`: a
 * small word may give its initial ("Bank of England", BOE) or none ("Bank of England", BE).
 */
function ends(acronym: string, run: readonly string[], at: number, letter: number): number[] {
  const word = run[at];
  if (word === undefined) return [];
  const found: number[] = [];
  if (word[0] === acronym[letter]) {
    if (letter + 1 === acronym.length) {
      if (!CONNECTORS.has(word)) found.push(at);
    } else found.push(...ends(acronym, run, at + 1, letter + 1));
  }
  if (CONNECTORS.has(word) && letter > 0) found.push(...ends(acronym, run, at + 1, letter));
  return found;
}
