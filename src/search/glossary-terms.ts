/** A query's glossary words and phrases as terms that find their synonyms ("nukes": nuclear weapons). */
import { HAS_LETTER, stemOf } from '../text/tokenize.js';
import type { Glossary } from './glossary.js';
import { isPhrase, RelationKind } from './lexicon.js';
import type { SearchOptions } from './options.js';
import type { Alternative, QueryTerm } from './query-term.js';
import { stemUnit } from './query-units.js';
import type { Word } from './query-words.js';
import type { SentenceIndex } from './sentence-index.js';

/** The terms the glossary (built in, and each article's `glossary:`) adds to a query. */
export class GlossaryTerms {
  constructor(
    private readonly index: SentenceIndex,
    private readonly glossary: Glossary,
    private readonly options: SearchOptions,
  ) {}

  /**
   * The glossary's phrase or word whose stems start at `at` ("nuclear weapons", "nukes"), as one term that
   * finds its own words and each synonym of its group. Undefined where the glossary has none there.
   */
  glossaryTermAt(
    flat: readonly { word: Word }[],
    stems: readonly string[],
    at: number,
  ): { term: QueryTerm; length: number } | undefined {
    const match = this.glossary.matchAt(stems, at);
    if (!match) return undefined;
    const own = flat.slice(at, at + match.length).map((entry) => entry.word.parts);
    const ownParts = [...new Set(own.flat())];
    const label = [...new Set(flat.slice(at, at + match.length).map((entry) => entry.word.surface))].join(
      ' ',
    );
    const term: QueryTerm = {
      label,
      required: false,
      alternatives: [
        { units: ownParts.map((part) => stemUnit(this.index, this.options, part.stem, part.term, 1)) },
        ...match.synonyms.map((member) => {
          // A word that is part of a longer synonym ("nuclear" of "nuclear weapons", for "nukes") says
          // less than it: related, not the same.
          const part = match.synonyms.some((other) => isPartOf(member, other));
          const quality = part
            ? this.options.relationQuality[RelationKind.Related]
            : this.options.synonymQuality;
          return {
            units: member.map((stem) => stemUnit(this.index, this.options, stem, undefined, quality)),
          };
        }),
      ].filter((alternative) => alternative.units.every((unit) => unit.size > 0)),
    };
    return { term, length: match.length };
  }

  /**
   * The term, able to find too the glossary's synonyms of a word derived from it ("american": "america",
   * whose synonyms are "U.S.", "USA", "United States"), at a derived form's quality times a synonym's.
   */
  withGlossaryOfDerived(term: QueryTerm, word: Word, lexical: boolean): QueryTerm {
    if (!lexical || word.parts.length !== 1) return term;
    const quality = this.options.relationQuality[RelationKind.Derivation] * this.options.synonymQuality;
    const alternatives: Alternative[] = [];
    for (const relative of this.options.lexicon.related(word.parts[0]!.term)) {
      if (relative.kind !== RelationKind.Derivation || isPhrase(relative)) continue;
      const match = this.glossary.matchAt([stemOf(relative.word)], 0);
      for (const member of match?.synonyms ?? [])
        alternatives.push({
          units: member.map((stem) => stemUnit(this.index, this.options, stem, undefined, quality)),
        });
    }
    const found = alternatives.filter((alternative) => alternative.units.every((unit) => unit.size > 0));
    return found.length === 0 ? term : { ...term, alternatives: [...term.alternatives, ...found] };
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
