/** What the lexicon adds to a query word: its irregular forms, its relatives, its synonyms of many words. */
import { stemOf, type Token } from '../text/tokenize.js';
import { isInflectedWord, isLightWord, relatedOf } from './known-words.js';
import {
  dictionaryForms,
  inflectedForms,
  isPhrase,
  lemmaCandidates,
  RelationKind,
  type RelatedWord,
} from './lexicon.js';
import type { SearchOptions } from './options.js';
import type { Alternative, QueryUnit } from './query-term.js';
import { exactUnit, mergeBest, stemUnit } from './query-units.js';
import type { SentenceIndex } from './sentence-index.js';

/**
 * Relations looser than a synonym: followed from the word as typed only, and to the related word itself,
 * not to its word family.
 */
const LOOSE_KINDS: ReadonlySet<RelationKind> = new Set([
  RelationKind.Narrower,
  RelationKind.Broader,
  RelationKind.Defining,
]);

/** The word's synonyms of several words (dictionary forms' too) whose every word the library has. */
export function phraseAlternatives(index: SentenceIndex, options: SearchOptions, part: Token): Alternative[] {
  return sideBySide(index, options, relatedOf(options.lexicon, part.term, true));
}

/**
 * The synonyms of several words among `related` whose every word the library has, each word's unit side by
 * side: for an acronym ("raf": Royal Air Force) or a name of several words the query has
 * ("second world war": World War II).
 */
export function sideBySide(
  index: SentenceIndex,
  options: SearchOptions,
  related: readonly RelatedWord[],
): Alternative[] {
  const quality = options.relationQuality[RelationKind.Synonym];
  const alternatives: Alternative[] = [];
  for (const relative of related) {
    if (relative.kind !== RelationKind.Synonym || !isPhrase(relative)) continue;
    const units = relative.word
      .split('_')
      .map((each) => stemUnit(index, options, stemOf(each), each, quality));
    if (units.every((unit) => unit.size > 0)) alternatives.push({ units });
  }
  return alternatives;
}

/** The word's unit with the library's terms of its relatives added, each at its relation's quality. */
export function relatedUnit(
  index: SentenceIndex,
  options: SearchOptions,
  part: Token,
  unit: QueryUnit,
  name: boolean,
  phrase: readonly RelatedWord[] = [],
): QueryUnit {
  const found = new Map<string, number>(unit);
  const lexicon = options.lexicon;
  // A word typed inflected ("kids") may have a synonym whose same form is irregular ("children").
  const inflected = !name && isInflectedWord(lexicon, part.term);
  const add = (relative: RelatedWord): void => {
    // A synonym of several words is an alternative of its own (`phraseAlternatives`).
    if (isPhrase(relative)) return;
    const { word, kind } = relative;
    // A name is what it is: "India" may be "Indian", but "Oscar" is no "award", "Rose" no "rise".
    if (name && kind !== RelationKind.Derivation && kind !== RelationKind.Spelling) return;
    const term = word.replace(/-/g, '');
    const stem = stemOf(term);
    if (term.length < 3 || isLightWord(term) || stem === part.stem) return;
    const quality = options.relationQuality[kind];
    // A more specific or more general word, or one of a definition, is that thing only, not what shares
    // its stem ("nation" is no "national").
    const unitOf = (form: string): Map<string, number> =>
      LOOSE_KINDS.has(kind)
        ? exactUnit(index, form, quality)
        : stemUnit(index, options, stemOf(form), form, quality);
    const units = [unitOf(term)];
    // The stemmer may give an inflection another stem than its dictionary form ("died": "di", "die").
    for (const form of inflectedForms(term)) {
      if (index.hasTerm(form) && !units[0]!.has(form)) units.push(unitOf(form));
    }
    if (inflected && kind === RelationKind.Synonym) {
      for (const other of lexicon.related(word)) {
        if (other.kind === RelationKind.Inflection && index.hasTerm(other.word))
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
export function irregularUnit(
  index: SentenceIndex,
  options: SearchOptions,
  part: Pick<Token, 'term'>,
  unit: QueryUnit,
): QueryUnit {
  let found: Map<string, number> | undefined;
  for (const { word, kind } of options.lexicon.related(part.term)) {
    if (kind !== RelationKind.Lemma && kind !== RelationKind.Inflection) continue;
    found ??= new Map(unit);
    mergeBest(found, stemUnit(index, options, stemOf(word), word, options.relationQuality[kind]));
  }
  return found ?? unit;
}
