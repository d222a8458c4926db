import { withoutPastedMarkup } from '../text/chat-markup.js';
import { LIGHT_WORDS, REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { spellingVariants } from '../text/spelling.js';
import { FIGURE, HAS_LETTER, sizedFigure, stemOf, tokenize, type Token } from '../text/tokenize.js';
import { Acronyms } from './acronyms.js';
import { commonSlipsOf, EditPattern, swapped, typoBudget } from './edit-distance.js';
import type { FuzzyTerms } from './fuzzy-terms.js';
import { figuresNear } from './figures.js';
import type { Glossary } from './glossary.js';
import {
  dictionaryForms,
  inflectedForms,
  isPhrase,
  lemmaCandidates,
  lemmaCandidatesIn,
  RelationKind,
  type RelatedWord,
} from './lexicon.js';
import { phraseRelatives, type QueryPhrases } from './lexicon-phrases.js';
import type { SearchOptions } from './options.js';
import {
  CAPITALIZED,
  isAsked,
  fillersOf,
  isFiller,
  isLight,
  nameRuns,
  wordsOf,
  writtenOut,
  type Word,
} from './query-words.js';
import { QuestionKind, questionOf } from './question.js';
import { MONTH_NAMES } from './answer-cues.js';
import type { Alternative, QueryTerm, QueryUnit } from './query-term.js';
import type { SentenceIndex } from './sentence-index.js';
import { transposedWords } from './transposed.js';

// The terms' types are this module's API, as they were when they were written here.
export type { Alternative, QueryTerm, QueryUnit } from './query-term.js';

const PLAIN_ACRONYM = /^\p{Lu}{2,6}$/u;
/** An acronym typed in lower case: three to five letters. */
const LOWER_ACRONYM = /^\p{Ll}{3,5}$/u;
/** The longest run of capitalised query words read as a name an acronym may stand for. */
const MAX_NAME_RUN = 6;
/** The shortest word a word written solid is split into (see `openForms`). */
const MIN_OPEN_PART = 3;
/** The shortest particle of a verb a noun written solid may end in ("setup": "set up"). */
const MIN_PARTICLE = 2;
/** Pronouns that stand as an object between a verb and its particle ("clean it up"). */
const OBJECT_PRONOUNS = ['it', 'them', 'him', 'her', 'us', 'me', 'you', 'this', 'that'];
const DIGIT = /\p{N}/u;
const PLAIN_LOWER = /^[a-z]+$/;
/** How far from a rough number a figure may be, as a share of it: "nearly half a million" is 464,000. */
const NEAR_FIGURE_SHARE = 0.15;
/** The smallest rough number with figures near it: a reader rounds thousands, not tens. */
const MIN_NEAR_FIGURE = 1000;
/** Words that say a number after them is rough: "about 6,000", "nearly half a million", "more than 40". */
const ROUGH_WORDS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'approx',
  'circa',
  'some',
  'over',
  'under',
  'than',
]);
/** Whether the word at `at` follows a word that says it is rough ("about", "nearly", "more than"). */
const isRough = (words: readonly Word[], at: number): boolean =>
  ROUGH_WORDS.has(words[at - 1]!.parts.at(-1)?.term ?? '');
/** The value of a number the word is or ends ("6,000": 6000, "half a million": 500000), or undefined. */
function figureOf(word: Word): number | undefined {
  const values = [...word.figures, ...word.parts.map((part) => part.term)]
    .filter((term) => FIGURE.test(term))
    .map(Number);
  return values.length > 0 ? Math.max(...values) : undefined;
}
/** A word in more sentences than this is no name to find beside a neighbour (a cheap cap on the reading). */
const NEIGHBOUR_POSTINGS_LIMIT = 200;
/** The other content words a query needs for its adverbs to weigh as light words. */
const ADVERB_COMPANY = 3;
/** Verbs of leading, as stems: "who runs", "who is running", "who leads", "who heads", "who chairs". */
const LEADING_VERBS = new Set(['run', 'ran', 'lead', 'led', 'head', 'manage', 'chair'].map(stemOf));
/** How a text names the person at the head of something. */
const LEADER_TITLES = [
  'chief executive',
  'boss',
  'chairman',
  'chairwoman',
  'president',
  'leader',
  'director',
  'manager',
  'head',
  'chief',
  'ceo',
  'founder',
];

/**
 * Relations looser than a synonym: followed from the word as typed only, and to the related word itself,
 * not to its word family.
 */
const LOOSE_KINDS: ReadonlySet<RelationKind> = new Set([
  RelationKind.Narrower,
  RelationKind.Broader,
  RelationKind.Defining,
]);

