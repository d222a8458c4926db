/**
 * General knowledge of English words that no article states: other spellings, derived forms, synonyms and
 * closely related words. The engine asks it about each query word; where the knowledge comes from (a file
 * built from WordNet, a test's small list) is the caller's business.
 */
export interface Lexicon {
  /** Words related to a word (lower case), kind by kind. Empty when none is known. */
  related(lemma: string): readonly RelatedWord[];
  /**
   * Whether some phrase or hyphenated word of the lexicon begins with this word ("car" begins "car_maker",
   * "self" "self-reliance"): false lets a caller skip asking about the phrases a query's words could make
   * from it. Absent: not known, ask.
   */
  startsPhrase?(word: string): boolean;
  /**
   * Whether the dictionary knows this word (lower case) only as a name: "iraq", "london", "january", not
   * "china" (porcelain) or "bush". Absent: not known.
   */
  isName?(lemma: string): boolean;
  /**
   * Whether the dictionary knows this word (lower case) only as an adverb: "nearly", "finally", "hesitantly",
   * not "fast" or "well". Absent: not known.
   */
  isAdverb?(lemma: string): boolean;
  /**
   * Whether the dictionary knows this word (lower case) as a noun for a person, in its commonest sense, and
   * as no one person's name: "teacher", "lawyer", "minister", not "cook" (James Cook) or "king". Absent:
   * not known.
   */
  isPerson?(lemma: string): boolean;
  /**
   * Whether a noun for a person (see `isPerson`) names an office or a rank, which a report writes before a
   * name as a title: "president", "senator", "mayor", "judge", "captain", not "teacher", "novelist" or
   * "welder". Absent: not known.
   */
  isTitle?(lemma: string): boolean;
  /**
   * The topics a noun falls under, nearest first: its more general words a few levels up, in senses common
   * for both ("haddock": fish at level 1, food at 2), and "money" for one whose meaning speaks of money
   * ("fee"), at level 0 when its own definition does ("cost": "the total spent… including money"). For summary
   * topics; the search reads only "money", of the noun after "how much" (`moneyAskedAbout`). Absent: none known.
   */
  topicsOf?(lemma: string): readonly TopicWord[];
  /**
   * Whether a noun that falls under topics (see `topicsOf`) is a verb too: "check", "forage", not "money" or
   * "supper". A topic counts such a word only where the sentence uses it as a noun. Absent: not known.
   */
  isVerb?(lemma: string): boolean;
}

/**
 * A topic a word falls under, and how many levels of WordNet's more general words up (1: the next; 0: "money"
 * of a word whose own meaning speaks of money).
 */
export interface TopicWord {
  readonly word: string;
  readonly level: number;
}

/** How a word relates to another; each kind counts less than an exact word or an inflection. */
export const RelationKind = {
  /** British or American spelling of the same word: organise / organize. */
  Spelling: 'spelling',
  /** Derivationally related form: resignation / resign, economic / economy. */
  Derivation: 'derivation',
  /** Same meaning in one of the word's most frequent senses: cheap / inexpensive. */
  Synonym: 'synonym',
  /** Close in meaning: a similar adjective, a verb of the same group. */
  Related: 'related',
  /**
   * A synonym or close word only in a sense that is rare for one of the two words: "guide" is "point" only
   * in the sense "steer" (the fourth of the verb "point"), "tall" "long" only in the third sense of "long",
   * "chicken" "cowardly" only as an adjective never tagged in WordNet's texts (people mean the bird). Also a
   * closed compound and a part of it that its meaning names, both ways: coastline / coast, war / wartime.
   */
  Distant: 'distant',
  /** A more specific word, which a text may use where a query says the general one: writer / novelist. */
  Narrower: 'narrower',
  /**
   * A noun of its definition, which a text may use to say what the word means: employment / job ("the state
   * of being employed or having a job").
   */
  Defining: 'defining',
  /**
   * A more general word that the word's definition also names, so that it says what the word means: war /
   * conflict ("the waging of armed conflict against an enemy", and a kind of conflict), dancer / performer.
   */
  Broader: 'broader',
  /** The dictionary form of an irregular inflection: bought / buy, children / child, better / good. */
  Lemma: 'lemma',
  /** An irregular inflection of a dictionary form: buy / bought, child / children. */
  Inflection: 'inflection',
} as const;
export type RelationKind = (typeof RelationKind)[keyof typeof RelationKind];

