/** A query word written solid that the library writes as two words: "healthcare" / "health care". */
import { STOPWORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';
import { dictionaryForms, RelationKind } from './lexicon.js';
import type { SearchOptions } from './options.js';
import type { Alternative } from './query-term.js';
import { stemUnit } from './query-units.js';
import type { SentenceIndex } from './sentence-index.js';
import { irregularUnit } from './word-relatives.js';

/** The shortest word a word written solid is split into (see `openForms`). */
const MIN_OPEN_PART = 3;
/** The shortest particle of a verb a noun written solid may end in ("setup": "set up"). */
const MIN_PARTICLE = 2;
/** Pronouns that stand as an object between a verb and its particle ("clean it up"). */
const OBJECT_PRONOUNS = ['it', 'them', 'him', 'her', 'us', 'me', 'you', 'this', 'that'];

/**
 * A word written solid that the library writes as two words side by side ("healthcare": "health care",
 * "workforce": "work force", "warships": "war ships"), at another spelling's quality: each split into two
 * words of three letters or more, neither a function word, the first as typed and the second with its
 * inflections, both in the library. A noun the dictionary makes of a verb and its particle is that verb
 * too, in any of its forms, before the particle (see `phrasalForms`).
 */
export function openForms(index: SentenceIndex, options: SearchOptions, term: string): Alternative[] {
  if (term.length < 2 * MIN_OPEN_PART || !/^[a-z]+$/.test(term)) return [];
  const quality = options.relationQuality[RelationKind.Spelling];
  const open = phrasalForms(index, options, term, quality);
  for (let at = MIN_OPEN_PART; at <= term.length - MIN_OPEN_PART; at++) {
    const first = term.slice(0, at);
    const second = term.slice(at);
    if (STOPWORDS.has(first) || STOPWORDS.has(second) || !index.hasTerm(first)) continue;
    const units = [
      stemUnit(index, options, stemOf(first), first, quality),
      stemUnit(index, options, stemOf(second), second, quality),
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
function phrasalForms(
  index: SentenceIndex,
  options: SearchOptions,
  term: string,
  quality: number,
): Alternative[] {
  const lexicon = options.lexicon;
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
      const verbUnit = irregularUnit(
        index,
        options,
        { term: verb },
        stemUnit(index, options, stemOf(verb), verb, quality),
      );
      const particleUnit = stemUnit(index, options, particle, particle, quality);
      if (verbUnit.size === 0 || particleUnit.size === 0) continue;
      found.push({ units: [verbUnit, particleUnit] });
      const object = new Map(
        OBJECT_PRONOUNS.filter((word) => index.hasTerm(word)).map((word) => [word, quality]),
      );
      if (object.size > 0) found.push({ units: [verbUnit, object, particleUnit] });
    }
  }
  return found;
}
