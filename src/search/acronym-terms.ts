/** An acronym or a name of a query as one term of both forms: "BA" and "British Airways". */
import { REQUEST_WORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';
import { Acronyms } from './acronyms.js';
import type { Glossary } from './glossary.js';
import { isDictionaryWord, isLightWord } from './known-words.js';
import type { SearchOptions } from './options.js';
import type { QueryTerm } from './query-term.js';
import { stemUnit } from './query-units.js';
import { CAPITALIZED, isFiller, type Word } from './query-words.js';
import type { SentenceIndex } from './sentence-index.js';
import { PLAIN_ACRONYM, type WordTerms } from './word-terms.js';

/** An acronym typed in lower case: three to five letters. */
const LOWER_ACRONYM = /^\p{Ll}{3,5}$/u;
/** The longest run of capitalised query words read as a name an acronym may stand for. */
const MAX_NAME_RUN = 6;
/** The most word parts of a long form looked up for an abbreviation the library defines in brackets. */
const MAX_LONG_FORM = 8;

/** The acronyms of a query's words, as the library writes or spells them out (see `Acronyms`). */
export class AcronymTerms {
  private readonly acronyms: Acronyms;

  constructor(
    private readonly index: SentenceIndex,
    private readonly glossary: Glossary,
    private readonly options: SearchOptions,
    private readonly words: WordTerms,
  ) {
    this.acronyms = new Acronyms(index);
  }

  /**
   * A name the library also writes as an acronym, as one term of both forms: "British Airways" finds "BA's
   * chief executive", and "BA" finds "British Airways has blamed…" (see `Acronyms`). Undefined otherwise.
   */
  acronymAt(
    words: readonly Word[],
    flat: readonly { word: Word }[],
    stems: readonly string[],
    at: number,
    lexical: boolean,
  ): { term: QueryTerm; length: number } | undefined {
    const quality = this.options.synonymQuality;
    const first = flat[at]!.word;
    // A short form defined in brackets ("IL-6", "CTmax", "NAC"), whatever its case or hyphens, from its first part.
    const startsWord = at === 0 || flat[at - 1]!.word !== first;
    const short = first.parts.map((part) => part.term).join('');
    const defined = startsWord ? this.acronyms.definedLongForms(short) : [];
    if ((first.parts.length === 1 && this.mayBeAcronym(first)) || defined.length > 0) {
      const acronym = short;
      const written = first.parts.length === 1 ? this.acronyms.expansions(acronym) : [];
      const both = [...written, ...defined];
      const phrases = both.length > 0 ? both : this.acronyms.spelledOut(acronym);
      if (phrases.length === 0) return undefined;
      const own = this.words.termOf(first, true, lexical);
      // What the glossary knows of it too ("UK": "Britain"), besides what the article spells out.
      const glossary = this.glossary.matchAt(stems, at);
      const known = glossary?.length === 1 ? glossary.synonyms : [];
      const alternatives = [
        ...phrases.map((phrase) =>
          phrase.map((word) => stemUnit(this.index, this.options, stemOf(word), word, quality)),
        ),
        ...known.map((member) =>
          member.map((stem) => stemUnit(this.index, this.options, stem, undefined, quality)),
        ),
      ]
        .filter((units) => units.every((unit) => unit.size > 0))
        .map((units) => ({ units }));
      const term = { ...own, alternatives: [...own.alternatives, ...alternatives] };
      return { term, length: first.parts.length };
    }
    const long = this.definedLongFormAt(flat, at, quality);
    if (long !== undefined) return long;
    // The words from here that stand side by side in the query, one part each, capitalised or not (people
    // chat in lower case: "who runs british airways"), none of them a small word.
    const run: Word[] = [];
    for (let i = at; i < flat.length && run.length < MAX_NAME_RUN; i++) {
      const word = flat[i]!.word;
      if (word.parts.length !== 1 || (!CAPITALIZED.test(word.surface) && isFiller(word))) break;
      if (run.length > 0 && words.indexOf(word) !== words.indexOf(run.at(-1)!) + 1) break;
      if (run.at(-1) !== word) run.push(word);
    }
    for (let length = run.length; length >= 2; length--) {
      const name = run.slice(0, length);
      const acronym = this.acronyms.acronymOf(name.map((word) => word.surface));
      if (acronym === undefined) continue;
      const units = name.map((word) =>
        stemUnit(this.index, this.options, word.parts[0]!.stem, word.parts[0]!.term, 1),
      );
      const term: QueryTerm = {
        label: name.map((word) => word.surface).join(' '),
        required: true,
        alternatives: [
          { units },
          { units: [stemUnit(this.index, this.options, stemOf(acronym), acronym, quality)] },
        ],
      };
      return { term, length };
    }
    return undefined;
  }

  /**
   * The longest run of the query's word parts from `at`, whole words only, that the library defines an
   * abbreviation for in brackets ("reactive oxygen species" of "(ROS)", "interleukin 6" or "Interleukin-6" of
   * "(IL-6)"), as one term of the long form and its short forms; undefined when there is none.
   */
  private definedLongFormAt(
    flat: readonly { word: Word }[],
    at: number,
    quality: number,
  ): { term: QueryTerm; length: number } | undefined {
    if (at > 0 && flat[at - 1]!.word === flat[at]!.word) return undefined;
    const parts: string[] = [];
    for (let i = at, within = 0; i < flat.length && parts.length < MAX_LONG_FORM; i++) {
      within = i > at && flat[i - 1]!.word === flat[i]!.word ? within + 1 : 0;
      parts.push(flat[i]!.word.parts[within]?.term ?? '');
    }
    for (let length = parts.length; length >= 2; length--) {
      // A run ends where its last word does.
      if (flat[at + length]?.word === flat[at + length - 1]!.word) continue;
      const run = parts.slice(0, length);
      const shorts = this.acronyms.definedShortForms(run);
      if (shorts.length === 0) continue;
      const words = [...new Set(flat.slice(at, at + length).map(({ word }) => word))];
      const term: QueryTerm = {
        label: words.map((word) => word.surface).join(' '),
        required: words.every((word) => CAPITALIZED.test(word.surface)),
        alternatives: [
          { units: run.map((part) => stemUnit(this.index, this.options, stemOf(part), part, 1)) },
          ...shorts.map((short) => ({
            units: [stemUnit(this.index, this.options, stemOf(short), short, quality)],
          })),
        ],
      };
      return { term, length };
    }
    return undefined;
  }

  /**
   * Whether a word may be an acronym: typed in capitals ("WPK"), or of a few lower-case letters that neither
   * the library nor the dictionary knows ("wpk", "nuj").
   */
  private mayBeAcronym(word: Word): boolean {
    if (PLAIN_ACRONYM.test(word.surface)) return true;
    const term = word.parts[0]!.term;
    return (
      LOWER_ACRONYM.test(word.surface) &&
      !this.index.hasTerm(term) &&
      !isLightWord(term) &&
      !REQUEST_WORDS.has(term) &&
      !isDictionaryWord(this.options.lexicon, term)
    );
  }
}
