/** Query analysis: a query's words as the terms a search looks for (see `QueryTerm`). */
import { withoutPastedMarkup } from '../text/chat-markup.js';
import { AcronymTerms } from './acronym-terms.js';
import type { FuzzyTerms } from './fuzzy-terms.js';
import type { Glossary } from './glossary.js';
import { GlossaryTerms } from './glossary-terms.js';
import { joinSplitWords, withJoined } from './joined-words.js';
import { unknown } from './known-words.js';
import { withLeaders } from './leader-titles.js';
import type { SearchOptions } from './options.js';
import type { QueryPhrases } from './lexicon-phrases.js';
import { groupPhrases, phrasesOf } from './phrase-terms.js';
import type { QueryTerm } from './query-term.js';
import { mistypedFunctionWord, typoBesideNeighbour } from './query-typos.js';
import {
  CAPITALIZED,
  isAsked,
  fillersOf,
  isLight,
  nameRuns,
  wordsOf,
  writtenOut,
  type Word,
} from './query-words.js';
import { QuestionKind, isProposalFrame, questionOf } from './question.js';
import { timeFrameOf } from './time-frame.js';
import { withNearFigures } from './rough-figures.js';
import type { SentenceIndex } from './sentence-index.js';
import { slashDateAt } from './slash-dates.js';
import { WordTerms } from './word-terms.js';
import { WordUnits } from './word-units.js';

// The terms' types are this module's API, as they were when they were written here.
export type { Alternative, QueryTerm, QueryUnit } from './query-term.js';

const DIGIT = /\p{N}/u;
/** The other content words a query needs for its adverbs to weigh as light words. */
const ADVERB_COMPANY = 3;

/**
 * A query read into its words, before they are made terms: the same whether the lexicon's relatives are asked
 * for or not, so a query analysed both ways (as `rankedAsTyped` does) is read once.
 */
interface QueryReading {
  readonly words: readonly Word[];
  /** The words that weigh little: a question's frame, filler, and adverbs among enough other words. */
  readonly light: ReadonlySet<Word>;
  /** The light words that say what a question asks for. */
  readonly asked: ReadonlySet<Word> | undefined;
  /** The content words that are not light. */
  readonly heavy: readonly Word[];
  /** The words that are neither filler nor a mistyped function word. */
  readonly content: readonly Word[];
  /** The words made terms, a word split in two joined back. */
  readonly kept: readonly Word[];
  /** Each part of each kept word, with its stem. */
  readonly flat: readonly { stem: string; word: Word }[];
  readonly stems: readonly string[];
  readonly names: ReadonlyMap<Word, number>;
  readonly phrases: QueryPhrases;
  readonly question: QuestionKind | undefined;
}

/** Builds query terms against one index; pure apart from its caches (the fuzzy matcher's, its words'). */
export class QueryAnalyzer {
  private readonly units: WordUnits;
  private readonly words: WordTerms;
  private readonly acronyms: AcronymTerms;
  private readonly glossaryTerms: GlossaryTerms;
  /** The last query read, and its reading. */
  private last: { query: string; reading: QueryReading } | undefined;

  constructor(
    private readonly index: SentenceIndex,
    glossary: Glossary,
    private readonly fuzzy: FuzzyTerms,
    private readonly options: SearchOptions,
  ) {
    this.units = new WordUnits(index, fuzzy, options);
    this.words = new WordTerms(index, fuzzy, options, this.units);
    this.acronyms = new AcronymTerms(index, glossary, options, this.words);
    this.glossaryTerms = new GlossaryTerms(index, glossary, options);
  }