/** A word's unit, and with its relatives added when it is read as a name or as a plain word. */
interface WordForms {
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

/** Function words long enough to be mistyped (a typo needs four letters): "through", "because", "their". */
const MISTYPABLE_FUNCTION_WORDS = [...STOPWORDS].filter((word) => word.length >= 4);

/** The particles a verb takes that a text may join to it to make a noun ("bail out" / "bailout"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'out',
  'up',
  'down',
  'off',
  'over',
  'back',
  'through',
  'away',
]);

/** How many words' units an analyzer keeps (emptied when full). */
const WORD_FORMS_LIMIT = 5_000;

/** Builds query terms against one index; pure apart from its caches (the fuzzy matcher's, its words'). */
export class QueryAnalyzer {
  private readonly acronyms: Acronyms;
  private readonly forms = new Map<string, WordForms>();

  constructor(
    private readonly index: SentenceIndex,
    private readonly glossary: Glossary,
    private readonly fuzzy: FuzzyTerms,
    private readonly options: SearchOptions,
  ) {
    this.acronyms = new Acronyms(index);
  }

  /** The query's terms; `lexical` false leaves out what the lexicon adds (the words as typed only). */
  analyze(query: string, lexical = true): QueryTerm[] {
    // "25%" asks for a share: "percent" is a word of it ("5%" is found by "5 percent"), not only the figure
    // that a code has too ("KN-25").
    const unmarked = withoutPastedMarkup(query).replace(/(\p{N})\s?%/gu, '$1 percent');
    const words = wordsOf(writtenOut(unmarked, (word) => this.index.hasTerm(word))).map((word) =>
      this.asMeant(word),
    );
    const fillers = fillersOf(words);
    const content = words.filter((word, i) => !fillers[i] && !this.mistypedFunctionWord(word));
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
    const asked =
      question !== undefined && question !== QuestionKind.Other
        ? new Set(words.filter((word, i) => isAsked(word, words[i - 1])))
        : undefined;
    const heavy = content.filter((word) => !light.has(word));
    const kept = this.joinSplitWords(content.length > 0 ? content : words);
    const flat: { stem: string; word: Word }[] = kept.flatMap((word) =>
      word.parts.map((part) => ({ stem: part.stem, word })),
    );
    const stems = flat.map((entry) => entry.stem);
    const names = nameRuns(words);
    const phrases = lexical ? this.phrasesOf(words, names) : undefined;
    const terms: QueryTerm[] = [];
    /** Per term, the index of its word in `words` (-1 for an acronym's or a glossary phrase's). */
    const wordAt: number[] = [];
    for (let at = 0; at < flat.length;) {
      const date = this.slashDateAt(query, flat, at);
      if (date) {
        terms.push(date);
        wordAt.push(-1);
        at += 2;
        continue;
      }
      const named = this.acronymAt(words, flat, stems, at, lexical);
      if (named) {
        terms.push(named.term);
        wordAt.push(-1);
        at += named.length;
        continue;
      }
      const match = this.glossary.matchAt(stems, at);
      if (match) {
        const own = flat.slice(at, at + match.length).map((entry) => entry.word.parts);
        const ownParts = [...new Set(own.flat())];
        const label = [...new Set(flat.slice(at, at + match.length).map((entry) => entry.word.surface))].join(
          ' ',
        );
        terms.push({
          label,
          required: false,
          alternatives: [
            { units: ownParts.map((part) => this.stemUnit(part.stem, part.term, 1)) },
            ...match.synonyms.map((member) => {
              // A word that is part of a longer synonym ("nuclear" of "nuclear weapons", for "nukes") says
              // less than it: related, not the same.
              const part = match.synonyms.some((other) => isPartOf(member, other));
              const quality = part
                ? this.options.relationQuality[RelationKind.Related]
                : this.options.synonymQuality;
              return { units: member.map((stem) => this.stemUnit(stem, undefined, quality)) };
            }),
          ].filter((alternative) => alternative.units.every((unit) => unit.size > 0)),
        });
        wordAt.push(-1);
        at += match.length;
        continue;
      }
      const word = flat[at]!.word;
      wordAt.push(words.indexOf(word));
      const run = names.get(word);
      const name = run !== undefined || (words.indexOf(word) > 0 && CAPITALIZED.test(word.surface));
      const phrase = phrases?.related.get(words.indexOf(word));
      const term = this.withGlossaryOfDerived(
        this.withJoined(
          this.wordTerm(word, name || DIGIT.test(word.surface), lexical, phrase),
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
    if (phrases) groupPhrases(terms, wordAt, phrases.spans);
    this.withNearFigures(terms, wordAt, words);
    // A name the library lacks in every form ("iraq", "london": the dictionary knows them only as names),
    // or a word that neither the library (in any form, or a typo away) nor the dictionary knows ("ebay",
    // "netflix"), is what the query is about, as a capitalised name is: no hit may leave it out.
    const lexicon = this.options.lexicon;
    for (const [i, term] of terms.entries()) {
      if (term.light || term.alternatives.length > 0) continue;
      if (!lexicon.isName?.(term.label.toLowerCase()) && !this.unknown(term.label)) continue;
      const typo = this.typoBesideNeighbour(terms, i);
      terms[i] = { ...term, required: true, ...(typo ? { alternatives: [typo] } : {}) };
    }
    // Only small words ("to be or not to be"): they are the phrase, so a hit must have every one.
    if (content.length === 0 && terms.length > 1) return terms.map((term) => ({ ...term, required: true }));
    // A question may leave out one word of three ("who wrote…" / "created by"), but not the word it is
    // about when nothing here has it and no dictionary knows it ("when does the new iPhone launch?"), even
    // one a typo away from a word here ("how much did ebay make?" and "bay"): then a hit has that word.
    if (question !== undefined) {
      return terms.map((term) =>
        !term.light && this.unknown(term.label)
          ? { ...term, required: true }
          : question === QuestionKind.Who
            ? this.withLeaders(term)
            : term,
      );
    }
    return terms;
  }

  /**
   * "Who runs / leads / heads X?" asks for the person at its head, whom a text names by a title ("its chief
   * executive Takashi Nishioka", "the chairman"), not by the verb: a title counts as a synonym of the verb.
   */
  private withLeaders(term: QueryTerm): QueryTerm {
    if (term.light || term.name !== undefined || !LEADING_VERBS.has(stemOf(term.label.toLowerCase())))
      return term;
    const quality = this.options.synonymQuality;
    const titles = LEADER_TITLES.map((title) => ({
      units: title.split(' ').map((word) => this.stemUnit(stemOf(word), word, quality)),
    })).filter((alternative) => alternative.units.every((unit) => unit.size > 0));
    return titles.length === 0 ? term : { ...term, alternatives: [...term.alternatives, ...titles] };
  }

  /**
   * The word as the dictionary word it means with two letters swapped back (`meaningOf`: "fule" is "fuel"):
   * found as that word would be, by its forms, its relatives or not at all, never as a word of the library
   * one other slip away ("full").
   */
  private asMeant(word: Word): Word {
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
    const meant = this.meaningsOf(term, stem);
    if (meant.length <= 1) return meant[0];
    const found = meant.filter((each) => this.findsAny(each));
    return found.length === 1 ? found[0] : undefined;
  }

  /** `transposedWords` of a word the library has in no form. */
  private meaningsOf(term: string, stem: string): string[] {
    return this.index.hasStem(stem) ? [] : transposedWords(term, this.options.lexicon);
  }

  /** Whether the word, as a plain word of a query, finds some term of the library (`wordTerm`'s unit). */
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
    forms.plain ??= this.irregularUnit(part, forms.unit);
    return (forms.asWord ??= this.relatedUnit(part, forms.plain, false)).size > 0;
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
      !this.isDictionaryWord(term)
    );
  }

  /**
   * Whether the dictionary knows the word, or a form it is inflected from ("ads": ad), as other than a name.
   */
  private isDictionaryWord(term: string): boolean {
    return this.options.lexicon.related(term).length > 0 || this.isInflectedWord(term);
  }

  /**
   * Whether the word is an inflection of another the dictionary knows, as other than a name ("kids": kid).
   */
  private isInflectedWord(term: string): boolean {
    const lexicon = this.options.lexicon;
    return lemmaCandidatesIn(term, lexicon).some(
      (form) => form !== term && lexicon.related(form).length > 0 && !lexicon.isName?.(form),
    );
  }

  /** The quality of a match one or two typos away. */
  private typoQualityOf(distance: number): number {
    return this.options.typoQuality - 0.15 * (distance - 1);
  }

  /**
   * A name the library also writes as an acronym, as one term of both forms: "British Airways" finds "BA's
   * chief executive", and "BA" finds "British Airways has blamed…" (see `Acronyms`). Undefined otherwise.
   */
  private acronymAt(
    words: readonly Word[],
    flat: readonly { word: Word }[],
    stems: readonly string[],
    at: number,
    lexical: boolean,
  ): { term: QueryTerm; length: number } | undefined {
    const quality = this.options.synonymQuality;
    const first = flat[at]!.word;
    if (first.parts.length === 1 && this.mayBeAcronym(first)) {
      const acronym = first.parts[0]!.term;
      const written = this.acronyms.expansions(acronym);
      const phrases = written.length > 0 ? written : this.acronyms.spelledOut(acronym);
      if (phrases.length === 0) return undefined;
      const own = this.wordTerm(first, true, lexical);
      // What the glossary knows of it too ("UK": "Britain"), besides what the article spells out.
      const glossary = this.glossary.matchAt(stems, at);
      const known = glossary?.length === 1 ? glossary.synonyms : [];
      const alternatives = [
        ...phrases.map((phrase) => phrase.map((word) => this.stemUnit(stemOf(word), word, quality))),
        ...known.map((member) => member.map((stem) => this.stemUnit(stem, undefined, quality))),
      ]
        .filter((units) => units.every((unit) => unit.size > 0))
        .map((units) => ({ units }));
      const term = { ...own, alternatives: [...own.alternatives, ...alternatives] };
      return { term, length: 1 };
    }
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
      const units = name.map((word) => this.stemUnit(word.parts[0]!.stem, word.parts[0]!.term, 1));
      const term: QueryTerm = {
        label: name.map((word) => word.surface).join(' '),
        required: true,
        alternatives: [{ units }, { units: [this.stemUnit(stemOf(acronym), acronym, quality)] }],
      };
      return { term, length };
    }
    return undefined;
  }

