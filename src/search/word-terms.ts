/** A query word as a term: every way the library may have it, its compound and figures to its relatives. */
import { sizedFigure, stemOf } from '../text/tokenize.js';
import type { FuzzyTerms } from './fuzzy-terms.js';
import { RelationKind, type RelatedWord } from './lexicon.js';
import { openForms } from './open-forms.js';
import type { SearchOptions } from './options.js';
import type { Alternative, QueryTerm } from './query-term.js';
import { typoQualityOf } from './query-typos.js';
import type { Word } from './query-words.js';
import { Numeronyms } from './numeronyms.js';
import type { SentenceIndex } from './sentence-index.js';
import { irregularUnit, phraseAlternatives, relatedUnit, sideBySide } from './word-relatives.js';
import type { WordUnits } from './word-units.js';

/** A word typed in capitals that may be an acronym ("RAF", "WPK"). */
export const PLAIN_ACRONYM = /^\p{Lu}{2,6}$/u;

/** The terms of a query's words, built from their cached units (`WordUnits`). */
export class WordTerms {
  constructor(
    private readonly index: SentenceIndex,
    private readonly fuzzy: FuzzyTerms,
    private readonly options: SearchOptions,
    private readonly units: WordUnits,
  ) {
    this.numeronyms = new Numeronyms(index);
  }

  private readonly numeronyms: Numeronyms;

  /**
   * The word's term: `required` for a name or a number, `lexical` false for the words as typed only;
   * `phrase`: what the lexicon knows of a phrase the word is part of, for a plain word's relatives.
   */
  termOf(word: Word, required: boolean, lexical: boolean, phrase?: readonly RelatedWord[]): QueryTerm {
    const alternatives: Alternative[] = [];
    if (word.compound && this.index.hasTerm(word.compound.term)) {
      alternatives.push({ units: [new Map([[word.compound.term, 1]])] });
    }
    // "9.3bn" is "9.3 billion" where the text spells the size out, and "30k" is "30,000".
    const sized = word.parts.length === 1 ? sizedFigure(word.parts[0]!.term) : undefined;
    if (sized && this.index.hasTerm(sized.figure) && this.index.hasTerm(sized.size)) {
      alternatives.push({ units: [new Map([[sized.figure, 1]]), new Map([[sized.size, 1]])] });
    }
    if (sized?.full !== undefined && this.index.hasTerm(sized.full))
      alternatives.push({ units: [new Map([[sized.full, 1]])] });
    // The same number written otherwise: "ten" is "10".
    const spelling = this.options.relationQuality[RelationKind.Spelling];
    for (const figure of word.figures)
      if (this.index.hasTerm(figure)) alternatives.push({ units: [new Map([[figure, spelling]])] });
    // A numeronym the library writes out: "k8s" is "kubernetes" (see `Numeronyms`).
    const spelledOut = word.parts.length === 1 ? this.numeronyms.wordFor(word.parts[0]!.term) : undefined;
    if (spelledOut !== undefined)
      alternatives.push({ units: [new Map([[spelledOut, this.options.synonymQuality]])] });
    if (!required && word.parts.length === 1) {
      const forms = this.units.formsOf(word.parts[0]!);
      alternatives.push(...(forms.open ??= openForms(this.index, this.options, word.parts[0]!.term)));
    }
    let expanded = false;
    const units = word.parts.map((part) => {
      const forms = this.units.formsOf(part);
      // A name is what it is: "Rose" is no "rise".
      const unit = required
        ? forms.unit
        : (forms.plain ??= irregularUnit(this.index, this.options, part, forms.unit));
      if (!lexical || word.parts.length > 1) return unit;
      const related =
        phrase && !required
          ? relatedUnit(this.index, this.options, part, unit, false, phrase)
          : required
            ? (forms.asName ??= relatedUnit(this.index, this.options, part, unit, true))
            : (forms.asWord ??= relatedUnit(this.index, this.options, part, unit, false));
      expanded ||= related.size > unit.size;
      return related;
    });
    const inParts = units.every((unit) => unit.size > 0);
    if (inParts) alternatives.push({ units });
    // A hyphenated word the dictionary knows whole ("self-sufficiency": self-reliance, autonomy), or as a
    // phrase of separate words ("out-of-work": out of work, jobless).
    if (lexical && !required && word.compound) {
      const terms = word.parts.map((part) => part.term);
      let related = new Map<string, number>();
      for (const joint of ['-', '_']) {
        related = new Map(
          relatedUnit(
            this.index,
            this.options,
            { ...word.compound, term: terms.join(joint) },
            new Map(),
            false,
          ),
        );
        if (related.size > 0) break;
      }
      // Not its own parts ("long-term" is no mere "long").
      const parts = new Set(word.parts.map((part) => part.stem));
      for (const term of related.keys()) if (parts.has(stemOf(term))) related.delete(term);
      if (related.size > 0) {
        alternatives.push({ units: [related] });
        expanded = true;
      }
    }
    if (!inParts && word.compound && !this.index.hasTerm(word.compound.term)) {
      // A typo inside a hyphenated word, whose parts are too short to be read as typos ("jung-un": Jong-un).
      for (const { term, distance } of this.fuzzy.match(word.compound.term))
        alternatives.push({ units: [new Map([[term, typoQualityOf(this.options, distance)]])] });
    }
    // A synonym of several words: not of a name (a capitalised "Cook" is no "captain cook"), but of an
    // acronym ("RAF": "Royal Air Force").
    if (lexical && word.parts.length === 1 && (!required || PLAIN_ACRONYM.test(word.surface))) {
      const forms = this.units.formsOf(word.parts[0]!);
      const phrases = (forms.phrases ??= phraseAlternatives(this.index, this.options, word.parts[0]!));
      if (phrases.length > 0) {
        alternatives.push(...phrases);
        expanded = true;
      }
    }
    // The phrase's own synonyms of several words: each word of "second world war" is found in "World War
    // II", so that a sentence with the one has every word of the other; so is each of the name "Second
    // World War" typed capitalised (whose phrase brings only those: see `phraseRelatives`).
    if (lexical && phrase && word.parts.length === 1) {
      const others = sideBySide(this.index, this.options, phrase);
      if (others.length > 0) {
        alternatives.push(...others);
        expanded = true;
      }
    }
    return { label: word.surface, required, alternatives, ...(expanded ? { expanded } : {}) };
  }
}
