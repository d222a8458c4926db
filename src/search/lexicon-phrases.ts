import {
  dictionaryForms,
  isPhrase,
  lemmaCandidates,
  RelationKind,
  type Lexicon,
  type RelatedWord,
} from './lexicon.js';

/** The longest phrase of the lexicon looked for in a query, in words ("kick_the_bucket"). */
const MAX_PHRASE_WORDS = 3;

/** The phrases of the lexicon in a query. */
export interface QueryPhrases {
  /** Per index of a word of a phrase (its small words left out), what the lexicon knows of the phrase. */
  readonly related: ReadonlyMap<number, readonly RelatedWord[]>;
  /** Each phrase, as the index of its first word and the index after its last (they may overlap). */
  readonly spans: readonly (readonly [number, number])[];
  /** The spans of the phrases the lexicon knows only as names ("pearl harbor", "san francisco"). */
  readonly names: readonly (readonly [number, number])[];
}

/**
 * What the lexicon knows of the phrases of a query ("passed away" is "pass_away": die, decease…;
 * "car makers" is "car_maker": carmaker, automaker), for each word of those phrases that is not `filler`.
 * `terms` are the query's words in order (lower case; undefined for a word of several parts, which no
 * phrase crosses); `name` marks the words read as names, which are what they are ("Take That" is a band).
 * A phrase inflects on its first word (a verb: "passed away", "laid off") or its last (a noun: "car
 * makers"), so those two are tried in each dictionary form (irregular ones too: "laid" is "lay"), the others
 * as typed.
 */
export function phraseRelatives(
  terms: readonly (string | undefined)[],
  filler: readonly boolean[],
  name: readonly boolean[],
  lexicon: Lexicon,
): QueryPhrases {
  const found = new Map<number, RelatedWord[]>();
  const spans: [number, number][] = [];
  const names: [number, number][] = [];
  for (let start = 0; start < terms.length; start++) {
    if (filler[start]) continue;
    for (let length = Math.min(MAX_PHRASE_WORDS, terms.length - start); length >= 2; length--) {
      const span = terms.slice(start, start + length);
      const capitals = name.slice(start, start + length);
      if (span.some((term) => term === undefined)) continue;
      // Capitalised words are what they are, but a name the dictionary knows has its other names: "Second
      // World War" is "World War II", as "second world war" is. A name run in part is no phrase.
      const capitalised = capitals.every(Boolean);
      if (!capitalised && capitals.some(Boolean)) continue;
      const lookup = phraseLookup(span as string[], lexicon);
      const named = lookup.named;
      const related = capitalised ? (named ? lookup.related.filter(isPhrase) : []) : lookup.related;
      if (related.length === 0 && !named) continue;
      for (let i = start; i < start + length; i++) {
        if (!filler[i] && related.length > 0) found.set(i, [...(found.get(i) ?? []), ...related]);
      }
      spans.push([start, start + length]);
      if (named) names.push([start, start + length]);
      break;
    }
  }
  return { related: found, spans, names };
}

/** What the lexicon knows of the phrase: its relatives, and whether it knows it only as a name. */
function phraseLookup(
  words: readonly string[],
  lexicon: Lexicon,
): { readonly related: readonly RelatedWord[]; readonly named: boolean } {
  const middle = words.slice(1, -1);
  const keys = new Set<string>();
  // Most words begin no phrase: asking that once per word spares a lookup per phrase a query could make.
  for (const first of dictionaryForms(words[0]!, lexicon)) {
    if (startsPhrase(lexicon, first)) keys.add([first, ...middle, words.at(-1)].join('_'));
  }
  if (startsPhrase(lexicon, words[0]!)) {
    for (const last of lemmaCandidates(words.at(-1)!)) {
      keys.add([words[0], ...middle, last].join('_'));
      // A hyphenated word typed apart ("self sufficiency": self-sufficiency).
      keys.add([words[0], ...middle, last].join('-'));
    }
  }
  for (const key of keys) {
    // A synonym that is one of its words stands for it ("red china": China, "open fire": fire); a looser
    // relative that is one of its words is only a part of it ("long term", long-term, is no mere "long").
    const related = lexicon
      .related(key)
      .filter((relative) => relative.kind === RelationKind.Synonym || !words.includes(relative.word));
    const named = lexicon.isName?.(key) === true;
    if (related.length > 0 || named) return { related, named };
  }
  return { related: [], named: false };
}

/** Whether the lexicon has a phrase that begins with the word (true when it cannot tell). */
function startsPhrase(lexicon: Lexicon, word: string): boolean {
  return lexicon.startsPhrase?.(word) ?? true;
}