export interface RelatedWord {
  readonly word: string;
  readonly kind: RelationKind;
}

/** A relative of several words ("royal_air_force" for "raf"): a synonym the text writes as a phrase. */
export function isPhrase(relative: RelatedWord): boolean {
  return relative.word.includes('_');
}

/** A lexicon that knows nothing: search then matches words, inflections, glossaries and typos only. */
export const NO_LEXICON: Lexicon = { related: () => [] };

/** First line of a lexicon text; the number is the format's version. */
export const LEXICON_HEADER = '#quotebot-lexicon 15';
/** The last field of a lemma known only as a name. */
export const NAME_MARK = 'name';
/** The last field of a lemma known only as an adverb. */
export const ADVERB_MARK = 'adverb';
/** The last field of a lemma that is a noun for a person. */
export const PERSON_MARK = 'person';
/** The last field of a lemma that is a noun for a person holding an office or a rank (see `isTitle`). */
export const TITLE_MARK = 'title';
/** What stands between a topic word and its level in a line's last field ("food:2"). */
export const TOPIC_LEVEL_MARK = ':';
/** The field after the topics of a noun with topics that is a verb too ("check|…|money:2|verb"). */
export const VERB_MARK = 'verb';

const KINDS: readonly RelationKind[] = [
  RelationKind.Spelling,
  RelationKind.Derivation,
  RelationKind.Synonym,
  RelationKind.Related,
  RelationKind.Narrower,
  RelationKind.Defining,
  RelationKind.Lemma,
  RelationKind.Inflection,
  RelationKind.Broader,
  RelationKind.Distant,
];

/** What a lexicon's line says of its lemma. */
interface Entry {
  readonly related: readonly RelatedWord[];
  readonly name: boolean;
  readonly adverb: boolean;
  readonly person: boolean;
  readonly title: boolean;
  readonly topics: readonly TopicWord[];
  readonly verb: boolean;
}

const UNKNOWN: Entry = {
  related: [],
  name: false,
  adverb: false,
  person: false,
  title: false,
  topics: [],
  verb: false,
};

/**
 * Where a lexicon's text comes from: bytes in memory, or a file read a block at a time, so that a process
 * that asks about a few words reads a few blocks of the file and not all of it.
 */
export interface LexiconSource {
  /** Length of the text in bytes. */
  readonly size: number;
  /** Up to `length` bytes at `position` (fewer only at the end of the text). */
  read(position: number, length: number): Uint8Array;
}

/** Bytes read from a `LexiconSource` at a time; each block is read once and kept. */
const BLOCK_BYTES = 4096;
/** How many lines of its binary searches a lexicon remembers: the first 13 levels of every search. */
const SEARCH_NODES = 8_191;

/** A line a binary search visited: where it is (its newline included) and its key. */
interface SearchNode {
  readonly from: number;
  readonly end: number;
  readonly key: string;
}

