import { foldOnce, foldedWordsOnce } from './fold-once.js';
import { DEFAULT_GLOSSARY } from '../search/default-glossary.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stemOf } from '../text/tokenize.js';

/** A sparse vector of concept weights, kept at unit length. */
export type ConceptVector = ReadonlyMap<string, number>;

// The words of folded text, as `tokenize` finds them: dotted acronyms, inner apostrophes and hyphens.
const WORD =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*)*/gu;

/**
 * Terms of a text with the same folding and stems as `tokenize`, without its offsets, compounds and number
 * aliases, which a summary does not need: summaries read every sentence of an article on each request.
 * With `elisions`, a word is cut at its apostrophes, as another language elides an article or pronoun
 * ("l'année", "d'euros", "dell'anno" are "l", "année"…), where English keeps "o'clock" one word.
 */
function termsOf(text: string, elisions = false): string[] {
  const terms: string[] = [];
  const folded = foldOnce(text);
  // exec with lastIndex rather than matchAll: matchAll clones the regular expression on every call.
  WORD.lastIndex = 0;
  for (let found = WORD.exec(folded); found !== null; found = WORD.exec(folded)) {
    const word = found[0];
    const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
    if (bare.includes('.')) {
      terms.push(bare.replaceAll('.', '').replaceAll("'", ''));
      continue;
    }
    for (const piece of bare.includes('-') ? bare.split('-') : [bare]) {
      if (elisions && piece.includes("'")) {
        terms.push(...piece.split("'").filter((part) => part.length > 0));
        continue;
      }
      const term = piece.includes("'")
        ? (piece.endsWith("'s") ? piece.slice(0, -2) : piece).replaceAll("'", '')
        : piece;
      if (term.length > 0) terms.push(term);
    }
  }
  return terms;
}

/**
 * Glossary phrases as stem sequences, each mapped to one key per meaning. Groups that share a member
 * ("diplomacy" is in talks/negotiations and in diplomacy/diplomatic) are one meaning.
 */
class PhraseKeys {
  private readonly byFirstStem = new Map<string, { stems: readonly string[]; key: string }[]>();

  constructor(groups: readonly (readonly string[])[]) {
    const members = groups.map((group) =>
      group.map((phrase) => termsOf(phrase).map(stemOf).join(' ')).filter((member) => member.length > 0),
    );
    // Union of groups that share a member; each union's key is its smallest member.
    const keyOf = new Map<string, string>();
    for (const group of members) {
      const merged = new Set(
        group.flatMap((member) => [member, ...(keyOf.has(member) ? this.union(keyOf, member) : [])]),
      );
      const key = [...merged].sort()[0];
      if (key !== undefined) for (const member of merged) keyOf.set(member, key);
    }
    for (const [member, key] of keyOf) {
      const stems = member.split(' ');
      const list = this.byFirstStem.get(stems[0]!) ?? [];
      list.push({ stems, key });
      this.byFirstStem.set(stems[0]!, list);
    }
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  private union(keyOf: ReadonlyMap<string, string>, member: string): string[] {
    const key = keyOf.get(member);
    return [...keyOf].filter(([, other]) => other === key).map(([name]) => name);
  }

  /** The longest phrase that starts at `stems[at]`, with its key. */
  match(stems: readonly string[], at: number): { length: number; key: string } | undefined {
    for (const { stems: phrase, key } of this.byFirstStem.get(stems[at]!) ?? []) {
      if (phrase.every((stem, i) => stems[at + i] === stem)) return { length: phrase.length, key };
    }
    return undefined;
  }
}

let defaultKeys: PhraseKeys | undefined;

/**
 * The share of a text's words that are English function words (`STOPWORDS`) from which it reads as English:
 * English prose has a third to a half (0.33 over the 40 development reports at the least), a French news
 * text about a twentieth (the "a", "on" and "as" its words share with English), a Chinese one none.
 */
const ENGLISH_SHARE = 0.15;
/** How much of a text's opening `readsAsEnglish` samples: a long speech says its language early on. */
const LANGUAGE_SAMPLE = 5_000;
/**
 * The longest word taken for a function word in a text in another language: the articles, prepositions,
 * pronouns and auxiliaries of the languages written with spaces are that short ("le", "des", "est", "und",
 * "der", "los", "con", "il", "di"); a short content word ("vin") only weighs less for it.
 */
const FOREIGN_FUNCTION_LETTERS = 3;

/**
 * Whether a text reads as English (see `ENGLISH_SHARE`): summaries leave out English function words by
 * name (`STOPWORDS`), and another language's by their length.
 */
export function readsAsEnglish(text: string): boolean {
  const words = foldedWordsOnce(text.slice(0, LANGUAGE_SAMPLE));
  // Counted, not filtered: every sentence of every summary is asked (see `inOneLanguage`).
  let functionWords = 0;
  for (const word of words) if (STOPWORDS.has(word)) functionWords += 1;
  return words.length === 0 || functionWords >= ENGLISH_SHARE * words.length;
}

/**
 * Turns text into the concepts a summary compares: stems of content words, with every glossary phrase
 * ("Pyongyang", "North Korea", "DPRK") folded into one key, so that sentences that say the same thing in
 * other words still count as similar. Uses the default glossary and the article's own.
 *
 * The content words of a text in another language than English (`english` false) are its words of more
 * than `FOREIGN_FUNCTION_LETTERS` letters, its elided articles cut off ("l'année" is "année"): else the "de",
 * "la" and "le" every French sentence has would make each one like all the others, and the sentence with
 * the most of them the centre of the article.
 */
export class ConceptReader {
  private readonly keys: readonly PhraseKeys[];
  private readonly english: boolean;