  /**
   * A number of thousands or more said to be rough ("nearly half a million", "about 6,000", "some 1.5
   * million") finds the figures near it too, at a typo's quality: a reader rounds "464,000" so. The rough
   * word and the number words but the last weigh as light words ("nearly", "half" of "half a million"), the
   * last finding those figures.
   */
  private withNearFigures(terms: QueryTerm[], wordAt: readonly number[], words: readonly Word[]): void {
    for (let i = 0; i < terms.length; i++) {
      const at = wordAt[i]!;
      let value = at > 0 && isRough(words, at) ? figureOf(words[at]!) : undefined;
      if (value === undefined) continue;
      let last = i;
      for (let next = i + 1; next < terms.length && wordAt[next]! > wordAt[last]!; next++) {
        const more = figureOf(words[wordAt[next]!]!);
        if (more === undefined) break;
        value = Math.max(value, more);
        last = next;
      }
      // Small numbers are remembered as they were ("a bit over 22 years" is no "19 countries").
      const near = value >= MIN_NEAR_FIGURE ? figuresNear(this.index, value, NEAR_FIGURE_SHARE) : [];
      if (near.length === 0) continue;
      // The word that says so ("nearly") weighs as light as its number words but the last.
      const rough = wordAt.indexOf(at - 1);
      if (rough >= 0) terms[rough] = { ...terms[rough]!, light: true };
      for (let k = i; k < last; k++) terms[k] = { ...terms[k]!, light: true, required: false };
      const unit = new Map(near.map((figure) => [figure, this.typoQualityOf(1)]));
      terms[last] = { ...terms[last]!, alternatives: [...terms[last]!.alternatives, { units: [unit] }] };
      i = last;
    }
  }

