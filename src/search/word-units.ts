/** A typed word's units (its terms, other spellings and near words), as the word it means; built once. */
import { spellingVariants } from '../text/spelling.js';
import { stemOf, type Token } from '../text/tokenize.js';
import { swapped } from './edit-distance.js';
import type { FuzzyTerms } from './fuzzy-terms.js';
import { relatedOf } from './known-words.js';
import { inflectedForms } from './lexicon.js';
import type { SearchOptions } from './options.js';
import type { Alternative, QueryUnit } from './query-term.js';
import { mergeBest, stemUnit } from './query-units.js';
import type { Word } from './query-words.js';
import { slipOfDictionaryWord, typoQualityOf } from './query-typos.js';
import type { SentenceIndex } from './sentence-index.js';
import { transposedWords } from './transposed.js';
import { irregularUnit, relatedUnit } from './word-relatives.js';

/** A word's unit, and with its relatives added when it is read as a name or as a plain word. */
export interface WordForms {
  readonly unit: QueryUnit;
  /** The unit with the word's irregular inflections or dictionary form ("bought": buy), for a plain word. */
  plain?: QueryUnit;
  asName?: QueryUnit;
  asWord?: QueryUnit;
  /**
   * Its synonyms of several words that the library has, each as an alternative ("raf": "royal air force").
   */
  phrases?: readonly Alternative[];
  /** The two words the library writes it as ("healthcare": "health care"), each split as an alternative. */
  open?: readonly Alternative[];
}

/** How many words' units an analyzer keeps (emptied when full). */
const WORD_FORMS_LIMIT = 5_000;

/** The units of the words queries type, against one index; pure apart from its cache. */
export class WordUnits {
  private readonly forms = new Map<string, WordForms>();
  /** `meaningOf` of words already asked about (null: none), emptied when full. */
  private readonly meanings = new Map<string, string | null>();

  constructor(
    private readonly index: SentenceIndex,
    private readonly fuzzy: FuzzyTerms,
    private readonly options: SearchOptions,
  ) {}

  /**
   * The units of a written word, each built once: they depend on its term and stem only (the index, the
   * lexicon and the options are fixed), and queries repeat words. Never changed once made.
   */
  formsOf(part: Token): WordForms {
    const key = `${part.term}\u0000${part.stem}`;
    let forms = this.forms.get(key);
    if (forms === undefined) {
      forms = { unit: this.wordUnit(part) };
      if (this.forms.size >= WORD_FORMS_LIMIT) this.forms.clear();
      this.forms.set(key, forms);
    }
    return forms;
  }

  /**
   * The word as the dictionary word it means with two letters swapped back (`meaningOf`: "fule" is "fuel"):
   * found as that word would be, by its forms, its relatives or not at all, never as a word of the library
   * one other slip away ("full").
   */
  asMeant(word: Word): Word {
    const part = word.parts[0];
    if (word.parts.length !== 1 || part === undefined || word.surface.toLowerCase() !== part.term)
      return word;
    const meant = this.meaningOf(part.term, part.stem);
    if (meant === undefined) return word;
    let at = 0;
    while (meant[at] === part.term[at]) at += 1;
    return {
      ...word,
      surface: swapped(word.surface, at),
      parts: [{ ...part, term: meant, stem: stemOf(meant) }],
    };
  }

  /**
   * The dictionary word a word the library has in no form means, two letters swapped back
   * (`transposedWords`): its only such word, or the only one the library has something of, in a form or a
   * relative ("fule" may be "flue" or "fuel", and the library has "petrol", a fuel). Undefined otherwise.
   */
  meaningOf(term: string, stem: string): string | undefined {
    const key = `${term}\u0000${stem}`;
    let meant = this.meanings.get(key);
    if (meant === undefined) {
      meant = this.meaningFound(term, stem) ?? null;
      if (this.meanings.size >= WORD_FORMS_LIMIT) this.meanings.clear();
      this.meanings.set(key, meant);
    }
    return meant ?? undefined;
  }

