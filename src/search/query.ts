import { REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { stemOf, tokenize, type Token } from '../text/tokenize.js';
import type { FuzzyTerms } from './fuzzy-terms.js';
import type { Glossary } from './glossary.js';
import type { SearchOptions } from './options.js';
import type { SentenceIndex } from './sentence-index.js';

/** Vocabulary terms one query word may match, each with the quality of that match (0–1]. */
export type QueryUnit = ReadonlyMap<string, number>;

/** One way a query word can be found: a single unit, or a phrase whose units must stand side by side. */
export interface Alternative {
  readonly units: readonly QueryUnit[];
}

/** A word (or glossary phrase) of the query, with every way it may be found. */
export interface QueryTerm {
  /** What the user wrote for it. */
  readonly label: string;
  /** A name written with a capital (not as the query's first word) or a number: a hit must contain it. */
  readonly required: boolean;
  readonly alternatives: readonly Alternative[];
}

interface Word {
  readonly parts: readonly Token[];
  readonly compound: Token | undefined;
  readonly surface: string;
}

function wordsOf(query: string): Word[] {
  const byWord = new Map<number, Token[]>();
  for (const token of tokenize(query)) {
    const list = byWord.get(token.word);
    if (list) list.push(token);
    else byWord.set(token.word, [token]);
  }
  return [...byWord.values()].map((tokens) => {
    const parts = tokens.filter((token) => !token.alias);
    const compound = parts.length > 1 ? tokens.find((token) => token.alias) : undefined;
    const first = tokens[0]!;
    return { parts, compound, surface: query.slice(first.start, Math.max(...tokens.map((t) => t.end))) };
  });
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const CAPITALIZED = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
// Mentions and channel links of Discord (<@123>, <@&1>, <#1>) and Slack (<@U1>, <!here>), @everyone/@here:
// they name people, not words of an article.
const CHAT_MARKUP = /<[@#!][^>\s]*>|@(?:everyone|here|channel)\b/gi;

function isFiller(word: Word): boolean {
  if (word.parts.length !== 1 || ACRONYM.test(word.surface)) return false;
  const term = word.parts[0]!.term;
  return STOPWORDS.has(term) || REQUEST_WORDS.has(term);
}

/** Builds query terms against one index; pure apart from the fuzzy matcher's cache. */
export class QueryAnalyzer {
  constructor(
    private readonly index: SentenceIndex,
    private readonly glossary: Glossary,
    private readonly fuzzy: FuzzyTerms,
    private readonly options: SearchOptions,
  ) {}

  analyze(query: string): QueryTerm[] {
    const words = wordsOf(query.replace(CHAT_MARKUP, ' '));
    const content = words.filter((word) => !isFiller(word));
    const kept = this.joinSplitWords(content.length > 0 ? content : words);
    const flat: { stem: string; word: Word }[] = kept.flatMap((word) =>
      word.parts.map((part) => ({ stem: part.stem, word })),
    );
    const stems = flat.map((entry) => entry.stem);
    const terms: QueryTerm[] = [];
    for (let at = 0; at < flat.length;) {
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
            ...match.synonyms.map((member) => ({
              units: member.map((stem) => this.stemUnit(stem, undefined, this.options.synonymQuality)),
            })),
          ].filter((alternative) => alternative.units.every((unit) => unit.size > 0)),
        });
        at += match.length;
        continue;
      }
      const word = flat[at]!.word;
      const name = words.indexOf(word) > 0 && CAPITALIZED.test(word.surface);
      terms.push(this.wordTerm(word, name || DIGIT.test(word.surface)));
      at += word.parts.length;
    }
    // Only small words ("to be or not to be"): they are the phrase, so a hit must have every one.
    if (content.length === 0 && terms.length > 1) return terms.map((term) => ({ ...term, required: true }));
    return terms;
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
        joined.push({ parts: [part], compound: undefined, surface: `${left.surface} ${right.surface}` });
        i += 1;
      } else joined.push(left);
    }
    return joined;
  }

  private wordTerm(word: Word, required: boolean): QueryTerm {
    const alternatives: Alternative[] = [];
    if (word.compound && this.index.hasTerm(word.compound.term)) {
      alternatives.push({ units: [new Map([[word.compound.term, 1]])] });
    }
    const units = word.parts.map((part) => this.wordUnit(part));
    if (units.every((unit) => unit.size > 0)) alternatives.push({ units });
    return { label: word.surface, required, alternatives };
  }

  /** Exact and same-stem terms, or failing those the terms one or two typos away. */
  private wordUnit(part: Token): QueryUnit {
    const unit = this.stemUnit(part.stem, part.term, 1);
    // A word the library never has may be a typo even when its stem is known ("stronge" is "strong"'s
    // stem but means "stronger"): its near words join its stem's.
    if (unit.size > 0 && this.index.hasTerm(part.term)) return unit;
    const found = new Map<string, number>(unit);
    for (const { term, distance } of this.fuzzy.match(part.term)) {
      const quality = this.options.typoQuality - 0.15 * (distance - 1);
      for (const sibling of this.index.termsWithStem(stemOf(term))) {
        const value = sibling === term ? quality : quality * this.options.stemQuality;
        if ((found.get(sibling) ?? 0) < value) found.set(sibling, value);
      }
    }
    return found;
  }

  /** Terms with this stem: `exact` at full quality, its inflections a little less (synonyms: all alike). */
  private stemUnit(stem: string, exact: string | undefined, quality: number): QueryUnit {
    const unit = new Map<string, number>();
    for (const term of this.index.termsWithStem(stem)) {
      unit.set(term, exact === undefined || term === exact ? quality : quality * this.options.stemQuality);
    }
    if (exact !== undefined && this.index.hasTerm(exact)) unit.set(exact, quality);
    return unit;
  }
}
