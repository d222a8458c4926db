/**
 * General knowledge of English words that no article states: other spellings, derived forms, synonyms and
 * closely related words. The engine asks it about each query word; where the knowledge comes from (a file
 * built from WordNet, a test's small list) is the caller's business.
 */
export interface Lexicon {
  /** Words related to a dictionary form (lower case), strongest kinds first. Empty when none is known. */
  related(lemma: string): readonly RelatedWord[];
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
  /** A more specific word, which a text may use where a query says the general one: writer / novelist. */
  Narrower: 'narrower',
  /**
   * A noun of its definition, which a text may use to say what the word means: employment / job ("the state
   * of being employed or having a job").
   */
  Defining: 'defining',
} as const;
export type RelationKind = (typeof RelationKind)[keyof typeof RelationKind];

export interface RelatedWord {
  readonly word: string;
  readonly kind: RelationKind;
}

/** A lexicon that knows nothing: search then matches words, inflections, glossaries and typos only. */
export const NO_LEXICON: Lexicon = { related: () => [] };

/** First line of a lexicon text; the number is the format's version. */
export const LEXICON_HEADER = '#quotebot-lexicon 6';

const KINDS: readonly RelationKind[] = [
  RelationKind.Spelling,
  RelationKind.Derivation,
  RelationKind.Synonym,
  RelationKind.Related,
  RelationKind.Narrower,
  RelationKind.Defining,
];

/**
 * A lexicon over its compact text form (ASCII): a header line, then one line per lemma, sorted,
 * `lemma|spellings|derivations|synonyms|related|narrower|defining` with comma-separated words. A lemma of several
 * words joins them with "_" ("pass_away"); the words it relates to are single words. Lookups binary-search the
 * bytes themselves and decode only the line found, so that loading costs no parsing and no decoding.
 */
export class TextLexicon implements Lexicon {
  private readonly cache = new Map<string, readonly RelatedWord[]>();
  private readonly start: number;

  constructor(private readonly bytes: Uint8Array) {
    const header = new TextDecoder('latin1').decode(bytes.subarray(0, LEXICON_HEADER.length + 1));
    if (!header.startsWith(LEXICON_HEADER)) {
      throw new Error('not a quotebot lexicon (or of another version)');
    }
    this.start = bytes.indexOf(NEWLINE) + 1;
  }

  related(lemma: string): readonly RelatedWord[] {
    let found = this.cache.get(lemma);
    if (found === undefined) {
      found = this.lookup(lemma);
      if (this.cache.size >= 20_000) this.cache.clear();
      this.cache.set(lemma, found);
    }
    return found;
  }

  private lookup(lemma: string): RelatedWord[] {
    const line = this.lineOf(lemma);
    if (line === undefined) return [];
    const fields = line.split('|');
    const words: RelatedWord[] = [];
    for (let k = 0; k < KINDS.length; k++) {
      const field = fields[k + 1];
      if (!field) continue;
      for (const word of field.split(',')) words.push({ word, kind: KINDS[k]! });
    }
    return words;
  }

  /** The line whose key is `lemma`, by binary search over line starts. */
  private lineOf(lemma: string): string | undefined {
    if (!/^[\x20-\x7e]+$/.test(lemma)) return undefined;
    const bytes = this.bytes;
    let low = this.start;
    let high = bytes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const from = Math.max(bytes.lastIndexOf(NEWLINE, mid - 1) + 1, this.start);
      const lineEnd = bytes.indexOf(NEWLINE, from);
      if (lineEnd < 0) return undefined;
      const order = compareKey(bytes, from, lemma);
      if (order === 0) return new TextDecoder('latin1').decode(bytes.subarray(from, lineEnd));
      if (order < 0) low = lineEnd + 1;
      else high = from;
    }
    return undefined;
  }
}

const NEWLINE = 10;
const BAR = 124;

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

/**
 * Dictionary forms a folded word may have ("resigned" → resigned, resign, resigne), as WordNet's morphy
 * strips inflections: the lexicon is asked about each, and knows only real ones.
 */
export function lemmaCandidates(term: string): string[] {
  const found = [term];
  const add = (stem: string, ending = ''): void => {
    if (stem.length >= 2) found.push(stem + ending);
  };
  if (term.endsWith('ies')) add(term.slice(0, -3), 'y');
  if (term.endsWith('es')) add(term.slice(0, -2));
  if (term.endsWith('s') && !term.endsWith('ss')) add(term.slice(0, -1));
  for (const suffix of ['ed', 'ing', 'er', 'est']) {
    if (!term.endsWith(suffix) || term.length < suffix.length + 3) continue;
    const stem = term.slice(0, -suffix.length);
    add(stem);
    add(stem, 'e');
    if (stem.endsWith('i')) add(stem.slice(0, -1), 'y');
    const last = stem.at(-1);
    if (last !== undefined && last === stem.at(-2)) add(stem.slice(0, -1));
  }
  return found;
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