  /** `meaningOf`, worked out. */
  private meaningFound(term: string, stem: string): string | undefined {
    const meant = this.meaningsOf(term, stem);
    if (meant.length <= 1) return meant[0];
    const found = meant.filter((each) => this.findsAny(each));
    return found.length === 1 ? found[0] : undefined;
  }

  /** `transposedWords` of a word the library has in no form. */
  private meaningsOf(term: string, stem: string): string[] {
    return this.index.hasStem(stem) ? [] : transposedWords(term, this.options.lexicon);
  }

  /** Whether the word, as a plain word of a query, finds some term of the library (`WordTerms.termOf`). */
  private findsAny(term: string): boolean {
    const part: Token = {
      term,
      stem: stemOf(term),
      start: 0,
      end: term.length,
      position: 0,
      alias: false,
      word: 0,
    };
    const forms = this.formsOf(part);
    forms.plain ??= irregularUnit(this.index, this.options, part, forms.unit);
    return (forms.asWord ??= relatedUnit(this.index, this.options, part, forms.plain, false)).size > 0;
  }

  /**
   * Exact and same-stem terms, or failing those the terms one or two typos away. A word of the lexicon is
   * no typo: "inexpensive" must not become "expensive".
   */
  private wordUnit(part: Token): QueryUnit {
    const unit = stemUnit(this.index, this.options, part.stem, part.term, 1);
    // The word in the library's other spelling ("globalization" in a text that writes "globalisation").
    for (const variant of spellingVariants(part.term)) {
      if (!this.index.hasTerm(variant)) continue;
      mergeBest(
        unit,
        stemUnit(this.index, this.options, stemOf(variant), variant, this.options.relationQuality.spelling),
      );
    }
    // A word in "e" whose inflections the stemmer gives another stem ("die": "died", "dies" are "di"): they
    // are its forms all the same ("when did hailey die" found nothing). Not a word in another letter ("hop"
    // is no "hoped"), nor one of three in "ee" ("see" is no "seed", "fee" no "feed").
    if (part.term.endsWith('e') && !/^\p{L}ee$/u.test(part.term)) {
      for (const form of inflectedForms(part.term)) {
        if (!this.index.hasTerm(form) || unit.has(form) || stemOf(form) === part.stem) continue;
        mergeBest(unit, new Map([[form, this.options.stemQuality]]));
      }
    }
    // A word the library never has may be a typo even when its stem is known ("stronge" is "strong"'s
    // stem but means "stronger"): its near words join its stem's.
    if (unit.size > 0 && this.index.hasTerm(part.term)) return unit;
    if (relatedOf(this.options.lexicon, part.term).length > 0) return unit;
    // Two letters swapped from dictionary words the library has nothing of ("fule": flue, fuel), it means one
    // of those (`meaningOf`), not a word of the library one other slip away ("full").
    const meanings = this.meaningsOf(part.term, part.stem);
    if (meanings.length > 0 && !meanings.some((meant) => this.findsAny(meant))) return unit;
    // A name the dictionary knows is a typo of one slip at most ("unio" for "union", but "beatles" is no
    // "beat"): one the library lacks is what the query is about.
    const name = unit.size === 0 && this.options.lexicon.isName?.(part.term) === true;
    const found = new Map<string, number>(unit);
    const near = this.fuzzy.match(part.term);
    // One slip from a word the dictionary knows and the library lacks ("polination" for "pollination"),
    // it is that word, not a word of the library two edits away ("political").
    if ((near[0]?.distance ?? 0) > 1 && slipOfDictionaryWord(this.index, this.options.lexicon, part.term))
      return found;
    for (const { term, distance } of near) {
      if (name && distance > 1) continue;
      const quality = typoQualityOf(this.options, distance);
      for (const sibling of this.index.termsWithStem(stemOf(term))) {
        const value = sibling === term ? quality : quality * this.options.stemQuality;
        if ((found.get(sibling) ?? 0) < value) found.set(sibling, value);
      }
    }
    return found;
  }
}