  /**
   * A day typed with slashes ("since 9/11", "the 7/7 bombings"), as one term that finds it so written or
   * with the month named, in the American order ("September 11", "11 September") and where it can be read
   * so, the British ("9 November"). Undefined where the two words at `at` are no such date.
   */
  private slashDateAt(query: string, flat: readonly { word: Word }[], at: number): QueryTerm | undefined {
    const [first, second] = [flat[at]?.word, flat[at + 1]?.word];
    if (first === undefined || second === undefined || first === second) return undefined;
    if (!/^\d{1,2}$/.test(first.surface) || !/^\d{1,2}$/.test(second.surface)) return undefined;
    const label = `${first.surface}/${second.surface}`;
    if (!new RegExp(`(?:^|[^\\d/])${label}(?:$|[^\\d/])`).test(query)) return undefined;
    const [a, b] = [Number(first.surface), Number(second.surface)];
    const unit = (term: string): Map<string, number> => this.stemUnit(stemOf(term), term, 1);
    // As month/day, and as day/month unless that is the same ("7/7").
    const readings = (
      a === b
        ? [[a, b]]
        : [
            [a, b],
            [b, a],
          ]
    ).filter(([month, day]) => month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31);
    const alternatives = [
      { units: [unit(first.surface), unit(second.surface)] },
      ...readings.flatMap(([month, day]) => {
        const name = MONTH_NAMES[month! - 1]!.toLowerCase();
        return [{ units: [unit(name), unit(String(day))] }, { units: [unit(String(day)), unit(name)] }];
      }),
    ].filter((alternative) => alternative.units.every((each) => each.size > 0));
    return readings.length > 0 ? { label, required: true, alternatives } : undefined;
  }

  /**
   * A name the library lacks though the dictionary knows it, one typo from a word the library writes beside
   * the query's word next to it: "kim jung un" is "Kim Jong-un" mistyped ("jung" being a name in WordNet,
   * no typo is looked for otherwise). The word of the library at a typo's quality, or undefined.
   */
  private typoBesideNeighbour(terms: readonly QueryTerm[], at: number): Alternative | undefined {
    const typed = terms[at]!.label.toLowerCase();
    if (!PLAIN_LOWER.test(typed)) return undefined;
    const side = (term: QueryTerm | undefined): string | undefined => {
      const word = term?.label.toLowerCase();
      return word !== undefined && !term!.light && PLAIN_LOWER.test(word) && this.index.hasTerm(word)
        ? word
        : undefined;
    };
    const [before, after] = [side(terms[at - 1]), side(terms[at + 1])];
    if (before === undefined && after === undefined) return undefined;
    for (const { term, distance } of this.fuzzy.match(typed)) {
      const id = this.index.termId(term);
      if (id === undefined || distance > 1 || this.index.documentFrequency(id) > NEIGHBOUR_POSTINGS_LIMIT)
        continue;
      // Plain letters, the query's words and the fuzzy match's both: no pattern character to escape.
      const pair = new RegExp(
        [
          ...(before === undefined ? [] : [`\\b${before}[ -]${term}\\b`]),
          ...(after === undefined ? [] : [`\\b${term}[ -]${after}\\b`]),
        ].join('|'),
      );
      for (const passage of this.index.postings(id)) {
        if (pair.test(this.index.passages[passage]!.text.toLowerCase()))
          return { units: [new Map([[term, this.typoQualityOf(distance)]])] };
      }
    }
    return undefined;
  }