/**
 * A lexicon over its compact text form (ASCII): a header line, then one line per lemma, sorted,
 * `lemma|spellings|derivations|synonyms|related|narrower|defining|lemmas|inflections|broader|distant|name` with
 * comma-separated words (lemmas and inflections: of irregular inflections, "bought|…|buy||" and
 * "buy|…||bought|"; `name`: "name" for a word known only as a name, "london|…|name", "adverb" for a word
 * known only as an adverb, "nearly|…|adverb", "person" for a noun for a person, "teacher|…|person", "title" for one holding an office or a rank, "mayor|…|title"), then
 * `|topics`, the topics a noun falls under with their levels ("haddock|…||fish:1,food:2", see `topicsOf`), and `|verb` after them for such a noun that is a verb too (see `isVerb`). A lemma
 * of several words joins them with "_" ("pass_away") or "-" ("self-reliance"); the words it relates to are
 * single words. Lookups binary-search the bytes themselves and decode only the line found, so that loading
 * costs no parsing and no decoding; over a `LexiconSource`, only the blocks that a search visits are read
 * (the first probes, shared by every lookup, once).
 */
export class TextLexicon implements Lexicon {
  private readonly cache = new Map<string, Entry>();
  /** Per word, the keys of the lexicon's phrases and hyphenated words that begin with it (`phraseKeys`). */
  private readonly phrases = new Map<string, ReadonlySet<string>>();
  private readonly blocks = new Map<number, Uint8Array>();
  /** The lines binary searches visited, by the offset that led to them (`probe`): the first levels of all. */
  private readonly nodes = new Map<number, SearchNode>();
  private readonly source: LexiconSource;
  private readonly start: number;

  constructor(text: Uint8Array | LexiconSource) {
    this.source =
      text instanceof Uint8Array
        ? { size: text.length, read: (position, length) => text.subarray(position, position + length) }
        : text;
    const head = this.block(0);
    const header = new TextDecoder('latin1').decode(head.subarray(0, LEXICON_HEADER.length + 1));
    if (!header.startsWith(LEXICON_HEADER)) {
      throw new Error('not a quotebot lexicon (or of another version)');
    }
    this.start = this.nextNewline(0) + 1;
  }

  related(lemma: string): readonly RelatedWord[] {
    return this.entry(lemma).related;
  }

  isName(lemma: string): boolean {
    return this.entry(lemma).name;
  }

  isAdverb(lemma: string): boolean {
    return this.entry(lemma).adverb;
  }

  isPerson(lemma: string): boolean {
    return this.entry(lemma).person;
  }

  isTitle(lemma: string): boolean {
    return this.entry(lemma).title;
  }

  topicsOf(lemma: string): readonly TopicWord[] {
    return this.entry(lemma).topics;
  }

  isVerb(lemma: string): boolean {
    return this.entry(lemma).verb;
  }

  private entry(lemma: string): Entry {
    let found = this.cache.get(lemma);
    if (found === undefined) {
      // Most phrases a query's words could make are none: a set of the phrases its first word begins, read
      // once per word, answers them with no search of the text, and keeps them out of the cache.
      const joint = firstJoint(lemma);
      if (joint > 0 && !this.phraseKeys(lemma.slice(0, joint)).has(lemma)) return UNKNOWN;
      found = this.lookup(lemma);
      if (this.cache.size >= 20_000) this.cache.clear();
      this.cache.set(lemma, found);
    }
    return found;
  }

  startsPhrase(word: string): boolean {
    return this.phraseKeys(word).size > 0;
  }

  /** The keys that begin with `word` and "_" or "-": the phrases and hyphenated words it begins. */
  private phraseKeys(word: string): ReadonlySet<string> {
    let found = this.phrases.get(word);
    if (found === undefined) {
      found = new Set([...this.keysStartingWith(`${word}-`), ...this.keysStartingWith(`${word}_`)]);
      if (this.phrases.size >= 20_000) this.phrases.clear();
      this.phrases.set(word, found);
    }
    return found;
  }

