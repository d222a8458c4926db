import { Glossary } from '../search/glossary.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';

/** A sparse vector of concept weights, kept at unit length. */
export type ConceptVector = ReadonlyMap<string, number>;

/**
 * Turns text into the concepts a summary compares: stems of content words, with every glossary phrase
 * ("Pyongyang", "North Korea", "DPRK") folded into one key, so that sentences that say the same thing in
 * other words still count as similar.
 */
export class ConceptReader {
  private readonly glossary: Glossary;
  private readonly canonical = new Map<string, string>();

  constructor(entries: readonly (readonly string[])[]) {
    this.glossary = new Glossary(entries);
  }

  concepts(text: string): string[] {
    const tokens = tokenize(text).filter((token) => !token.alias);
    const stems = tokens.map((token) => token.stem);
    const out: string[] = [];
    for (let at = 0; at < stems.length;) {
      const match = this.glossary.matchAt(stems, at);
      if (match) {
        out.push(this.keyOf(stems.slice(at, at + match.length), match.synonyms));
        at += match.length;
        continue;
      }
      const token = tokens[at]!;
      if (!STOPWORDS.has(token.term) && token.term.length > 1) out.push(token.stem);
      at += 1;
    }
    return out;
  }

  /** The same key for every member of a synonym group: the smallest member, written as its stems. */
  private keyOf(member: readonly string[], synonyms: readonly (readonly string[])[]): string {
    const own = member.join(' ');
    let key = this.canonical.get(own);
    if (key === undefined) {
      key = [own, ...synonyms.map((synonym) => synonym.join(' '))].sort()[0]!;
      this.canonical.set(own, key);
    }
    return key;
  }
}

/** Weights concepts by tf·idf over a set of documents and scales each vector to unit length. */
export function unitVectors(documents: readonly (readonly string[])[], idf: ReadonlyMap<string, number>) {
  return documents.map((concepts) => {
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
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [concept, weight] of small) sum += weight * (large.get(concept) ?? 0);
  return sum;
}