  constructor(glossary: readonly (readonly string[])[], english = true) {
    defaultKeys ??= new PhraseKeys(DEFAULT_GLOSSARY);
    this.keys = glossary.length > 0 ? [new PhraseKeys(glossary), defaultKeys] : [defaultKeys];
    this.english = english;
  }

  concepts(text: string): string[] {
    const terms = termsOf(text, !this.english);
    const stems = Array.from(terms, stemOf);
    const out: string[] = [];
    for (let at = 0; at < stems.length;) {
      const match = this.longestMatch(stems, at);
      if (match) {
        out.push(match.key);
        at += match.length;
        continue;
      }
      if (this.isContentWord(terms[at]!)) out.push(stems[at]!);
      at += 1;
    }
    return out;
  }

  private isContentWord(term: string): boolean {
    if (!this.english) return term.length > FOREIGN_FUNCTION_LETTERS;
    return !STOPWORDS.has(term) && term.length > 1;
  }

  private longestMatch(stems: readonly string[], at: number): { length: number; key: string } | undefined {
    let best: { length: number; key: string } | undefined;
    for (const keys of this.keys) {
      const match = keys.match(stems, at);
      if (match && (!best || match.length > best.length)) best = match;
    }
    return best;
  }
}

/**
 * Weights concepts by tf·idf over a set of documents and scales each vector to unit length. `Array.from`
 * rather than `map`, as in `scoreSentences`: the same kind of array whether the caller runs optimised or not.
 */
export function unitVectors(documents: readonly (readonly string[])[], idf: ReadonlyMap<string, number>) {
  return Array.from(documents, (concepts) => {
    const vector = new Map<string, number>();
    for (const concept of concepts) vector.set(concept, (vector.get(concept) ?? 0) + 1);
    let norm = 0;
    for (const [concept, count] of vector) {
      const weight = (1 + Math.log(count)) * (idf.get(concept) ?? 1);
      vector.set(concept, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [concept, weight] of vector) vector.set(concept, weight / norm);
    return vector as ConceptVector;
  });
}

/** Inverse document frequency of each concept among the documents (smoothed, never below 1). */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const concepts of documents)
    for (const concept of new Set(concepts)) df.set(concept, (df.get(concept) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [concept, count] of df) idf.set(concept, 1 + Math.log(documents.length / count));
  return idf;
}

/** Dot product of two vectors: their cosine similarity when both have unit length. */
export function dot(a: ConceptVector, b: ConceptVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  // `forEach` makes no [concept, weight] pair per entry: the pairs were a sixth of a summary's garbage.
  small.forEach((weight, concept) => {
    sum += weight * (large.get(concept) ?? 0);
  });
  return sum;
}

/**
 * The greatest `dot` of `vector` with the vector of any of `others`, and 0 when none is greater: what
 * `Math.max(0, ...others.map(…))` gives, without an array per call (a summary weighs each candidate against
 * every sentence chosen, once per point it adds).
 */
export function greatestDot(
  vector: ConceptVector,
  others: Iterable<number>,
  vectorOf: (index: number) => ConceptVector,
): number {
  let greatest = 0;
  for (const other of others) {
    const similarity = dot(vector, vectorOf(other));
    // Math.max's NaN, were a weight ever one.
    if (Number.isNaN(similarity)) return similarity;
    if (similarity > greatest) greatest = similarity;
  }
  return greatest;
}

/**
 * The share of the concepts of `whole` that `part` has (0–1), each counted once and alike. Unlike the
 * cosine it does not grow as `part` gets shorter (four words with one of the title's cover no more of it
 * than twelve with one), and unlike tf·idf it does not make a title word the body seldom uses weigh most:
 * the word the body keeps coming back to is as much what the title says.
 */
export function coverage(part: ConceptVector, whole: ConceptVector): number {
  if (whole.size === 0) return 0;
  let shared = 0;
  for (const concept of whole.keys()) if (part.has(concept)) shared += 1;
  return shared / whole.size;
}