  private lookup(lemma: string): Entry {
    const line = this.lineOf(lemma);
    if (line === undefined) return UNKNOWN;
    const fields = line.split('|');
    const words: RelatedWord[] = [];
    for (let k = 0; k < KINDS.length; k++) {
      const field = fields[k + 1];
      if (!field) continue;
      for (const word of field.split(',')) words.push({ word, kind: KINDS[k]! });
    }
    const mark = fields[KINDS.length + 1];
    const topics = fields[KINDS.length + 2];
    return {
      related: words,
      name: mark === NAME_MARK,
      adverb: mark === ADVERB_MARK,
      person: mark === PERSON_MARK || mark === TITLE_MARK,
      title: mark === TITLE_MARK,
      topics: topics
        ? topics.split(',').map((each) => {
            const at = each.indexOf(TOPIC_LEVEL_MARK);
            return { word: each.slice(0, at), level: Number(each.slice(at + 1)) };
          })
        : [],
      verb: fields[KINDS.length + 3] === VERB_MARK,
    };
  }

  /** The line whose key is `lemma`. */
  private lineOf(lemma: string): string | undefined {
    return this.probe(lemma, (order, from, end) =>
      order === 0 ? LATIN1.decode(this.bytes(from, end - 1)) : undefined,
    );
  }

  /**
   * The keys that start with `prefix`: they are contiguous, from the first key not below `prefix` (a key
   * above `prefix` that does not start with it is above all of them: it differs from `prefix` within its
   * length).
   */
  private keysStartingWith(prefix: string): string[] {
    const keys: string[] = [];
    // A "|" ends a line's key: no key has one.
    if (!PRINTABLE.test(prefix) || prefix.includes('|')) return keys;
    let low = this.start;
    let high = this.source.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const from = Math.max(this.lastNewline(mid - 1) + 1, this.start);
      const lineEnd = this.nextNewline(from);
      if (lineEnd < 0) break;
      if (compareKey(this.bytes(from, lineEnd + 1), 0, prefix) < 0) low = lineEnd + 1;
      else high = from;
    }
    for (let from = low; from < this.source.size;) {
      const lineEnd = this.nextNewline(from);
      if (lineEnd < 0) break;
      const line = this.bytes(from, lineEnd + 1);
      if (!startsWith(line, prefix)) break;
      const bar = line.indexOf(BAR);
      keys.push(LATIN1.decode(line.subarray(0, bar < 0 ? line.length - 1 : bar)));
      from = lineEnd + 1;
    }
    return keys;
  }

  /**
   * Binary search for `key` over line starts: `answer` sees how the key of each line visited sorts against
   * `key`, and where the line is (`from` … `end`, its newline included); its first defined result is
   * returned. A line within one block is compared where it lies, with no view or copy made of it.
   */
  private probe<T>(
    key: string,
    answer: (order: number, from: number, end: number) => T | undefined,
  ): T | undefined {
    if (!PRINTABLE.test(key)) return undefined;
    let low = this.start;
    let high = this.source.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      // Every search visits the same lines first: those are remembered with their keys.
      const node = this.nodes.get(mid);
      if (node !== undefined) {
        const order = node.key === key ? 0 : node.key < key ? -1 : 1;
        const found = answer(order, node.from, node.end);
        if (found !== undefined) return found;
        if (order < 0) low = node.end;
        else high = node.from;
        continue;
      }
      const from = Math.max(this.lastNewline(mid - 1) + 1, this.start);
      const lineEnd = this.nextNewline(from);
      if (lineEnd < 0) return undefined;
      const block = Math.floor(from / BLOCK_BYTES);
      const order =
        Math.floor(lineEnd / BLOCK_BYTES) === block
          ? compareKey(this.block(block), from - block * BLOCK_BYTES, key)
          : compareKey(this.bytes(from, lineEnd + 1), 0, key);
      if (this.nodes.size < SEARCH_NODES) this.nodes.set(mid, this.nodeAt(from, lineEnd + 1));
      const found = answer(order, from, lineEnd + 1);
      if (found !== undefined) return found;
      if (order < 0) low = lineEnd + 1;
      else high = from;
    }
    return undefined;
  }

  /** The line from `from` to `end` (its newline included), with its key decoded. */
  private nodeAt(from: number, end: number): SearchNode {
    const line = this.bytes(from, end);
    const bar = line.indexOf(BAR);
    return { from, end, key: LATIN1.decode(line.subarray(0, bar < 0 ? line.length - 1 : bar)) };
  }

  private block(n: number): Uint8Array {
    let block = this.blocks.get(n);
    if (block === undefined) {
      block = this.source.read(n * BLOCK_BYTES, Math.min(BLOCK_BYTES, this.source.size - n * BLOCK_BYTES));
      this.blocks.set(n, block);
    }
    return block;
  }

  /** The last newline at or before `at`, or -1. */
  private lastNewline(at: number): number {
    for (let n = Math.floor(at / BLOCK_BYTES); n >= 0; n--) {
      const base = n * BLOCK_BYTES;
      const found = this.block(n).lastIndexOf(NEWLINE, Math.min(at - base, BLOCK_BYTES - 1));
      if (found >= 0) return base + found;
    }
    return -1;
  }

  /** The first newline at or after `from`, or -1. */
  private nextNewline(from: number): number {
    for (let n = Math.floor(from / BLOCK_BYTES); n * BLOCK_BYTES < this.source.size; n++) {
      const base = n * BLOCK_BYTES;
      const found = this.block(n).indexOf(NEWLINE, Math.max(from - base, 0));
      if (found >= 0) return base + found;
    }
    return -1;
  }

  /** Bytes `from` … `to` - 1: a view of one block, or a copy when they span several. */
  private bytes(from: number, to: number): Uint8Array {
    const first = Math.floor(from / BLOCK_BYTES);
    if (Math.floor((to - 1) / BLOCK_BYTES) === first) {
      return this.block(first).subarray(from - first * BLOCK_BYTES, to - first * BLOCK_BYTES);
    }
    const copy = new Uint8Array(to - from);
    for (let n = first; n * BLOCK_BYTES < to; n++) {
      const base = n * BLOCK_BYTES;
      const part = this.block(n).subarray(Math.max(from - base, 0), Math.min(to - base, BLOCK_BYTES));
      copy.set(part, Math.max(base - from, 0));
    }
    return copy;
  }
}