  /**
   * Whether the word is a function word mistyped ("muddling throguh", "becuase of sanctions"): no form of it
   * is here, no dictionary knows it, and it is a typo from a function word nearer than from any word
   * of the library. It is then left out as the function word would be, not required as a word nothing has.
   */
  private mistypedFunctionWord(word: Word): boolean {
    if (word.parts.length !== 1 || CAPITALIZED.test(word.surface)) return false;
    const term = word.parts[0]!.term;
    if (STOPWORDS.has(term) || this.index.hasTerm(term)) return false;
    // A short one with two letters swapped, the commonest slip: "teh", "adn".
    if (term.length === 3 && [swapped(term, 0), swapped(term, 1)].some((form) => STOPWORDS.has(form)))
      return this.unknown(term);
    const budget = typoBudget(term.length);
    if (budget === 0) return false;
    const typed = new EditPattern(term);
    let nearest = budget + 1;
    for (const other of MISTYPABLE_FUNCTION_WORDS) nearest = Math.min(nearest, typed.distance(other, budget));
    if (nearest > budget || !this.unknown(term)) return false;
    return this.fuzzy.match(term).every((found) => found.distance > nearest);
  }

  /** Whether no form of the word is here and no dictionary knows it: a name the library lacks, or a typo. */
  private unknown(label: string): boolean {
    return (
      tokenize(label).every((token) => !this.index.hasStem(token.stem)) &&
      this.relatedOf(label.toLowerCase()).length === 0
    );
  }

  /**
   * The term, able to find too the one word a text makes of it and the word beside it in the query ("time
   * warner" in a text that writes "TimeWarner" as well as "Time Warner"): each of the two finds that word.
   */
  private withJoined(term: QueryTerm, word: Word, kept: readonly Word[], words: readonly Word[]): QueryTerm {
    if (word.parts.length !== 1) return term;
    const at = kept.indexOf(word);
    const joined: string[] = [];
    for (const [left, right] of [
      [kept[at - 1], word],
      [word, kept[at + 1]],
    ]) {
      if (left === undefined || right === undefined || right.parts.length !== 1 || left.parts.length !== 1)
        continue;
      if (words.indexOf(right) !== words.indexOf(left) + 1) continue;
      const both = left.parts[0]!.term + right.parts[0]!.term;
      if (this.index.hasTerm(both)) joined.push(both);
    }
    const alternatives: Alternative[] = joined.map((both) => ({ units: [new Map([[both, 1]])] }));
    // A verb and its particle, which a text may write as one noun: "bailed out" / "bailouts", "laid off" /
    // "layoffs", "shut down" / "shutdown".
    const particle = words[words.indexOf(word) + 1];
    if (particle !== undefined && PARTICLES.has(particle.surface.toLowerCase())) {
      const { term: typed } = word.parts[0]!;
      for (const form of dictionaryForms(typed, this.options.lexicon)) {
        const both = form + particle.parts[0]!.term;
        if (!this.index.hasStem(stemOf(both))) continue;
        const quality = form === typed ? 1 : this.options.stemQuality;
        alternatives.push({ units: [this.stemUnit(stemOf(both), both, quality)] });
        break;
      }
    }
    if (alternatives.length === 0) return term;
    return { ...term, alternatives: [...term.alternatives, ...alternatives] };
  }

  /**
   * The term, able to find too the glossary's synonyms of a word derived from it ("american": "america",
   * whose synonyms are "U.S.", "USA", "United States"), at a derived form's quality times a synonym's.
   */
  private withGlossaryOfDerived(term: QueryTerm, word: Word, lexical: boolean): QueryTerm {
    if (!lexical || word.parts.length !== 1) return term;
    const quality = this.options.relationQuality[RelationKind.Derivation] * this.options.synonymQuality;
    const alternatives: Alternative[] = [];
    for (const relative of this.options.lexicon.related(word.parts[0]!.term)) {
      if (relative.kind !== RelationKind.Derivation || isPhrase(relative)) continue;
      const match = this.glossary.matchAt([stemOf(relative.word)], 0);
      for (const member of match?.synonyms ?? [])
        alternatives.push({ units: member.map((stem) => this.stemUnit(stem, undefined, quality)) });
    }
    const found = alternatives.filter((alternative) => alternative.units.every((unit) => unit.size > 0));
    return found.length === 0 ? term : { ...term, alternatives: [...term.alternatives, ...found] };
  }