  /**
   * The query's terms; `lexical` false leaves out what the lexicon adds (the words as typed only). A search
   * asks for both of one query, one after the other (`rankedAsTyped`): its reading is made once for both.
   */
  analyze(query: string, lexical = true): QueryTerm[] {
    const { words, light, asked, heavy, content, kept, flat, stems, names, phrases, question } =
      this.readingOf(query);
    const terms: QueryTerm[] = [];
    /** Per term, the index of its word in `words` (-1 for an acronym's or a glossary phrase's). */
    const wordAt: number[] = [];
    for (let at = 0; at < flat.length;) {
      const date = slashDateAt(this.index, this.options, query, flat, at);
      if (date) {
        terms.push(date);
        wordAt.push(-1);
        at += 2;
        continue;
      }
      const named = this.acronyms.acronymAt(words, flat, stems, at, lexical);
      if (named) {
        terms.push(named.term);
        wordAt.push(-1);
        at += named.length;
        continue;
      }
      const glossed = this.glossaryTerms.glossaryTermAt(flat, stems, at);
      if (glossed) {
        terms.push(glossed.term);
        wordAt.push(-1);
        at += glossed.length;
        continue;
      }
      const word = flat[at]!.word;
      wordAt.push(words.indexOf(word));
      const run = names.get(word);
      const name = run !== undefined || (words.indexOf(word) > 0 && CAPITALIZED.test(word.surface));
      const phrase = lexical ? phrases.related.get(words.indexOf(word)) : undefined;
      const term = this.glossaryTerms.withGlossaryOfDerived(
        withJoined(
          this.index,
          this.options,
          this.words.termOf(word, name || DIGIT.test(word.surface), lexical, phrase),
          word,
          kept,
          words,
        ),
        word,
        lexical,
      );
      terms.push(
        heavy.length > 0 && heavy.length < content.length && light.has(word)
          ? { ...term, light: true, ...(asked?.has(word) ? { asked: true } : {}) }
          : run === undefined
            ? term
            : { ...term, name: run },
      );
      at += word.parts.length;
    }
    groupPhrases(terms, wordAt, lexical ? phrases.spans : phrases.names);
    withNearFigures(this.index, this.options, terms, wordAt, words);
    // A name the library lacks in every form ("iraq", "london": the dictionary knows them only as names),
    // or a word that neither the library (in any form, or a typo away) nor the dictionary knows ("ebay",
    // "netflix"), is what the query is about, as a capitalised name is: no hit may leave it out.
    const lexicon = this.options.lexicon;
    for (const [i, term] of terms.entries()) {
      if (term.light || term.alternatives.length > 0) continue;
      if (!lexicon.isName?.(term.label.toLowerCase()) && !unknown(this.index, lexicon, term.label)) continue;
      const typo = typoBesideNeighbour(this.index, this.fuzzy, this.options, terms, i);
      terms[i] = { ...term, required: true, ...(typo ? { alternatives: [typo] } : {}) };
    }
    // Only small words ("to be or not to be"): they are the phrase, so a hit must have every one.
    if (content.length === 0 && terms.length > 1) return terms.map((term) => ({ ...term, required: true }));
    // A question may leave out one word of three ("who wrote…" / "created by"), but not the word it is
    // about when nothing here has it and no dictionary knows it ("when does the new iPhone launch?"), even
    // one a typo away from a word here ("how much did ebay make?" and "bay"): then a hit has that word.
    if (question !== undefined) {
      return terms.map((term) =>
        !term.light && unknown(this.index, this.options.lexicon, term.label)
          ? { ...term, required: true }
          : question === QuestionKind.Who
            ? withLeaders(this.index, this.options, term)
            : term,
      );
    }
    return terms;
  }

  /** What a query's terms are made from, the same for both ways of analysing it (see `QueryReading`). */
  private readingOf(query: string): QueryReading {
    if (this.last?.query === query) return this.last.reading;
    const reading = this.read(query);
    this.last = { query, reading };
    return reading;
  }

  /** The query's words, which of them weigh little, its phrases and names, and its kind of question. */
  private read(query: string): QueryReading {
    // "25%" asks for a share: "percent" is a word of it ("5%" is found by "5 percent"), not only the figure
    // that a code has too ("KN-25").
    const unmarked = withoutPastedMarkup(query).replace(/(\p{N})\s?%/gu, '$1 percent');
    const words = wordsOf(writtenOut(unmarked, (word) => this.index.hasTerm(word))).map((word) =>
      this.units.asMeant(word),
    );
    const fillers = fillersOf(words);
    const content = words.filter(
      (word, i) => !fillers[i] && !mistypedFunctionWord(this.index, this.fuzzy, this.options.lexicon, word),
    );
    const light = new Set(words.filter((word, i) => isLight(word, words[i - 1], words[i - 2])));
    // A word the dictionary knows only as an adverb ("nearly", "finally") says how, not what: among three
    // other content words or more (as many as a match of a longer query needs) it weighs as a light word;
    // with fewer, it is part of what is asked ("hesitantly").
    const adverbs = content.filter(
      (word) =>
        !light.has(word) && word.parts.length === 1 && this.options.lexicon.isAdverb?.(word.parts[0]!.term),
    );
    if (content.filter((word) => !light.has(word)).length - adverbs.length >= ADVERB_COMPANY)
      for (const word of adverbs) light.add(word);
    const question = questionOf(query);
    // "want" of "what did truman want…" is found wherever a proposal is, as "many" wherever a count is.
    const proposed =
      question === QuestionKind.Proposal
        ? words.filter(
            (word, i) =>
              word.parts.length === 1 && isProposalFrame(word.parts[0]!.term, words[i - 1]?.parts[0]?.term),
          )
        : [];
    for (const word of proposed) light.add(word);
    // "last quarter" of "how much did time warner make last quarter?" says when it is asked, not what about.
    if (question !== undefined) for (const at of timeFrameOf(words)) light.add(words[at]!);
    const asked =
      question !== undefined && question !== QuestionKind.Other
        ? new Set([...words.filter((word, i) => isAsked(word, words[i - 1])), ...proposed])
        : undefined;
    const heavy = content.filter((word) => !light.has(word));
    const kept = joinSplitWords(this.index, content.length > 0 ? content : words);
    const flat: { stem: string; word: Word }[] = kept.flatMap((word) =>
      word.parts.map((part) => ({ stem: part.stem, word })),
    );
    const stems = flat.map((entry) => entry.stem);
    const names = nameRuns(words);
    // Read as typed too (`lexical` false), for the names among them: "bank of england" is one thing however
    // its words are looked for, where a phrase's words as typed may stand apart ("credit… rating").
    const phrases = phrasesOf(this.options.lexicon, words, names);
    return { words, light, asked, heavy, content, kept, flat, stems, names, phrases, question };
  }

  /**
   * The dictionary word a word the library has in no form means, two letters swapped back
   * (`transposedWords`): its only such word, or the only one the library has something of, in a form or a
   * relative ("fule" may be "flue" or "fuel", and the library has "petrol", a fuel). Undefined otherwise.
   */
  meaningOf(term: string, stem: string): string | undefined {
    return this.units.meaningOf(term, stem);
  }
}
