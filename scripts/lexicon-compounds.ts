/**
 * Closed compounds: words English makes of two words written as one ("coastline", "wartime", "workforce",
 * "shipbuilding"). A text says "fortification of the coasts" where a query says "fortifying coastlines", and
 * "wartime mobilization" where it says "mobilizing for war"; WordNet seldom relates a compound to its parts.
 * `build-lexicon.ts` links each part that is split off here to its compound, both ways, as a distant relative:
 * it helps a query's other words, never answers alone ("coastlines" alone does not quote "coasts").
 */

/** What WordNet says of one sense of a compound. */
export interface CompoundSense {
  /** The definition, without its examples (lower case). */
  readonly definition: string;
  /** The words of the sense (its synonyms, the compound among them), lower case, phrases with "_". */
  readonly words: readonly string[];
}

/** What a compound is split into here, and the words of its meaning that said so. */
export interface CompoundPart {
  /** The part ("coast" of "coastline", "work" of "workforce"). */
  readonly part: string;
  /**
   * The words of the part's family that the compound's meaning names, other than the part: a text says them
   * too ("worker" of "workforce": "the force of workers available").
   */
  readonly named: readonly string[];
}

/** What the split needs to know of the dictionary. */
export interface CompoundDictionary {
  /** Whether a word may be a part: a common word of the dictionary (no name, no function word). */
  isPart(word: string): boolean;
  /**
   * The part's family, the words that say it: its spellings, derivations and irregular forms ("work":
   * worker, working).
   */
  familyOf(part: string): readonly string[];
  /** The more general words the part's definition names ("war": conflict). */
  broaderOf(part: string): readonly string[];
  /** The dictionary forms of a word of a definition ("ships": ship; "workers": worker). */
  formsOf(token: string): readonly string[];
}

/** The shortest compound looked at, and the shortest part: "seaway" (sea, way), not "bean" (be, an). */
const MIN_COMPOUND = 6;
const MIN_PART = 3;

/**
 * The parts a one-word lemma is a compound of. A split is two words of the dictionary, each of three letters
 * or more, and the only such split of the word, or the one WordNet writes apart in a sense of it ("work_force",
 * "sea-coast"). A part counts only when the compound's meaning names it: its definition or its synonyms hold
 * the part, a word of its family or the more general word its own definition names ("coastline": "the
 * outline of a coast"; "workforce": "the force of workers available"; "wartime": "a period of time during
 * which there is armed conflict", and a war is a conflict). So "nowhere" (not anywhere) is no "now" and no
 * "here", "understand" no "stand", "carpet" no "car" or "pet", "manslaughter" neither "man" nor "laughter"
 * (two splits and no spelling of WordNet's to choose), "together" no split at all ("to" is too short).
 * Not the compound's more general words (hypernyms): "wildlife" is a kind of "life", but a text's "lives"
 * ("the lives and property of our citizens") are no wildlife, and "protecting national parks and wildlife"
 * found that sentence of a library that never speaks of either.
 */
export function compoundParts(
  lemma: string,
  senses: readonly CompoundSense[],
  dictionary: CompoundDictionary,
): CompoundPart[] {
  if (!/^[a-z]+$/.test(lemma) || lemma.length < MIN_COMPOUND) return [];
  const splits: (readonly [string, string])[] = [];
  for (let at = MIN_PART; at <= lemma.length - MIN_PART; at++) {
    const split = [lemma.slice(0, at), lemma.slice(at)] as const;
    if (split.every((part) => dictionary.isPart(part))) splits.push(split);
  }
  const written = new Set(
    senses
      .flatMap((sense) => sense.words)
      .filter((word) => /[_-]/.test(word) && word.replace(/[_-]/g, '') === lemma),
  );
  const split =
    splits.length === 1
      ? splits[0]
      : splits.find(
          ([first, second]) => written.has(`${first}_${second}`) || written.has(`${first}-${second}`),
        );
  if (split === undefined) return [];
  const meaning = meaningWords(lemma, senses, dictionary);
  const found: CompoundPart[] = [];
  for (const part of split) {
    const named = dictionary.familyOf(part).filter((word) => word !== part && meaning.has(word));
    if (meaning.has(part) || named.length > 0 || dictionary.broaderOf(part).some((word) => meaning.has(word)))
      found.push({ part, named });
  }
  return found;
}

/** The words of a compound's meaning: of its definitions and its synonyms. */
function meaningWords(
  lemma: string,
  senses: readonly CompoundSense[],
  dictionary: CompoundDictionary,
): Set<string> {
  const meaning = new Set<string>();
  for (const sense of senses) {
    for (const token of sense.definition.match(/[a-z][a-z-]*[a-z]/g) ?? [])
      for (const form of dictionary.formsOf(token)) meaning.add(form);
    for (const word of sense.words)
      if (word !== lemma) for (const each of word.split(/[_-]/)) meaning.add(each);
  }
  return meaning;
}