  /** "decision makers" is one word in a text that writes "decisionmakers": join such neighbours. */
  private joinSplitWords(words: Word[]): Word[] {
    const joined: Word[] = [];
    for (let i = 0; i < words.length; i++) {
      const left = words[i]!;
      const right = words[i + 1];
      const term =
        right && left.parts.length === 1 && right.parts.length === 1
          ? left.parts[0]!.term + right.parts[0]!.term
          : '';
      if (right && this.index.hasTerm(term) && !this.index.hasTerm(left.parts[0]!.term)) {
        const part: Token = { ...left.parts[0]!, term, stem: stemOf(term), end: right.parts[0]!.end };
        joined.push({
          parts: [part],
          compound: undefined,
          figures: [],
          surface: `${left.surface} ${right.surface}`,
        });
        i += 1;
      } else joined.push(left);
    }
    return joined;
  }

  /** What the lexicon knows of the query's phrases ("passed away"), by the index of each of their words. */
  private phrasesOf(words: readonly Word[], names: ReadonlyMap<Word, number>): QueryPhrases {
    return phraseRelatives(
      words.map((word) => (word.parts.length === 1 ? word.parts[0]!.term : undefined)),
      words.map(isFiller),
      words.map((word, i) => names.has(word) || (i > 0 && CAPITALIZED.test(word.surface))),
      this.options.lexicon,
    );
  }

