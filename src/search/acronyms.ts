import { foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { AbbreviationTable } from './defined-abbreviations.js';
import type { SentenceIndex } from './sentence-index.js';

const ALL_CAPITALS = /^\p{Lu}{2,6}$/u;
const POSSESSIVE = /['’]s$/u;
const CAPITALIZED = /^\p{Lu}/u;
/** Small words a name may hold without an initial of their own ("Bank of England", "Procter & Gamble"). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'de']);
/** Articles read for one acronym at most: a very common one ("US") is known from the first few. */
const MAX_ARTICLES = 16;
/** Articles whose acronyms are remembered (emptied when full). */
const CACHE_LIMIT = 2_048;
/**
 * Above this many sentences, an acronym the library never writes is not looked for spelt out: the table of
 * every run of capitalised words, built on the first such query, costs it about 60 ms at 6,000 sentences and
 * 160 ms at 18,000 (2 cores, 2026-12-04), and would cost more.
 */
const SPELLED_OUT_LIMIT = 20_000;
/**
 * Above this many sentences, the abbreviations defined in brackets are not read from every sentence on the first
 * query (about 45–190 ms at 65,000 sentences, 2 cores under load, 2026-12-08): a short form is looked up in the few
 * articles that write it, and a long form finds no short form.
 */
const DEFINED_LIMIT = 20_000;
/** The most capitalised words (small ones not counted) an acronym spells out: "WPK" is three. */
const MAX_SPELLED = 6;
/**
 * Words and single punctuation marks, a plural's possessive apostrophe kept with its word ("Workers’ Party"
 * is one run of capitalised words).
 */
const PIECE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:(?<=s)['’](?!\p{L}))?|[^\s\p{L}\p{N}]/gu;

/**
 * An article's acronyms: each with the capitalised phrases (folded words) its letters are the initials of.
 */
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
  /** Initials of the library's runs of capitalised words, with the phrases they spell (see `spelledOut`). */
  private initials: Map<string, (readonly string[])[]> | undefined;
  /** The abbreviations the library defines in brackets (see `AbbreviationTable`), read on the first query. */
  private defined: AbbreviationTable | undefined;

  constructor(private readonly index: SentenceIndex) {}

  /** A passage of each of the first `MAX_ARTICLES` articles that write the term `id` (its first there). */
  private *firstArticlesWriting(id: number): Generator<number> {
    let articles = 0;
    let lastSlug: string | undefined;
    for (const at of this.index.postings(id)) {
      const slug = this.index.passages[at]!.slug;
      if (slug === lastSlug) continue;
      lastSlug = slug;
      if (++articles > MAX_ARTICLES) return;
      yield at;
    }
  }

  /** The phrases (folded words) a folded acronym ("ba") stands for in the articles that use it. */
  expansions(acronym: string): (readonly string[])[] {
    const id = this.index.termId(acronym);
    if (id === undefined) return [];
    const found = new Map<string, readonly string[]>();
    for (const at of this.firstArticlesWriting(id)) {
      for (const phrase of this.articleAcronyms(at).get(acronym) ?? []) found.set(phrase.join(' '), phrase);
    }
    return [...found.values()];
  }

  /**
   * The phrases (folded words) whose initials spell an acronym the library never writes, from the runs of
   * capitalised words of its sentences: "wpk" is "Workers’ Party of Korea" (a small word may give its initial
   * or none, as in `expansions`). Empty when the library writes the acronym, or has more than
   * `SPELLED_OUT_LIMIT` sentences.
   */
  spelledOut(acronym: string): (readonly string[])[] {
    if (this.index.hasTerm(acronym) || this.index.passageCount > SPELLED_OUT_LIMIT) return [];
    this.initials ??= initialsOf(this.index.passages.map((passage) => passage.text));
    return this.initials.get(acronym) ?? [];
  }

  /**
   * The folded acronym of a phrase of capitalised words ("British Airways" → "ba") that the library uses. Of
   * words typed in lower case ("british airways"), only an acronym the library writes as a name ("BA"): the
   * initials of most other runs of words are a word of its own ("us", "it"), whose articles are not read.
   */
  acronymOf(words: readonly string[]): string | undefined {
    if (words.length < 2 || words.length > 6) return undefined;
    const folded = words.map((word) => foldText(word));
    const acronym = folded.map((word) => word[0] ?? '').join('');
    if (!this.index.hasTerm(acronym)) return undefined;
    if (!words.every((word) => CAPITALIZED.test(word)) && !this.index.writesAsName(acronym)) return undefined;
    const key = folded.join(' ');
    return this.expansions(acronym).some((phrase) => phrase.join(' ') === key) ? acronym : undefined;
  }

  /**
   * The long forms (folded parts) of a short form (folded, its parts joined: "il6") that the library defines in
   * brackets after them: "Interleukin-6 (IL-6)", "N-acetylcysteine (NAC, 100 µM)" (see `definedAbbreviations`).
   */
  definedLongForms(short: string): (readonly string[])[] {
    if (this.index.passageCount <= DEFINED_LIMIT) return this.definitions().longFormsOf(short);
    // A bigger library: the definitions of the few articles that write the short form, as `expansions` reads.
    const id = this.index.termId(short);
    if (id === undefined) return [];
    const found = new Map<string, readonly string[]>();
    for (const at of this.firstArticlesWriting(id)) {
      const [from, to] = this.articleRange(at);
      const table = new AbbreviationTable(this.index.passages.slice(from, to).map((passage) => passage.text));
      for (const long of table.longFormsOf(short)) found.set(long.join(' '), long);
    }
    return [...found.values()];
  }

  /**
   * The short forms the library defines in brackets after a long form (its folded parts); none in a library of
   * more than `DEFINED_LIMIT` sentences, whose every sentence is not read for them.
   */
  definedShortForms(long: readonly string[]): string[] {
    if (this.index.passageCount > DEFINED_LIMIT) return [];
    return long.length > this.definitions().longest ? [] : this.definitions().shortFormsOf(long.join(' '));
  }

  private definitions(): AbbreviationTable {
    return (this.defined ??= new AbbreviationTable(this.index.passages.map((passage) => passage.text)));
  }

  /** The range of passages of the article of passage `at`. */
  private articleRange(at: number): [number, number] {
    const slug = this.index.passages[at]!.slug;
    let from = at;
    while (from > 0 && this.index.passages[from - 1]!.slug === slug) from--;
    let to = at + 1;
    while (to < this.index.passageCount && this.index.passages[to]!.slug === slug) to++;
    return [from, to];
  }

  private articleAcronyms(at: number): ArticleAcronyms {
    const slug = this.index.passages[at]!.slug;
    let table = this.byArticle.get(slug);
    if (table === undefined) {
      const [from, to] = this.articleRange(at);
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
    runs.push(...capitalisedRuns(sentence));
    const acronyms = (sentence.match(PIECE) ?? [])
      .map((piece) => piece.replace(POSSESSIVE, ''))
      .filter((word) => ALL_CAPITALS.test(word))
      .map(foldText);
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

/**
 * Every stretch of two to `MAX_SPELLED` capitalised words of the sentences' runs, by its initials (a small
 * word inside giving its initial or none), each phrase once per initials.
 */
function initialsOf(sentences: readonly string[]): Map<string, (readonly string[])[]> {
  const table = new Map<string, Map<string, readonly string[]>>();
  for (const sentence of sentences) {
    for (const run of capitalisedRuns(sentence)) {
      for (let start = 0; start < run.length; start++) {
        // A function word is capitalised for starting its sentence ("In London…"), not as a name's.
        if (CONNECTORS.has(run[start]!) || STOPWORDS.has(run[start]!)) continue;
        let spelled = 0;
        for (let end = start + 1; end < run.length && spelled < MAX_SPELLED; end++) {
          if (CONNECTORS.has(run[end]!)) continue;
          spelled += 1;
          const phrase = run.slice(start, end + 1);
          const key = phrase.join(' ');
          for (const initials of initialsOfPhrase(phrase)) {
            let phrases = table.get(initials);
            if (phrases === undefined) table.set(initials, (phrases = new Map()));
            phrases.set(key, phrase);
          }
        }
      }
    }
  }
  return new Map([...table].map(([initials, phrases]) => [initials, [...phrases.values()]]));
}

/** The initials a phrase may spell: each small word inside it with its initial or without. */
function initialsOfPhrase(phrase: readonly string[]): string[] {
  let found = [''];
  for (const word of phrase) {
    const initial = word[0] ?? '';
    found = CONNECTORS.has(word)
      ? found.flatMap((initials) => [initials, initials + initial])
      : found.map((initials) => initials + initial);
  }
  return found;
}

/**
 * A sentence's runs of capitalised words (small words inside them kept), as folded words. Punctuation ends a
 * run, and so does a possessive ("BA's chief"), but not a plural's apostrophe ("Workers’ Party").
 */
function capitalisedRuns(sentence: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const end = (): void => {
    if (run.length > 1) runs.push(run);
    run = [];
  };
  for (const piece of sentence.match(PIECE) ?? []) {
    const word = piece.replace(/['’]s?$/u, '');
    if (CAPITALIZED.test(word) || (run.length > 0 && CONNECTORS.has(word))) run.push(foldText(word));
    else end();
    if (POSSESSIVE.test(piece)) end();
  }
  end();
  return runs.map((each) => {
    let end = each.length;
    while (end > 0 && CONNECTORS.has(each[end - 1]!)) end -= 1;
    return each.slice(0, end);
  });
}