const NEWLINE = 10;
/** What a key may be: printable ASCII. */
const PRINTABLE = /^[\x20-\x7e]+$/;
const BAR = 124;
const LATIN1 = new TextDecoder('latin1');

/** Compares the key of the line at `from` (up to its "|") with `lemma`: <0, 0 or >0 as the key sorts. */
function compareKey(bytes: Uint8Array, from: number, lemma: string): number {
  for (let i = 0; ; i++) {
    const byte = bytes[from + i]!;
    const end = byte === BAR || byte === NEWLINE;
    if (i === lemma.length) return end ? 0 : 1;
    if (end) return -1;
    const code = lemma.charCodeAt(i);
    if (byte !== code) return byte - code;
  }
}

/** Where the first "_" or "-" of a key is, or -1. */
function firstJoint(key: string): number {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === UNDERSCORE || code === HYPHEN) return i;
  }
  return -1;
}

const UNDERSCORE = 95;
const HYPHEN = 45;

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/**
 * Dictionary forms a folded word may have ("resigned" → resigned, resign, resigne), as WordNet's morphy
 * strips inflections: the lexicon is asked about each, and knows only real ones.
 */
export function lemmaCandidates(term: string): string[] {
  const found = [term];
  if (term.endsWith('ies')) addStem(found, term.slice(0, -3), 'y');
  // "-es" of a word in s, x, z, ch, sh or o ("taxes", "goes"); "fares" is no "far", "times" no "tim".
  if (ES_PLURAL.test(term)) addStem(found, term.slice(0, -2));
  if (term.endsWith('s') && !term.endsWith('ss')) addStem(found, term.slice(0, -1));
  for (const suffix of SUFFIXES) {
    if (!term.endsWith(suffix) || term.length < suffix.length + 3) continue;
    const stem = term.slice(0, -suffix.length);
    addStem(found, stem);
    addStem(found, stem, 'e');
    if (stem.endsWith('i')) addStem(found, stem.slice(0, -1), 'y');
    const last = stem.at(-1);
    if (last !== undefined && last === stem.at(-2)) addStem(found, stem.slice(0, -1));
  }
  // A verb of three letters ending in e: "owed" → owe, "used" → use, "axed" → axe (not "seed" → see).
  if (term.length === 4 && term.endsWith('ed') && term[1] !== 'e') found.push(`${term.slice(0, 2)}e`);
  return found;
}