  /** `phrase`: what the lexicon knows of a phrase the word is part of, for a plain word's relatives. */
  private wordTerm(
    word: Word,
    required: boolean,
    lexical: boolean,
    phrase?: readonly RelatedWord[],
  ): QueryTerm {
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
    if (!required && word.parts.length === 1) {
      const forms = this.formsOf(word.parts[0]!);
      alternatives.push(...(forms.open ??= this.openForms(word.parts[0]!.term)));
    }
    let expanded = false;
    const units = word.parts.map((part) => {
      const forms = this.formsOf(part);
      // A name is what it is: "Rose" is no "rise".
      const unit = required ? forms.unit : (forms.plain ??= this.irregularUnit(part, forms.unit));
      if (!lexical || word.parts.length > 1) return unit;
      const related =
        phrase && !required
          ? this.relatedUnit(part, unit, false, phrase)
          : required
            ? (forms.asName ??= this.relatedUnit(part, unit, true))
            : (forms.asWord ??= this.relatedUnit(part, unit, false));
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
        related = new Map(this.relatedUnit({ ...word.compound, term: terms.join(joint) }, new Map(), false));
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
        alternatives.push({ units: [new Map([[term, this.typoQualityOf(distance)]])] });
    }
    // A synonym of several words: not of a name (a capitalised "Cook" is no "captain cook"), but of an
    // acronym ("RAF": "Royal Air Force").
    if (lexical && word.parts.length === 1 && (!required || PLAIN_ACRONYM.test(word.surface))) {
      const forms = this.formsOf(word.parts[0]!);
      const phrases = (forms.phrases ??= this.phraseAlternatives(word.parts[0]!));
      if (phrases.length > 0) {
        alternatives.push(...phrases);
        expanded = true;
      }
    }
    return { label: word.surface, required, alternatives, ...(expanded ? { expanded } : {}) };
  }

  /**
   * A word written solid that the library writes as two words side by side ("healthcare": "health care",
   * "workforce": "work force", "warships": "war ships"), at another spelling's quality: each split into two
   * words of three letters or more, neither a function word, the first as typed and the second with its
   * inflections, both in the library. A noun the dictionary makes of a verb and its particle is that verb
   * too, in any of its forms, before the particle (see `phrasalForms`).
   */
  private openForms(term: string): Alternative[] {
    if (term.length < 2 * MIN_OPEN_PART || !/^[a-z]+$/.test(term)) return [];
    const quality = this.options.relationQuality[RelationKind.Spelling];
    const open = this.phrasalForms(term, quality);
    for (let at = MIN_OPEN_PART; at <= term.length - MIN_OPEN_PART; at++) {
      const first = term.slice(0, at);
      const second = term.slice(at);
      if (STOPWORDS.has(first) || STOPWORDS.has(second) || !this.index.hasTerm(first)) continue;
      const units = [
        this.stemUnit(stemOf(first), first, quality),
        this.stemUnit(stemOf(second), second, quality),
      ];
      if (units.every((unit) => unit.size > 0)) open.push({ units });
    }
    return open;
  }

  /**
   * The verb and particle a noun is made of where the dictionary derives it from them ("clampdown": "clamping
   * down", "layoffs": "laid off", "takeover": "took over"), and with a pronoun, its object, between
   * ("cleanup": "clean it up").
   */
  private phrasalForms(term: string, quality: number): Alternative[] {
    const lexicon = this.options.lexicon;
    const found: Alternative[] = [];
    for (const noun of new Set(dictionaryForms(term, lexicon))) {
      for (let at = MIN_OPEN_PART; at <= noun.length - MIN_PARTICLE; at++) {
        const verb = noun.slice(0, at);
        const particle = noun.slice(at);
        if (!(lexicon.startsPhrase?.(verb) ?? true)) continue;
        const derived = lexicon
          .related(`${verb}_${particle}`)
          .some((relative) => relative.kind === RelationKind.Derivation && relative.word === noun);
        if (!derived) continue;
        const verbUnit = this.irregularUnit({ term: verb }, this.stemUnit(stemOf(verb), verb, quality));
        const particleUnit = this.stemUnit(particle, particle, quality);
        if (verbUnit.size === 0 || particleUnit.size === 0) continue;
        found.push({ units: [verbUnit, particleUnit] });
        const object = new Map(
          OBJECT_PRONOUNS.filter((word) => this.index.hasTerm(word)).map((word) => [word, quality]),
        );
        if (object.size > 0) found.push({ units: [verbUnit, object, particleUnit] });
      }
    }
    return found;
  }

  /**
   * The units of a written word, each built once: they depend on its term and stem only (the index, the
   * lexicon and the options are fixed), and queries repeat words. Never changed once made.
   */
  private formsOf(part: Token): WordForms {
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
   * What the lexicon knows of a word: its own entry, else those of the forms its inflection may hide. Its
   * synonyms of several words only with `phrases`: a word known only through those (often a form an
   * inflection does not hide: "alied" is no "ali", Muhammad Ali) is still taken for a typo.
   */
  private relatedOf(term: string, phrases = false): readonly RelatedWord[] {
    const lexicon = this.options.lexicon;
    const related = dictionaryForms(term, lexicon).flatMap((lemma) => lexicon.related(lemma));
    return phrases ? related : related.filter((relative) => !isPhrase(relative));
  }

  /** The word's synonyms of several words (dictionary forms' too) whose every word the library has. */
  private phraseAlternatives(part: Token): Alternative[] {
    const quality = this.options.relationQuality[RelationKind.Synonym];
    const alternatives: Alternative[] = [];
    for (const relative of this.relatedOf(part.term, true)) {
      if (relative.kind !== RelationKind.Synonym || !isPhrase(relative)) continue;
      const units = relative.word.split('_').map((each) => this.stemUnit(stemOf(each), each, quality));
      if (units.every((unit) => unit.size > 0)) alternatives.push({ units });
    }
    return alternatives;
  }

  /** The word's unit with the library's terms of its relatives added, each at its relation's quality. */
  private relatedUnit(
    part: Token,
    unit: QueryUnit,
    name: boolean,
    phrase: readonly RelatedWord[] = [],
  ): QueryUnit {
    const found = new Map<string, number>(unit);
    const lexicon = this.options.lexicon;
    // A word typed inflected ("kids") may have a synonym whose same form is irregular ("children").
    const inflected = !name && this.isInflectedWord(part.term);
    const add = (relative: RelatedWord): void => {
      // A synonym of several words is an alternative of its own (`phraseAlternatives`).
      if (isPhrase(relative)) return;
      const { word, kind } = relative;
      // A name is what it is: "India" may be "Indian", but "Oscar" is no "award", "Rose" no "rise".
      if (name && kind !== RelationKind.Derivation && kind !== RelationKind.Spelling) return;
      const term = word.replace(/-/g, '');
      const stem = stemOf(term);
      if (term.length < 3 || isLightWord(term) || stem === part.stem) return;
      const quality = this.options.relationQuality[kind];
      // A more specific or more general word, or one of a definition, is that thing only, not what shares
      // its stem ("nation" is no "national").
      const unitOf = (form: string): Map<string, number> =>
        LOOSE_KINDS.has(kind) ? this.exactUnit(form, quality) : this.stemUnit(stemOf(form), form, quality);
      const units = [unitOf(term)];
      // The stemmer may give an inflection another stem than its dictionary form ("died": "di", "die").
      for (const form of inflectedForms(term)) {
        if (this.index.hasTerm(form) && !units[0]!.has(form)) units.push(unitOf(form));
      }
      if (inflected && kind === RelationKind.Synonym) {
        for (const other of lexicon.related(word)) {
          if (other.kind === RelationKind.Inflection && this.index.hasTerm(other.word))
            units.push(unitOf(other.word));
        }
      }
      for (const each of units) {
        // A light word says too little to stand for the query's word, whether WordNet gives it ("film":
        // take) or it shares a relative's stem ("wellness": well, which "as well as" writes).
        for (const word of each.keys()) if (isLightWord(word)) each.delete(word);
        mergeBest(found, each);
      }
    };
    // The looser links only of the word itself, when it is a dictionary form: a "writer" is no "signer"
    // because "write" may be what an inflection of it hides. An irregular inflection's dictionary form is
    // one of its forms ("bought": "buy"), not a name's.
    let known = false;
    for (const lemma of name ? lemmaCandidates(part.term) : dictionaryForms(part.term, lexicon)) {
      const related = lexicon.related(lemma);
      for (const relative of related) if (!known || !LOOSE_KINDS.has(relative.kind)) add(relative);
      known ||= related.some((relative) => !isPhrase(relative) && relative.kind !== RelationKind.Lemma);
    }
    for (const relative of phrase) add(relative);
    return found;
  }

  /**
   * The unit with the library's terms of the word's irregular inflections or dictionary forms ("bought":
   * buy, buying; "child": children), as good as its stem's: the stemmer only knows regular ones.
   */
  private irregularUnit(part: Pick<Token, 'term'>, unit: QueryUnit): QueryUnit {
    let found: Map<string, number> | undefined;
    for (const { word, kind } of this.options.lexicon.related(part.term)) {
      if (kind !== RelationKind.Lemma && kind !== RelationKind.Inflection) continue;
      found ??= new Map(unit);
      mergeBest(found, this.stemUnit(stemOf(word), word, this.options.relationQuality[kind]));
    }
    return found ?? unit;
  }

  /**
   * Exact and same-stem terms, or failing those the terms one or two typos away. A word of the lexicon is
   * no typo: "inexpensive" must not become "expensive".
   */
  private wordUnit(part: Token): QueryUnit {
    const unit = this.stemUnit(part.stem, part.term, 1);
    // The word in the library's other spelling ("globalization" in a text that writes "globalisation").
    for (const variant of spellingVariants(part.term)) {
      if (!this.index.hasTerm(variant)) continue;
      mergeBest(unit, this.stemUnit(stemOf(variant), variant, this.options.relationQuality.spelling));
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
    if (this.relatedOf(part.term).length > 0) return unit;
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
    if ((near[0]?.distance ?? 0) > 1 && this.slipOfDictionaryWord(part.term)) return found;
    for (const { term, distance } of near) {
      if (name && distance > 1) continue;
      const quality = this.typoQualityOf(distance);
      for (const sibling of this.index.termsWithStem(stemOf(term))) {
        const value = sibling === term ? quality : quality * this.options.stemQuality;
        if ((found.get(sibling) ?? 0) < value) found.set(sibling, value);
      }
    }
    return found;
  }

  /**
   * Whether one of the commonest slips (`commonSlipsOf`) makes the word one the dictionary knows as a common
   * word and the library has in no form, and none makes it a word of the library.
   */
  private slipOfDictionaryWord(word: string): boolean {
    const lexicon = this.options.lexicon;
    let dictionary = false;
    for (const form of commonSlipsOf(word)) {
      if (form.length < 4) continue;
      if (this.index.hasTerm(form)) return false;
      // A dictionary form only: "performing" is not one.
      if (lexicon.related(form).length === 0 || lexicon.isName?.(form) === true) continue;
      if (this.index.hasStem(stemOf(form))) return false;
      dictionary = true;
    }
    return dictionary;
  }

  /** The term itself, if the library has it. */
  private exactUnit(term: string, quality: number): Map<string, number> {
    return this.index.hasTerm(term) ? new Map([[term, quality]]) : new Map();
  }

  /** Terms with this stem: `exact` at full quality, its inflections a little less (synonyms: all alike). */
  private stemUnit(stem: string, exact: string | undefined, quality: number): Map<string, number> {
    const unit = new Map<string, number>();
    for (const term of this.index.termsWithStem(stem)) {
      unit.set(term, exact === undefined || term === exact ? quality : quality * this.options.stemQuality);
    }
    if (exact !== undefined && this.index.hasTerm(exact)) unit.set(exact, quality);
    return unit;
  }
}

/**
 * Whether a glossary member is words of a longer one, the longer one's other words having letters ("nuclear"
 * of "nuclear weapons"; not "covid" of "covid 19").
 */
function isPartOf(member: readonly string[], other: readonly string[]): boolean {
  if (other.length <= member.length) return false;
  for (let at = 0; at + member.length <= other.length; at++) {
    if (!member.every((stem, i) => other[at + i] === stem)) continue;
    const rest = [...other.slice(0, at), ...other.slice(at + member.length)];
    if (rest.some((stem) => HAS_LETTER.test(stem))) return true;
  }
  return false;
}

/** A function word or a light one (`LIGHT_WORDS`). */
const isLightWord = (term: string): boolean => STOPWORDS.has(term) || LIGHT_WORDS.has(term);

/**
 * Makes the words of each phrase the dictionary knows ("death penalty", "interest rates", "power plant") one
 * word as a name's are (`QueryTerm.name`: counted once), though not each required (`QueryTerm.phrase`):
 * "death penalty for murderers" asks for one thing, the death penalty, and a sentence on penalties for
 * murder has only half of it, while "credit rating upgraded" may find "the upgrade…" of a "foreign currency
 * rating". The words of a phrase are its content words with a term of their own, two at least, none of them
 * light or of a name.
 */
function groupPhrases(
  terms: QueryTerm[],
  wordAt: readonly number[],
  spans: readonly (readonly [number, number])[],
): void {
  for (const [from, to] of spans) {
    const members: number[] = [];
    for (const [i, at] of wordAt.entries()) {
      if (at >= from && at < to && !terms[i]!.light && terms[i]!.name === undefined) members.push(i);
    }
    if (members.length < 2) continue;
    for (const i of members) terms[i] = { ...terms[i]!, name: from, phrase: true };
  }
}

/** Adds each term of `terms` to `unit` at its quality, unless the unit has it at one as good. */
function mergeBest(unit: Map<string, number>, terms: ReadonlyMap<string, number>): void {
  for (const [term, quality] of terms) if ((unit.get(term) ?? 0) < quality) unit.set(term, quality);
}