const ES_PLURAL = /(?:s|x|z|ch|sh|o)es$/;
const SUFFIXES = ['ed', 'ing', 'er', 'est'] as const;

/** Adds a stem and its ending to the candidates, of a stem of two letters or more. */
function addStem(found: string[], stem: string, ending = ''): void {
  if (stem.length >= 2) found.push(stem + ending);
}

/**
 * `lemmaCandidates` that a dictionary can read the word as: not a regular past of a word it knows with an "s"
 * after it ("tieds" is no form of "tied", the past of "tie", but "tides" mistyped), which English never
 * writes: two endings are never stacked so. A word in "eed" is left as it is: most are words of their own
 * ("seeds", "needs", "feeds", "weeds"), no pasts of "see", "nee", "fee" or "wee".
 */
export function lemmaCandidatesIn(term: string, lexicon: Lexicon): string[] {
  const candidates = lemmaCandidates(term);
  return isPastWithS(term, lexicon) ? candidates.filter((form) => form !== term.slice(0, -1)) : candidates;
}

/** Whether the word is a regular past of a common word with an "s" after it ("tieds"; see `lemmaCandidatesIn`). */
export function isPastWithS(term: string, lexicon: Lexicon): boolean {
  return term.endsWith('eds') && !term.endsWith('eeds') && isRegularPast(term.slice(0, -1), lexicon);
}

/** Whether a word in "ed" is a regular past of a common word the dictionary knows ("tied": tie, "fixed": fix). */
function isRegularPast(word: string, lexicon: Lexicon): boolean {
  const bases = [word.slice(0, -1), word.slice(0, -2)];
  if (word.endsWith('ied')) bases.push(`${word.slice(0, -3)}y`);
  if (word.at(-3) === word.at(-4)) bases.push(word.slice(0, -3));
  return bases.some(
    (base) => base.length >= 3 && !lexicon.isName?.(base) && lexicon.related(base).length > 0,
  );
}

/** Whether the dictionary knows some form of a word as a common word, or (with `names`) as a name too. */
export function inDictionary(word: string, lexicon: Lexicon, names: boolean): boolean {
  return lemmaCandidatesIn(word, lexicon).some((lemma) =>
    lexicon.isName?.(lemma) ? names : lexicon.related(lemma).length > 0,
  );
}

/**
 * The dictionary forms a word may have: `lemmaCandidates`, then those the lexicon gives an irregular
 * inflection ("bought" → buy, "laid" → lay). A word the lexicon knows only as a name is its own form:
 * "harding" is no inflection of "hard".
 */
export function dictionaryForms(term: string, lexicon: Lexicon): string[] {
  if (lexicon.isName?.(term)) return [term];
  const forms = lemmaCandidatesIn(term, lexicon);
  for (const relative of lexicon.related(term))
    if (relative.kind === RelationKind.Lemma) forms.push(relative.word);
  return forms;
}

/**
 * The regular inflections of a dictionary form ("die" → dies, died, dying; "rise" → rising): a text
 * writes them, and a stemmer does not always give them the dictionary form's stem.
 */
export function inflectedForms(lemma: string): string[] {
  const forms = [`${lemma}s`, `${lemma}ed`, `${lemma}ing`];
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  if (lemma.endsWith('ie')) forms.push(`${lemma.slice(0, -2)}ying`);
  if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) forms.push(`${lemma}es`);
  return forms;
}
